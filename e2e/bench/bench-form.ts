/**
 * The form of issue 4's benchmark: blocks of 20 fields (12 short texts, some required or with a
 * length or pattern; 2 numbers with a range; 2 e-mails; 2 dropdowns of 10 options; 1 date;
 * 1 checkbox), repeated to the wanted size, all on one page (no steps).
 */
import { buildDefinition } from '../../schema/build-definition.ts';
import { FORM_SCHEMA_DIALECT, type JsonSchema } from '../../schema/json-schema.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';

export const BLOCK_SIZE = 20;
const OPTIONS = Array.from({ length: 10 }, (_, i) => ({ const: `o${i + 1}`, title: `Iespēja ${i + 1}` }));

export function buildBenchSchema(fieldCount: number): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (let block = 0; block < fieldCount / BLOCK_SIZE; block++) {
    const n = block + 1;
    for (let k = 0; k < 12; k++) {
      const name = `t${block}_${k}`;
      const field: JsonSchema = { type: 'string', title: `Teksts ${n}.${k + 1}`, maxLength: 60 };
      if (k % 3 === 0) {
        field.minLength = 2;
        required.push(name);
      }
      if (k % 4 === 1) field.pattern = '^[A-Za-z ]*$';
      properties[name] = field;
    }
    for (let k = 0; k < 2; k++) {
      properties[`n${block}_${k}`] = {
        type: 'integer',
        title: `Skaitlis ${n}.${k + 1}`,
        minimum: 0,
        maximum: 120,
      };
    }
    for (let k = 0; k < 2; k++) {
      properties[`e${block}_${k}`] = { type: 'string', title: `E-pasts ${n}.${k + 1}`, format: 'email' };
    }
    required.push(`e${block}_0`);
    for (let k = 0; k < 2; k++) {
      properties[`s${block}_${k}`] = { type: 'string', title: `Izvēle ${n}.${k + 1}`, oneOf: OPTIONS };
    }
    properties[`d${block}`] = { type: 'string', title: `Datums ${n}`, format: 'date' };
    properties[`c${block}`] = { type: 'boolean', title: `Atzīme ${n}` };
  }
  return { $schema: FORM_SCHEMA_DIALECT, type: 'object', required, properties };
}

/** The benchmark form as a service of the demo agency, so the runtime loads it like any other. */
export function buildBenchDefinition(fieldCount: number): ServiceDefinition {
  const definition = buildDefinition({
    code: `bench-form-${fieldCount}`,
    agency: 'demo-agency',
    title: { lv: `Etalonveidlapa (${fieldCount} lauki)`, en: `Benchmark form (${fieldCount} fields)` },
    description: { lv: 'Ātruma mērījumiem.', en: 'For speed measurements.' },
  });
  definition.form = { ...definition.form, schema: buildBenchSchema(fieldCount), translations: {} };
  return definition;
}
