/**
 * A seeded stand-in for the registers that say who may act for whom (P10): the Enterprise
 * Register's officers of companies and the register of notarised powers of attorney. The relying
 * party's default representation adapter reads this; a production adapter asks the real
 * registers. It is named "demo" everywhere on purpose: nothing here is real.
 */

/** Company officers who may represent the company alone (Enterprise Register terms). */
export type CompanyRepresentativeRole = 'board-member' | 'board-chair' | 'procurator';

export interface RegisteredCompany {
  /** 11-digit registration number with a valid checksum. */
  registrationNumber: string;
  name: { lv: string; en: string };
  representatives: ReadonlyArray<{ personalCode: string; role: CompanyRepresentativeRole }>;
}

/** What a power of attorney allows: every service, or only the listed service codes. */
export type PowerOfAttorneyScope =
  | { kind: 'all-services' }
  | { kind: 'services'; serviceCodes: readonly string[] };

export interface PowerOfAttorney {
  /** Register entry id, stable so a submission can record which mandate it used. */
  id: string;
  grantorPersonalCode: string;
  holderPersonalCode: string;
  scope: PowerOfAttorneyScope;
  /** ISO dates, inclusive. */
  validFrom: string;
  validUntil: string;
}

export interface RepresentationRegister {
  companies: readonly RegisteredCompany[];
  powersOfAttorney: readonly PowerOfAttorney[];
}

/** Consistent with the `representations` claims of DEMO_IDENTITIES (a test checks both ways). */
export const DEMO_REPRESENTATION_REGISTER: RepresentationRegister = {
  companies: [
    {
      registrationNumber: '40003032949',
      name: { lv: 'SIA Demo Būve', en: 'Demo Būve Ltd' },
      representatives: [{ personalCode: '321111-12345', role: 'board-member' }],
    },
  ],
  powersOfAttorney: [
    {
      id: 'demo-poa-1',
      grantorPersonalCode: '161175-19997',
      holderPersonalCode: '020385-14728',
      scope: { kind: 'services', serviceCodes: ['declaration-of-residence'] },
      validFrom: '2024-01-01',
      validUntil: '2099-12-31',
    },
  ],
};
