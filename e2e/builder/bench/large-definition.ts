import { buildDefinition } from '../../../schema/build-definition.ts';
import type { JsonSchema } from '../../../schema/json-schema.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';

/**
 * A definition with `count` fields over steps of 100 (issue 3's benchmark: 500 fields), mixing
 * the common kinds (text, number, date, choice, yes/no) so the canvas and preview do real work.
 */
export function buildLargeDefinition(code: string, count = 500): ServiceDefinition {
  const properties: Record<string, JsonSchema> = {};
  const uiSchema: Record<string, unknown> = {};
  const en: Record<string, { title: string }> = {};
  const keys: string[] = [];
  for (let i = 1; i <= count; i++) {
    const key = `field${i}`;
    keys.push(key);
    const kind = i % 5;
    properties[key] =
      kind === 0
        ? { type: 'string', title: `Lauks ${i}`, maxLength: 200 }
        : kind === 1
          ? { type: 'integer', title: `Lauks ${i}`, minimum: 0 }
          : kind === 2
            ? { type: 'string', title: `Lauks ${i}`, format: 'date' }
            : kind === 3
              ? {
                  type: 'string',
                  title: `Lauks ${i}`,
                  oneOf: [
                    { const: 'a', title: 'A' },
                    { const: 'b', title: 'B' },
                  ],
                }
              : { type: 'boolean', title: `Lauks ${i}` };
    if (kind === 3 || kind === 4) uiSchema[key] = { 'ui:widget': 'radio' };
    en[`/properties/${key}`] = { title: `Field ${i}` };
  }
  const steps = [];
  for (let s = 0; s * 100 < count; s++) {
    steps.push({
      id: `step-${s + 1}`,
      title: { lv: `${s + 1}. solis`, en: `Step ${s + 1}` },
      fields: keys.slice(s * 100, s * 100 + 100),
    });
  }
  const definition = buildDefinition({
    code,
    agency: 'demo-agency',
    title: { lv: 'Liela veidlapa', en: 'Large form' },
    form: {
      schema: { required: [] },
      uiSchema: { ...uiSchema, 'ui:order': keys },
      steps,
      translations: { en },
    },
  });
  // The test builder's own sample field goes; only the generated ones stay.
  definition.form.schema.properties = properties;
  definition.form.translations.en = en;
  return definition;
}
