import { describe, expect, it } from 'vitest';
import { mayDesign, readSession, signInHref } from './session.ts';

describe('readSession', () => {
  it('reads a signed-in designer with agency, roles and CSRF token', () => {
    expect(
      readSession({
        user: { name: 'Anna Designer', agency: 'demo-agency', roles: ['designer'] },
        csrfToken: 't1',
      }),
    ).toEqual({
      state: 'signed-in',
      name: 'Anna Designer',
      agency: 'demo-agency',
      roles: ['designer'],
      csrfToken: 't1',
    });
  });

  it('reads the platform session answer', () => {
    expect(
      readSession({
        authenticated: true,
        user: { subject: 's', givenName: 'Mārtiņš', familyName: 'Zariņš' },
        agency: { code: 'demo-agency' },
        roles: ['designer'],
        csrfToken: 'c',
      }),
    ).toEqual({
      state: 'signed-in',
      name: 'Mārtiņš Zariņš',
      agency: 'demo-agency',
      roles: ['designer'],
      csrfToken: 'c',
    });
    expect(readSession({ authenticated: false })).toEqual({ state: 'signed-out' });
  });

  it('reads an agency given as an object', () => {
    expect(readSession({ user: { name: 'A', agency: { code: 'x' } }, csrfToken: 't' })).toMatchObject({
      agency: 'x',
    });
  });

  it.each([[{ signedIn: false }], [{ user: null }], [{}], [null], ['html']])(
    'treats %j as signed out',
    (body) => {
      expect(readSession(body)).toEqual({ state: 'signed-out' });
    },
  );
});

describe('signInHref', () => {
  it('returns to the builder page, never to another site', () => {
    expect(signInHref('/builder/services/x')).toBe('/auth/login?returnTo=%2Fbuilder%2Fservices%2Fx');
    expect(signInHref('https://evil.example')).toBe('/auth/login?returnTo=%2Fbuilder');
  });
});

describe('mayDesign', () => {
  it('lets designers in and keeps case workers out', () => {
    const base = { state: 'signed-in' as const, name: 'x', agency: 'a', csrfToken: 't' };
    expect(mayDesign({ ...base, roles: ['designer'] })).toBe(true);
    expect(mayDesign({ ...base, roles: ['case-worker'] })).toBe(false);
    expect(mayDesign({ state: 'signed-out' })).toBe(false);
  });
});
