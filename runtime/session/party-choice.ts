import type { AccessKind } from '../../schema/service-definition.ts';
import type { RepresentationView } from './session-api.ts';

/** Whom a form is filled for: the person themselves, a company, or the grantor of a mandate. */
export type Party = { kind: 'myself' } | { kind: 'company'; code: string } | { kind: 'person'; code: string };

/** What the submission sends as `onBehalfOf` (nothing for "myself"). */
export function onBehalfOf(party: Party): { kind: 'company' | 'person'; code: string } | undefined {
  return party.kind === 'myself' ? undefined : { kind: party.kind, code: party.code };
}

/**
 * The parties a signed-in person may choose for a service (issue 5): themselves and everyone in
 * their representations, except that a service for company representatives offers companies only.
 * An empty list there means the person cannot apply at all.
 */
export function partyChoices(who: AccessKind, representations: readonly RepresentationView[]): Party[] {
  const companies: Party[] = representations.flatMap((r) =>
    r.kind === 'company' ? [{ kind: 'company' as const, code: r.registrationNumber }] : [],
  );
  if (who === 'company-representatives') return companies;
  const people: Party[] = representations.flatMap((r) =>
    r.kind === 'person' ? [{ kind: 'person' as const, code: r.grantorPersonalCode }] : [],
  );
  return [{ kind: 'myself' }, ...companies, ...people];
}

export function partyKey(party: Party): string {
  return party.kind === 'myself' ? 'myself' : `${party.kind}:${party.code}`;
}

const storageKey = (serviceCode: string) => `efp.party.${serviceCode}`;

/** The choice made for this service in this tab, if it is still one of `choices` (survives a reload). */
export function loadParty(
  storage: Storage | undefined,
  serviceCode: string,
  choices: readonly Party[],
): Party | undefined {
  const saved = storage?.getItem(storageKey(serviceCode));
  return choices.find((party) => partyKey(party) === saved);
}

export function saveParty(storage: Storage | undefined, serviceCode: string, party: Party | undefined): void {
  try {
    if (party) storage?.setItem(storageKey(serviceCode), partyKey(party));
    else storage?.removeItem(storageKey(serviceCode));
  } catch {
    // Storage full or blocked: the choice is asked again after a reload, nothing worse.
  }
}
