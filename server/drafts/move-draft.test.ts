import { describe, expect, it } from 'vitest';
import { createAjv } from '../../schema/ajv-setup.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { buildPermitDefinition } from '../testing/test-definitions.ts';
import { hasChanges, moveDraft } from './move-draft.ts';

function nextVersion(edit: (definition: ServiceDefinition) => void): ServiceDefinition {
  const definition = structuredClone(buildPermitDefinition());
  definition.version = 2;
  edit(definition);
  return definition;
}

describe('moveDraft', () => {
  const ajv = createAjv();
  const v1 = buildPermitDefinition();

  it('keeps answers whose field is unchanged or still accepts them', () => {
    const v2 = nextVersion((d) => {
      d.form.schema.properties!.fullName = { ...d.form.schema.properties!.fullName, maxLength: 200 };
    });
    const moved = moveDraft(ajv, { fullName: 'Anna', vehicles: 2 }, v1, v2);
    expect(moved.data).toEqual({ fullName: 'Anna', vehicles: 2 });
    expect(hasChanges(moved.changes)).toBe(false);
  });

  it('drops answers of removed questions and answers the changed question refuses, naming both, and names new questions', () => {
    const v2 = nextVersion((d) => {
      const properties = d.form.schema.properties!;
      delete properties.phone;
      properties.vehicles = { ...properties.vehicles, maximum: 1 };
      properties.note = { type: 'string', title: 'Piezīmes' };
    });
    const moved = moveDraft(ajv, { fullName: 'Anna', phone: '+371 2612 3456', vehicles: 3 }, v1, v2);
    expect(moved.data).toEqual({ fullName: 'Anna' });
    expect(moved.changes).toEqual({
      fromVersion: 1,
      toVersion: 2,
      removed: [{ lv: 'Tālrunis', en: 'Phone' }],
      cleared: [{ lv: 'Transportlīdzekļu skaits', en: 'Number of vehicles' }],
      added: [{ lv: 'Piezīmes', en: 'Piezīmes' }],
    });
  });
});
