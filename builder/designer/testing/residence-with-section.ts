import { DECLARATION_OF_RESIDENCE } from '../../../schema/demo-definitions.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';

/**
 * The demo declaration with its address turned into a section (a fourth field makes it one, see
 * schema/field-types/field-type-of.ts), so canvas tests have fields inside a container.
 */
export function residenceWithSection(): ServiceDefinition {
  const def = structuredClone(DECLARATION_OF_RESIDENCE);
  const address = def.form.schema.properties!.address!;
  address.properties!.note = { type: 'string', title: 'Piezīme' };
  return def;
}
