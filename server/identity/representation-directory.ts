import type { RepresentedParty } from '../storage/represented-party.ts';
import { DEMO_REPRESENTATION_REGISTER, type RepresentationRegister } from './demo-representation-register.ts';
import type { Representation } from './representation-claim.ts';

/** What the registers say about one representation the identity provider asserted. */
export type RepresentationLookup =
  | { ok: true; party: RepresentedParty }
  /** The register holds the mandate, but it does not cover this service or this day. */
  | { ok: false; reason: 'out-of-scope' | 'not-valid-today' };

/**
 * The adapter between sign-in claims and the registers that say who may act for whom (P10: the
 * Enterprise Register's officers, notarised powers of attorney). The claim is the authority that
 * a representation exists (the provider asserted it at sign-in); the registers add the officer's
 * role or the mandate's scope and period, and a mandate limited to some services or days refuses
 * the others. A representation the register does not know keeps role/scope null.
 */
export interface RepresentationDirectory {
  lookUp(representation: Representation, serviceCode: string, today: string): RepresentationLookup;
}

/**
 * The default adapter: reads a seeded register (the demo one unless another is given). A
 * production deployment plugs in an adapter that asks the real registers.
 */
export function createRegisterDirectory(
  register: RepresentationRegister = DEMO_REPRESENTATION_REGISTER,
): RepresentationDirectory {
  return {
    lookUp(representation, serviceCode, today) {
      if (representation.kind === 'company') {
        const company = register.companies.find(
          (c) => c.registrationNumber === representation.registrationNumber,
        );
        const officer = company?.representatives.find((r) => r.personalCode === representation.personalCode);
        return {
          ok: true,
          party: { kind: 'company', code: representation.registrationNumber, role: officer?.role ?? null },
        };
      }
      const mandate = register.powersOfAttorney.find(
        (p) =>
          p.grantorPersonalCode === representation.grantorPersonalCode &&
          p.holderPersonalCode === representation.personalCode,
      );
      if (mandate) {
        if (today < mandate.validFrom || today > mandate.validUntil)
          return { ok: false, reason: 'not-valid-today' };
        if (mandate.scope.kind === 'services' && !mandate.scope.serviceCodes.includes(serviceCode)) {
          return { ok: false, reason: 'out-of-scope' };
        }
      }
      return {
        ok: true,
        party: {
          kind: 'person',
          code: representation.grantorPersonalCode,
          scope: mandate
            ? mandate.scope.kind === 'all-services'
              ? { kind: 'all-services' }
              : { kind: 'services', serviceCodes: [...mandate.scope.serviceCodes] }
            : null,
          mandateId: mandate?.id ?? null,
        },
      };
    },
  };
}
