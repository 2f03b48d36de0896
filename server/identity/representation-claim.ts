import { isLvCompanyCode, isLvPersonalCode } from '../../schema/index.ts';

/**
 * One party a signed-in person may represent, as carried in the `representations` claim.
 * Latvian sign-in writes it as text: `PK:<person>-UR:<company>` for a company representative
 * (e.g. a board member) and `DP:<grantor>-PK:<person>` for a person acting on a power of attorney
 * ("DP" = devējs/pilnvara, the one who granted it). The structured form is what code should use.
 */
export type Representation =
  | { kind: 'company'; personalCode: string; registrationNumber: string }
  | { kind: 'person'; grantorPersonalCode: string; personalCode: string };

/** Both personal-code forms (old `DDMMYY-CNNNX`, new `3XNNNN-NNNNN`), hyphen optional. */
const PERSONAL_CODE = '(\\d{6})-?(\\d{5})';
const COMPANY_PATTERN = new RegExp(`^PK:${PERSONAL_CODE}-UR:(\\d{11})$`);
const PERSON_PATTERN = new RegExp(`^DP:${PERSONAL_CODE}-PK:${PERSONAL_CODE}$`);

/**
 * Reads one `representations` claim value. Strict: the exact prefixes and separators, personal
 * codes that pass the Latvian personal-code rules (check digit for the old form) and a company
 * number with a valid register checksum; anything else, including surrounding spaces, is `null`,
 * so a malformed claim can never widen what a user may do. Personal codes come back in the
 * hyphenated form the registry prints, so they compare equal to the `personal_code` claim.
 *
 * @example parseRepresentationClaim('PK:321111-12345-UR:40003032949')
 *   // { kind: 'company', personalCode: '321111-12345', registrationNumber: '40003032949' }
 */
export function parseRepresentationClaim(value: unknown): Representation | null {
  if (typeof value !== 'string') return null;
  const company = COMPANY_PATTERN.exec(value);
  if (company) {
    const personalCode = personalCodeOf(company[1], company[2]);
    const registrationNumber = company[3]!;
    if (!personalCode || !isLvCompanyCode(registrationNumber)) return null;
    return { kind: 'company', personalCode, registrationNumber };
  }
  const person = PERSON_PATTERN.exec(value);
  if (person) {
    const grantorPersonalCode = personalCodeOf(person[1], person[2]);
    const personalCode = personalCodeOf(person[3], person[4]);
    if (!grantorPersonalCode || !personalCode || grantorPersonalCode === personalCode) return null;
    return { kind: 'person', grantorPersonalCode, personalCode };
  }
  return null;
}

/**
 * Reads a whole `representations` claim: an array of such strings. Entries that do not parse are
 * dropped (and reported in `rejected`) rather than failing the sign-in, because one bad entry
 * from an identity provider must not lock a person out of acting for themselves.
 */
export function parseRepresentationClaims(value: unknown): { valid: Representation[]; rejected: unknown[] } {
  const valid: Representation[] = [];
  const rejected: unknown[] = [];
  if (!Array.isArray(value)) return { valid, rejected: value === undefined ? [] : [value] };
  for (const entry of value) {
    const parsed = parseRepresentationClaim(entry);
    if (parsed) valid.push(parsed);
    else rejected.push(entry);
  }
  return { valid, rejected };
}

/**
 * Writes a representation in the claim's text form (the inverse of `parseRepresentationClaim`).
 * @example formatRepresentationClaim({ kind: 'person', grantorPersonalCode: '161175-19997', personalCode: '020385-14728' })
 *   // 'DP:161175-19997-PK:020385-14728'
 */
export function formatRepresentationClaim(representation: Representation): string {
  return representation.kind === 'company'
    ? `PK:${representation.personalCode}-UR:${representation.registrationNumber}`
    : `DP:${representation.grantorPersonalCode}-PK:${representation.personalCode}`;
}

function personalCodeOf(first: string | undefined, second: string | undefined): string | null {
  const code = `${first}-${second}`;
  return isLvPersonalCode(code) ? code : null;
}
