import type { AssuranceLevel } from '../../schema/index.ts';

/**
 * The claims our identity provider issues, shared by the embedded provider (which writes them)
 * and the relying party (which reads them). An external provider configured in production is
 * expected to issue the same names.
 */

/** Staff roles (issue 5). A citizen has none; every role except platform-admin needs an agency. */
export const STAFF_ROLES = ['platform-admin', 'agency-admin', 'designer', 'reviewer', 'case-worker'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Which claims each scope releases. `eforms` is our own scope: the personal code, the parties the
 * person may represent and, for staff, agency and roles. `openid profile eforms` is what a portal
 * asks for; `email` and `phone` are optional extras some forms prefill.
 */
export const SCOPE_CLAIMS = {
  profile: ['given_name', 'family_name', 'name'],
  eforms: ['personal_code', 'representations', 'agency', 'roles'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
} as const satisfies Record<string, readonly string[]>;

/** The scopes a portal requests to get every claim it needs. */
export const EFORMS_SCOPE = 'openid profile eforms';

/**
 * Assurance is the standard `acr` claim with the eIDAS level names as values, as Estonia's GovSSO
 * does, rather than a custom claim: relying parties can then ask for a minimum with `acr_values`
 * and every OIDC library already knows where to find it.
 */
export const ACR_VALUES = ['low', 'substantial', 'high'] as const satisfies readonly AssuranceLevel[];

/** The e-forms claims as they appear in the ID token (and in userinfo) for `openid profile eforms`. */
export interface EformsIdTokenClaims {
  /** Stable per person: `PNOLV-` + hyphenated personal code (ETSI EN 319 412-1 natural-person identifier). */
  sub: string;
  /** Hyphenated Latvian personal code, e.g. `161175-19997`. */
  personal_code: string;
  given_name: string;
  family_name: string;
  acr: AssuranceLevel;
  /** `PK:<person>-UR:<company>` and `DP:<grantor>-PK:<person>` strings; see representation-claim.ts. */
  representations: string[];
  /** Agency code for agency staff, e.g. `demo-agency`; absent for citizens and the platform admin. */
  agency?: string;
  /** Staff roles; absent for citizens. */
  roles?: StaffRole[];
}

/**
 * The subject identifier for a person. Derived from the personal code so that it is the same on
 * every portal and across restarts (GovSSO does the same with `EE<isikukood>`); the hyphenated
 * form is used so both ways of writing a personal code give one subject.
 * @example subjectForPersonalCode('16117519997') === 'PNOLV-161175-19997'
 */
export function subjectForPersonalCode(personalCode: string): string {
  const digits = personalCode.replace('-', '');
  return `PNOLV-${digits.slice(0, 6)}-${digits.slice(6)}`;
}
