import { expect } from 'vitest';
import { checkDefinition } from '../../../schema/check-definition.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';

/** The definition passes the checker unchanged: valid, compiled, every order complete. */
export function expectValid(def: ServiceDefinition): void {
  const result = checkDefinition(def);
  expect(result.ok ? [] : result.issues).toEqual([]);
}

/** The top-level fields in display order, per step. */
export function stepFields(def: ServiceDefinition): string[][] {
  return def.form.steps.map((step) => step.fields);
}
