import { parseRepresentationClaims } from '../../identity/representation-claim.ts';
import type { Repository, SessionRecord, StaffRole } from '../../storage/repository.ts';
import type { UserPrincipal } from '../principal.ts';
import { AGENCY_ROLES, scopesForRoles } from '../role-scopes.ts';

/**
 * The principal of a session, built on every request so that an agency admin's change of
 * assignments takes effect at once. Effective roles = the provider's role claims ∪ the
 * assignments in the person's agency. The agency is the one the `agency` claim named; a person
 * without one (a citizen given staff roles by assignment) works in the agency that assigned them,
 * the first by agency id when several did (choosing between agencies is not built yet).
 * Agency roles never stand without an agency: they would give scopes with nowhere to use them.
 */
export async function buildUserPrincipal(repo: Repository, session: SessionRecord): Promise<UserPrincipal> {
  const assignments = await repo.roleAssignments.listByPersonalCode(session.personalCode);
  const agencyId = session.agencyId ?? assignments[0]?.agencyId ?? null;
  const claimed = session.claims.roles.filter(
    (role) => role === 'platform-admin' || (agencyId !== null && agencyId === session.agencyId),
  );
  const assigned = assignments.find((a) => a.agencyId === agencyId)?.roles ?? [];
  const roles: StaffRole[] = [...new Set([...claimed, ...assigned])].filter(
    (role) => agencyId !== null || !AGENCY_ROLES.includes(role),
  );
  return {
    kind: 'user',
    sessionId: session.id,
    subject: session.subject,
    personalCode: session.personalCode,
    givenName: session.claims.givenName,
    familyName: session.claims.familyName,
    assurance: session.claims.assurance,
    roles,
    agencyId,
    // Only parties this person acts for; sign-in already filters, this keeps it true of old rows.
    representations: parseRepresentationClaims(session.claims.representations).valid.filter(
      (representation) => representation.personalCode === session.personalCode,
    ),
    scopes: scopesForRoles(roles),
  };
}
