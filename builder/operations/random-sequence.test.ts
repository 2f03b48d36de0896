/**
 * No operation, in any order, can produce a definition the checker refuses: long random
 * sequences from a seeded PRNG, each result checked and deep-frozen before the next operation
 * (so an operation that mutates its input fails too). Misuse must throw `<op>: ...`, never a
 * TypeError from inside.
 */
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../schema/check-definition.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { deepFreeze } from './testing/deep-freeze.ts';
import { createRandom, randomOperation } from './testing/random-operations.ts';

const STEPS = 200;

describe.each([1, 2, 3, 20260101])('a random sequence of operations (seed %i)', (seed) => {
  it('keeps the definition valid after every operation', () => {
    const random = createRandom(seed);
    let def: ServiceDefinition = buildDesignerDefinition();
    let applied = 0;
    const names = new Set<string>();
    for (let step = 0; step < STEPS; step++) {
      const operation = randomOperation(def, random);
      let next: ServiceDefinition;
      try {
        next = operation.run();
      } catch (error) {
        expect((error as Error).message, `${operation.name} ${JSON.stringify(operation.args)}`).toMatch(
          new RegExp(`^${operation.name}: `),
        );
        continue;
      }
      const result = checkDefinition(next);
      const context = `step ${step}: ${operation.name} ${JSON.stringify(operation.args)}`;
      expect(result.ok ? [] : result.issues, context).toEqual([]);
      expect(result.ok && result.value, context).toEqual(next);
      def = deepFreeze(next);
      applied++;
      names.add(operation.name);
    }
    // Most operations must have happened, or the test proves little.
    expect(applied).toBeGreaterThan(STEPS / 2);
    expect(names.size).toBeGreaterThanOrEqual(16);
  });
});
