import { describe, expect, it } from 'vitest';
import { identityFromClaims } from './id-token-identity.ts';
import { IdTokenRejected } from './verify-id-token.ts';

const base = {
  iss: 'http://127.0.0.1:3000/idp',
  sub: 'PNOLV-321111-12345',
  personal_code: '321111-12345',
  given_name: 'Pēteris',
  family_name: 'Ozols',
  acr: 'high',
  representations: ['PK:321111-12345-UR:40003032949'],
};

describe('identityFromClaims', () => {
  it('reads the e-forms claims', () => {
    expect(
      identityFromClaims({ ...base, agency: 'demo-agency', roles: ['designer', 'case-worker'] }),
    ).toEqual({
      subject: 'PNOLV-321111-12345',
      personalCode: '321111-12345',
      givenName: 'Pēteris',
      familyName: 'Ozols',
      assurance: 'high',
      roles: ['designer', 'case-worker'],
      agencyCode: 'demo-agency',
      representations: ['PK:321111-12345-UR:40003032949'],
    });
  });

  it('requires a valid personal code, and writes it hyphenated', () => {
    expect(() => identityFromClaims({ ...base, personal_code: undefined })).toThrow(IdTokenRejected);
    expect(() => identityFromClaims({ ...base, personal_code: '161175-19998' })).toThrow(IdTokenRejected);
    expect(identityFromClaims({ ...base, personal_code: '32111112345' }).personalCode).toBe('321111-12345');
  });

  it('only ever narrows: unknown assurance is low, unknown roles and others’ mandates are dropped', () => {
    const identity = identityFromClaims({
      ...base,
      acr: 'urn:very-high',
      roles: ['designer', 'root', 42, 'designer'],
      agency: '../other',
      representations: ['PK:161175-19997-UR:40003032949', 'PK:321111-12345-UR:40003032949', 'x'],
    });
    expect(identity).toMatchObject({
      assurance: 'low',
      roles: ['designer'],
      agencyCode: null,
      representations: ['PK:321111-12345-UR:40003032949'],
    });
  });
});
