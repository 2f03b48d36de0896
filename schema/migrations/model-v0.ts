/**
 * Model version 0: the pre-release shape written by the first prototype, kept so that drafts
 * saved then still open. Latvian only, one page, no service settings:
 *
 * ```json
 * {
 *   "modelVersion": 0,
 *   "code": "dog-registration", "version": 1, "agency": "riga-city", "state": "draft",
 *   "title": "Suņa reģistrācija",
 *   "description": "Pieteikums suņa reģistrācijai.",
 *   "formSchema": { "type": "object", "properties": { ... } },
 *   "uiSchema": { "ui:order": ["*"] }
 * }
 * ```
 *
 * `formSchema` usually has no `$schema`: the prototype assumed draft-07. `uiSchema` may be absent.
 */
import type { JsonSchema } from '../json-schema.ts';
import type { ServiceState } from '../service-definition.ts';

export interface ServiceDefinitionV0 {
  modelVersion: 0;
  code: string;
  version: number;
  agency: string;
  state: ServiceState;
  title: string;
  description: string;
  formSchema: JsonSchema;
  uiSchema?: Record<string, unknown>;
}
