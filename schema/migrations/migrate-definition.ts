/**
 * Moves a stored definition of any known model version forward to MODEL_VERSION, one tested step
 * at a time (tldraw's record migrations, XGov's `migration.1-2.ts`). The checker calls this first,
 * so everything else only ever reads the current shape.
 */
import type { CheckResult } from '../definition-issue.ts';
import { MODEL_VERSION } from '../service-definition.ts';
import { migrate0To1 } from './migration-0-1.ts';
import { migrate1To2 } from './migration-1-2.ts';
import { migrate2To3 } from './migration-2-3.ts';

type Doc = Record<string, unknown>;
type MigrationStep = (doc: Doc) => CheckResult<Doc>;

/** `MIGRATIONS[v]` takes a version-v document to version v+1. */
export const MIGRATIONS: readonly MigrationStep[] = [migrate0To1, migrate1To2, migrate2To3];

/**
 * Returns the document at MODEL_VERSION (a new object; the input is not changed), or issues.
 * @example migrateDefinition({ modelVersion: 0, title: 'Pieteikums', ... }).ok
 */
export function migrateDefinition(doc: unknown): CheckResult<Doc> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      ok: false,
      issues: [{ code: 'invalid_shape', path: '', message: 'A definition must be a JSON object.' }],
    };
  }
  let current = doc as Doc;
  const from = current.modelVersion;
  if (!Number.isInteger(from) || (from as number) < 0 || (from as number) > MODEL_VERSION) {
    return {
      ok: false,
      issues: [
        {
          code: 'unknown_model_version',
          path: '/modelVersion',
          message: `modelVersion must be a whole number from 0 to ${MODEL_VERSION}.`,
        },
      ],
    };
  }
  for (let version = from as number; version < MODEL_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`migrateDefinition: no migration from model version ${version}`);
    const result = step(current);
    if (!result.ok) return result;
    current = result.value;
  }
  return { ok: true, value: current };
}
