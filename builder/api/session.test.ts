import { describe, expect, it } from 'vitest';
import { readSession, signInHref } from './session.ts';

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
