/**
 * Moves a draft's answers to a newer published version (issue 4: "the draft moves to it where
 * the fields still match, and the user is told what changed"). An answer is kept when its field
 * still exists and the answer is valid for the field as it is now; otherwise it is dropped and
 * named. Fields that are new in the version are named too.
 */
import type { Ajv } from 'ajv';
import { topLevelFields } from '../../schema/conditions/top-level-fields.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';

export interface DraftChanges {
  fromVersion: number;
  toVersion: number;
  /** Answers dropped because their question is gone. */
  removed: LocalizedText[];
  /** Answers dropped because they no longer fit the changed question. */
  cleared: LocalizedText[];
  /** Questions that are new. */
  added: LocalizedText[];
}

export function moveDraft(
  ajv: Ajv,
  data: Record<string, unknown>,
  from: ServiceDefinition,
  to: ServiceDefinition,
): { data: Record<string, unknown>; changes: DraftChanges } {
  const before = topLevelFields(from.form.schema);
  const after = topLevelFields(to.form.schema);
  const moved: Record<string, unknown> = {};
  const changes: DraftChanges = {
    fromVersion: from.version,
    toVersion: to.version,
    removed: [],
    cleared: [],
    added: [],
  };
  for (const [key, value] of Object.entries(data)) {
    const old = before.get(key);
    const now = after.get(key);
    if (!now) {
      if (old) changes.removed.push(labelOf(from, key, old.schema, old.pointer));
      continue;
    }
    if (JSON.stringify(old?.schema) === JSON.stringify(now.schema) || fits(ajv, now.schema, value)) {
      moved[key] = value;
    } else {
      changes.cleared.push(labelOf(to, key, now.schema, now.pointer));
    }
  }
  for (const [key, field] of after) {
    if (!before.has(key)) changes.added.push(labelOf(to, key, field.schema, field.pointer));
  }
  return { data: moved, changes };
}

function fits(ajv: Ajv, schema: unknown, value: unknown): boolean {
  try {
    const validate = ajv.compile({ type: 'object', properties: { v: schema as JsonSchema } });
    const ok = validate({ v: value }) === true;
    ajv.removeSchema(validate.schema as object);
    return ok;
  } catch {
    return false;
  }
}

function labelOf(
  definition: ServiceDefinition,
  key: string,
  schema: unknown,
  pointer: string,
): LocalizedText {
  const lv =
    typeof (schema as JsonSchema)?.title === 'string' ? ((schema as JsonSchema).title as string) : key;
  return { lv, en: definition.form.translations.en?.[pointer]?.title ?? lv };
}

export function hasChanges(changes: DraftChanges): boolean {
  return changes.removed.length + changes.cleared.length + changes.added.length > 0;
}
