import { describe, expect, it } from 'vitest';
import { isLvCompanyCode, isLvPersonalCode, isLvPhone } from '../../schema/index.ts';
import { DEMO_AGENCY_CODE, DEMO_OTHER_AGENCY_CODE } from '../seed/demo-credentials.ts';
import { DEMO_IDENTITIES, DEMO_REPRESENTATION_REGISTER } from './demo-identities.ts';
import { STAFF_ROLES, subjectForPersonalCode } from './eforms-claims.ts';
import { formatRepresentationClaim, parseRepresentationClaim } from './representation-claim.ts';

describe('DEMO_IDENTITIES', () => {
  it('have unique log-in names and subjects', () => {
    const logins = DEMO_IDENTITIES.map((identity) => identity.login);
    const subjects = DEMO_IDENTITIES.map((identity) => subjectForPersonalCode(identity.personalCode));
    expect(new Set(logins).size).toBe(logins.length);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('carry valid, hyphenated personal codes and phone numbers', () => {
    for (const identity of DEMO_IDENTITIES) {
      expect(identity.personalCode, identity.login).toMatch(/^\d{6}-\d{5}$/);
      expect(isLvPersonalCode(identity.personalCode), identity.login).toBe(true);
      if (identity.phoneNumber) expect(isLvPhone(identity.phoneNumber)).toBe(true);
    }
    expect(DEMO_IDENTITIES.find((identity) => identity.login === 'peteris')?.personalCode).toMatch(
      /^3[2-9]\d{4}-?\d{5}$/,
    );
  });

  it('give staff an agency the demo seed creates, and agency roles only with an agency', () => {
    for (const identity of DEMO_IDENTITIES) {
      for (const role of identity.roles ?? []) expect(STAFF_ROLES).toContain(role);
      const agencyRoles = (identity.roles ?? []).filter((role) => role !== 'platform-admin');
      if (agencyRoles.length > 0)
        expect([DEMO_AGENCY_CODE, DEMO_OTHER_AGENCY_CODE]).toContain(identity.agency);
      if (identity.agency) expect(agencyRoles.length, identity.login).toBeGreaterThan(0);
    }
  });

  it('claim exactly the representations the seeded register holds', () => {
    const fromRegister = [
      ...DEMO_REPRESENTATION_REGISTER.companies.flatMap((company) =>
        company.representatives.map((officer) => ({
          personalCode: officer.personalCode,
          claim: formatRepresentationClaim({
            kind: 'company',
            personalCode: officer.personalCode,
            registrationNumber: company.registrationNumber,
          }),
        })),
      ),
      ...DEMO_REPRESENTATION_REGISTER.powersOfAttorney.map((mandate) => ({
        personalCode: mandate.holderPersonalCode,
        claim: formatRepresentationClaim({
          kind: 'person',
          grantorPersonalCode: mandate.grantorPersonalCode,
          personalCode: mandate.holderPersonalCode,
        }),
      })),
    ];
    const fromIdentities = DEMO_IDENTITIES.flatMap((identity) =>
      identity.representations.map((claim) => ({ personalCode: identity.personalCode, claim })),
    );
    expect(fromIdentities).toEqual(expect.arrayContaining(fromRegister));
    expect(fromRegister).toEqual(expect.arrayContaining(fromIdentities));
    for (const { personalCode, claim } of fromIdentities) {
      expect(parseRepresentationClaim(claim)?.personalCode).toBe(personalCode);
    }
  });

  it('register only valid company numbers and grantors who are demo identities', () => {
    for (const company of DEMO_REPRESENTATION_REGISTER.companies) {
      expect(isLvCompanyCode(company.registrationNumber)).toBe(true);
    }
    const codes = new Set(DEMO_IDENTITIES.map((identity) => identity.personalCode));
    for (const mandate of DEMO_REPRESENTATION_REGISTER.powersOfAttorney) {
      expect(codes.has(mandate.grantorPersonalCode)).toBe(true);
      expect(mandate.validFrom < mandate.validUntil).toBe(true);
    }
  });
});
