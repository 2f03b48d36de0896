import type { JsonSchema } from '../../schema/json-schema.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';

/**
 * Turns one query-parameter string into a value of the field's type, or `undefined` when it
 * cannot be one. A value that does not fit is dropped rather than shown, so a mistyped deep link
 * leaves the field empty instead of pre-filling it with an error.
 */
function coerce(raw: string, field: JsonSchema): unknown {
  const types = Array.isArray(field.type) ? field.type : field.type ? [field.type] : [];
  let value: unknown;
  if (types.includes('string') || types.length === 0) value = raw;
  else if (types.includes('integer') || types.includes('number')) {
    const number = raw.trim() === '' ? Number.NaN : Number(raw);
    const fits = Number.isFinite(number) && (types.includes('number') || Number.isInteger(number));
    value = fits ? number : undefined;
  } else if (types.includes('boolean')) value = raw === 'true' ? true : raw === 'false' ? false : undefined;
  // Objects and arrays have no one-string form in a URL.
  if (value === undefined) return undefined;
  if (Array.isArray(field.enum) && !field.enum.includes(value)) return undefined;
  if (field.const !== undefined && field.const !== value) return undefined;
  return value;
}

/**
 * The initial form data from a deep link's query parameters (P4: "land in the exact form"), for
 * the fields that the definition's `settings.prefill` declares as `{ kind: 'url', param }`.
 * Parameters no rule names are ignored, so a link cannot fill fields the agency did not open
 * to prefilling. The citizen still sees and can change every prefilled value before submitting.
 *
 * @example prefillFromUrl(definition, { owner: 'Anna' }) // { ownerName: 'Anna' }
 */
export function prefillFromUrl(
  definition: Pick<ServiceDefinition, 'form' | 'settings'>,
  params: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const properties = definition.form.schema.properties ?? {};
  const data: Record<string, unknown> = {};
  for (const rule of definition.settings.prefill) {
    if (rule.source.kind !== 'url') continue;
    if (!Object.hasOwn(params, rule.source.param) || !Object.hasOwn(properties, rule.field)) continue;
    const field = properties[rule.field];
    const raw = params[rule.source.param];
    if (field === undefined || raw === undefined) continue;
    const value = coerce(raw, field);
    if (value !== undefined) data[rule.field] = value;
  }
  return data;
}
