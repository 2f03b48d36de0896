import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepository } from '../../storage/create-repository.ts';
import type { AgencyRecord, Repository, SessionRecord } from '../../storage/repository.ts';
import { buildAgency, buildSession, T0 } from '../../storage/testing/build-test-records.ts';
import { buildUserPrincipal } from './user-principal.ts';

let repo: Repository;
let vid: AgencyRecord;
let lad: AgencyRecord;
beforeEach(async () => {
  repo = await createRepository(':memory:');
  vid = await repo.agencies.create(buildAgency('vid'));
  lad = await repo.agencies.create(buildAgency('lad'));
});
afterEach(async () => {
  await repo.close();
});

const PERSON = '161175-19997';
const staff = (roles: SessionRecord['claims']['roles'], agencyId: string | null): SessionRecord => {
  const base = buildSession();
  return { ...base, agencyId, claims: { ...base.claims, roles, agencyCode: agencyId ? 'vid' : null } };
};
const assign = (agencyId: string, roles: SessionRecord['claims']['roles']) =>
  repo.roleAssignments.put({ agencyId, personalCode: PERSON, roles, updatedAt: T0, updatedBy: 'test' });

describe('buildUserPrincipal', () => {
  it('gives a citizen no roles, no scopes, no agency, and the parsed representations', async () => {
    const principal = await buildUserPrincipal(repo, buildSession());
    expect(principal).toMatchObject({
      kind: 'user',
      roles: [],
      scopes: [],
      agencyId: null,
      personalCode: PERSON,
    });
    expect(principal.representations).toEqual([
      { kind: 'company', personalCode: PERSON, registrationNumber: '40003032949' },
    ]);
  });

  it('unites the provider’s roles with the assignments of the same agency', async () => {
    await assign(vid.id, ['case-worker']);
    await assign(lad.id, ['agency-admin']);
    const principal = await buildUserPrincipal(repo, staff(['designer'], vid.id));
    expect(principal.agencyId).toBe(vid.id);
    expect(principal.roles.sort()).toEqual(['case-worker', 'designer']);
    expect([...principal.scopes].sort()).toEqual(['requests:manage', 'services:write', 'submissions:read']);
  });

  it('puts a person without an agency claim into the agency that assigned them roles', async () => {
    await assign(lad.id, ['reviewer']);
    const principal = await buildUserPrincipal(repo, buildSession());
    expect(principal).toMatchObject({
      agencyId: lad.id,
      roles: ['reviewer'],
      scopes: ['services:read', 'services:review'],
    });
  });

  it('drops agency roles that have no agency, keeps the platform administrator', async () => {
    expect((await buildUserPrincipal(repo, staff(['case-worker'], null))).roles).toEqual([]);
    const admin = await buildUserPrincipal(repo, staff(['platform-admin'], null));
    expect(admin).toMatchObject({ agencyId: null, roles: ['platform-admin'] });
    expect(admin.scopes).toContain('platform:admin');
  });

  it('ignores representations in which someone else acts', async () => {
    const base = buildSession();
    const session = {
      ...base,
      claims: {
        ...base.claims,
        representations: ['PK:020385-14728-UR:40003032949', 'nonsense', 'DP:020385-14728-PK:161175-19997'],
      },
    };
    expect((await buildUserPrincipal(repo, session)).representations).toEqual([
      { kind: 'person', grantorPersonalCode: '020385-14728', personalCode: PERSON },
    ]);
  });
});
