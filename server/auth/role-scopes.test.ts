import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../identity/eforms-claims.ts';
import { AGENCY_ROLES, hasScope, isStaffRole, ROLE_SCOPES, scopesForRoles } from './role-scopes.ts';

describe('scopesForRoles', () => {
  it('gives a citizen (no roles) no scope at all', () => {
    expect(scopesForRoles([])).toEqual([]);
  });

  it.each([
    ['designer', ['services:write']],
    ['reviewer', ['services:read', 'services:review']],
    ['case-worker', ['submissions:read', 'requests:manage']],
    [
      'agency-admin',
      ['keys:manage', 'services:write', 'submissions:read', 'requests:manage', 'deliveries:manage'],
    ],
    ['platform-admin', ['platform:admin', 'keys:manage']],
  ] as const)('maps %s to %j', (role, scopes) => {
    expect(new Set(scopesForRoles([role]))).toEqual(new Set(scopes));
  });

  it('unions the scopes of several roles without duplicates', () => {
    expect(scopesForRoles(['designer', 'agency-admin', 'reviewer']).sort()).toEqual([
      'deliveries:manage',
      'keys:manage',
      'requests:manage',
      'services:read',
      'services:review',
      'services:write',
      'submissions:read',
    ]);
  });

  it('gives platform:admin only to the platform administrator', () => {
    for (const role of STAFF_ROLES) {
      expect(ROLE_SCOPES[role].includes('platform:admin')).toBe(role === 'platform-admin');
    }
    expect(AGENCY_ROLES).not.toContain('platform-admin');
    expect(AGENCY_ROLES).toHaveLength(STAFF_ROLES.length - 1);
  });

  it('recognises only the known role names', () => {
    expect(isStaffRole('case-worker')).toBe(true);
    expect(isStaffRole('citizen')).toBe(false);
    expect(isStaffRole('toString')).toBe(false);
    expect(isStaffRole(['designer'])).toBe(false);
  });
});

describe('hasScope', () => {
  it('grants reading services to whoever may change them, never the reverse', () => {
    expect(hasScope(['services:write'], 'services:read')).toBe(true);
    expect(hasScope(['services:read'], 'services:write')).toBe(false);
    expect(hasScope(['submissions:read'], 'services:read')).toBe(false);
  });
});
