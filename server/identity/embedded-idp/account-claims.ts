import type { DemoIdentity } from '../demo-identities.ts';
import { subjectForPersonalCode } from '../eforms-claims.ts';

/**
 * Every claim the provider can assert about a demo identity. oidc-provider releases only those
 * the granted scopes map to (SCOPE_CLAIMS), so this may list them all. `acr` is not here: it
 * belongs to the sign-in event and is passed with the login result.
 */
export function claimsForIdentity(identity: DemoIdentity): Record<string, unknown> & { sub: string } {
  return {
    sub: subjectForPersonalCode(identity.personalCode),
    personal_code: identity.personalCode,
    given_name: identity.givenName,
    family_name: identity.familyName,
    name: `${identity.givenName} ${identity.familyName}`,
    representations: [...identity.representations],
    ...(identity.agency === undefined ? {} : { agency: identity.agency }),
    ...(identity.roles === undefined ? {} : { roles: [...identity.roles] }),
    ...(identity.email === undefined ? {} : { email: identity.email, email_verified: true }),
    ...(identity.phoneNumber === undefined
      ? {}
      : { phone_number: identity.phoneNumber, phone_number_verified: true }),
  };
}
