import {
  IDENTITY_CLAIMS,
  PREFILL_URL_PARAM_PATTERN,
  type PrefillSource,
  type ServiceDefinition,
} from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { locateField } from './field-path.ts';

/**
 * Sets where a top-level field's answer comes from before the citizen starts (an identity claim
 * or a URL parameter), or removes it with `null`. One source a field.
 * @example setPrefill(def, { field: 'personalCode', source: { kind: 'claim', claim: 'personal_code' } })
 */
export function setPrefill(
  def: ServiceDefinition,
  args: { field: string; source: PrefillSource | null },
): ServiceDefinition {
  return editDefinition(def, 'setPrefill', (open) => {
    locateField(open.form, [args.field], 'setPrefill');
    const { source } = args;
    if (source?.kind === 'claim' && !IDENTITY_CLAIMS.includes(source.claim)) {
      throw new Error(`setPrefill: no identity claim ${JSON.stringify(source.claim)}`);
    }
    if (source?.kind === 'url' && !PREFILL_URL_PARAM_PATTERN.test(source.param)) {
      throw new Error(`setPrefill: ${JSON.stringify(source.param)} is not a URL parameter name`);
    }
    const others = open.settings.prefill.filter((rule) => rule.field !== args.field);
    const index = open.settings.prefill.findIndex((rule) => rule.field === args.field);
    const prefill = source ? [...others] : others;
    if (source) prefill.splice(index < 0 ? others.length : index, 0, { field: args.field, source });
    return { ...open, settings: { ...open.settings, prefill } };
  });
}
