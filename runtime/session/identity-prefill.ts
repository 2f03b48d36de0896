import type { IdentityClaim, ServiceDefinition } from '../../schema/service-definition.ts';
import type { SignedInSession } from './session-api.ts';

type Definition = Pick<ServiceDefinition, 'form' | 'settings'>;

/** The claims the session shows; e-mail and phone are not in it, so those rules stay editable. */
function claimOf(session: SignedInSession, claim: IdentityClaim): string | undefined {
  switch (claim) {
    case 'personal_code':
      return session.user.personalCode;
    case 'given_name':
      return session.user.givenName;
    case 'family_name':
      return session.user.familyName;
    default:
      return undefined;
  }
}

/**
 * The answers the definition takes from the signed-in person's identity (issue 5), e.g.
 * `{ personalCode: '161175-19997', givenName: 'Jānis' }`. The server refuses a submission whose
 * value differs from the claim, so these fields are shown read-only (`withReadOnlyFields`).
 */
export function identityAnswers(definition: Definition, session: SignedInSession): Record<string, string> {
  const properties = definition.form.schema.properties ?? {};
  const answers: Record<string, string> = {};
  for (const rule of definition.settings.prefill) {
    if (rule.source.kind !== 'claim' || !Object.hasOwn(properties, rule.field)) continue;
    const value = claimOf(session, rule.source.claim);
    if (value !== undefined) answers[rule.field] = value;
  }
  return answers;
}

/** The definition with `ui:readonly` on the given top-level fields (a new object; the input is untouched). */
export function withReadOnlyFields<T extends Definition>(definition: T, fields: readonly string[]): T {
  if (fields.length === 0) return definition;
  const uiSchema = { ...(definition.form.uiSchema as Record<string, unknown>) };
  for (const field of fields) {
    const current = uiSchema[field];
    uiSchema[field] = {
      ...(typeof current === 'object' && current !== null ? current : {}),
      'ui:readonly': true,
    };
  }
  return { ...definition, form: { ...definition.form, uiSchema } };
}
