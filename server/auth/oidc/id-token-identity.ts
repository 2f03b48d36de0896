import type { JWTPayload } from 'jose';
import { ASSURANCE_LEVELS, type AssuranceLevel, isLvPersonalCode } from '../../../schema/index.ts';
import type { StaffRole } from '../../identity/eforms-claims.ts';
import { formatRepresentationClaim, parseRepresentationClaims } from '../../identity/representation-claim.ts';
import { isStaffRole } from '../role-scopes.ts';
import { IdTokenRejected } from './verify-id-token.ts';

/** Who signed in, as the session keeps it (read from a verified ID token). */
export interface VerifiedIdentity {
  subject: string;
  /** Hyphenated, e.g. `161175-19997`. */
  personalCode: string;
  givenName: string;
  familyName: string;
  assurance: AssuranceLevel;
  roles: StaffRole[];
  /** The `agency` claim: an agency code, or null. */
  agencyCode: string | null;
  /** Canonical `representations` values in which the signed-in person is the one who acts. */
  representations: string[];
}

const AGENCY_CODE = /^[a-z0-9-]{2,40}$/;

/**
 * Reads the e-forms claims (server/identity/eforms-claims.ts) from a verified ID token. A
 * personal code is required: every form and every mandate hangs on it. Everything else is read
 * strictly and narrowly: an unknown assurance value counts as `low`, unknown roles and malformed
 * representations are dropped, and a representation in which someone else acts is ignored, so
 * a sloppy claim can only ever give less, never more.
 */
export function identityFromClaims(claims: JWTPayload): VerifiedIdentity {
  const personalCode = typeof claims.personal_code === 'string' ? claims.personal_code : '';
  if (!isLvPersonalCode(personalCode)) throw new IdTokenRejected('no valid personal_code claim');
  const hyphenated = `${personalCode.replace('-', '').slice(0, 6)}-${personalCode.replace('-', '').slice(6)}`;
  const acr = claims.acr;
  const roles = Array.isArray(claims.roles) ? [...new Set(claims.roles.filter(isStaffRole))] : [];
  const agency = typeof claims.agency === 'string' && AGENCY_CODE.test(claims.agency) ? claims.agency : null;
  const representations = parseRepresentationClaims(claims.representations)
    .valid.filter((r) => r.personalCode === hyphenated)
    .map(formatRepresentationClaim);
  return {
    subject: claims.sub as string,
    personalCode: hyphenated,
    givenName: typeof claims.given_name === 'string' ? claims.given_name : '',
    familyName: typeof claims.family_name === 'string' ? claims.family_name : '',
    assurance: ASSURANCE_LEVELS.includes(acr as AssuranceLevel) ? (acr as AssuranceLevel) : 'low',
    roles,
    agencyCode: agency,
    representations: [...new Set(representations)],
  };
}
