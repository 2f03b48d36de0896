/**
 * The party a submission was made for when the applicant acted on someone else's behalf
 * (issue 5, P10 mandates): a company the applicant represents, or a person who granted them a
 * power of attorney. Stored on the submission next to the applicant (who acted); null when the
 * applicant applied for themselves.
 */
export type RepresentedParty =
  | {
      kind: 'company';
      /** Enterprise-register number (11 digits). */
      code: string;
      /** The applicant's role in the company as the register knows it, or null when it does not. */
      role: string | null;
    }
  | {
      kind: 'person';
      /** Hyphenated personal code of the grantor. */
      code: string;
      /** What the power of attorney covers, as the register states it, or null when unknown. */
      scope: { kind: 'all-services' } | { kind: 'services'; serviceCodes: string[] } | null;
      /** Register entry id of the power of attorney, when known. */
      mandateId: string | null;
    };
