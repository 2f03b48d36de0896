import { describe, expect, it } from 'vitest';
import { COMPANY_CERTIFICATE_REQUEST, DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { identityAnswers, withReadOnlyFields } from './identity-prefill.ts';
import { partyChoices } from './party-choice.ts';
import type { SignedInSession } from './session-api.ts';

const session: SignedInSession = {
  authenticated: true,
  user: {
    subject: 'PNOLV-161175-19997',
    personalCode: '161175-19997',
    givenName: 'Jānis',
    familyName: 'Bērziņš',
    assurance: 'high',
  },
  representations: [
    { kind: 'company', personalCode: '161175-19997', registrationNumber: '40003032949' },
    { kind: 'person', grantorPersonalCode: '020385-14728', personalCode: '161175-19997' },
  ],
  csrfToken: 't',
  idleExpiresAt: '2026-01-01T10:20:00Z',
  absoluteExpiresAt: '2026-01-01T22:00:00Z',
};

describe('identityAnswers', () => {
  it('fills the fields the definition takes from the sign-in, not e-mail (the session has none)', () => {
    expect(identityAnswers(DECLARATION_OF_RESIDENCE, session)).toEqual({
      personalCode: '161175-19997',
      givenName: 'Jānis',
      familyName: 'Bērziņš',
    });
    expect(identityAnswers(COMPANY_CERTIFICATE_REQUEST, session)).toEqual({});
  });

  it('marks those fields read-only and leaves the others and the input alone', () => {
    const readOnly = withReadOnlyFields(DECLARATION_OF_RESIDENCE, ['personalCode']);
    expect(
      (readOnly.form.uiSchema as Record<string, Record<string, unknown>>).personalCode?.['ui:readonly'],
    ).toBe(true);
    expect((readOnly.form.uiSchema as Record<string, unknown>).givenName).toEqual(
      (DECLARATION_OF_RESIDENCE.form.uiSchema as Record<string, unknown>).givenName,
    );
    expect(
      (DECLARATION_OF_RESIDENCE.form.uiSchema as Record<string, Record<string, unknown> | undefined>)
        .personalCode?.['ui:readonly'],
    ).toBeUndefined();
  });
});

describe('partyChoices', () => {
  it('offers myself, companies and grantors for an ordinary service', () => {
    expect(partyChoices('signed-in', session.representations)).toEqual([
      { kind: 'myself' },
      { kind: 'company', code: '40003032949' },
      { kind: 'person', code: '020385-14728' },
    ]);
  });

  it('offers only companies for a service for company representatives', () => {
    expect(partyChoices('company-representatives', session.representations)).toEqual([
      { kind: 'company', code: '40003032949' },
    ]);
    expect(partyChoices('company-representatives', [])).toEqual([]);
  });
});
