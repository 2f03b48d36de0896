import type { AssuranceLevel, IdentityClaim, ServiceDefinition } from '../../schema/service-definition.ts';
import { ASSURANCE_LEVELS } from '../../schema/service-definition.ts';
import { ApiError } from '../app/api-error.ts';
import type { RepresentationDirectory } from '../identity/representation-directory.ts';
import type { RepresentedParty } from '../storage/represented-party.ts';
import type { Principal, UserPrincipal } from './principal.ts';

/** The party a form was filled for, as the browser names it: a company or a grantor. */
export interface OnBehalfOf {
  kind: 'company' | 'person';
  /** Registration number (company) or personal code of the grantor (person). */
  code: string;
}

export interface SubmissionIdentity {
  /** The signed-in person who submits (the actor), or null for anonymous and API-key callers. */
  applicant: UserPrincipal | null;
  /** On whose behalf, or null when for themselves. */
  represented: RepresentedParty | null;
}

const digits = (code: string) => code.replace(/-/g, '');

/** The identity claims a session holds; e-mail and phone are not kept, so they are not enforced. */
function claimValue(principal: UserPrincipal, claim: IdentityClaim): string | undefined {
  switch (claim) {
    case 'personal_code':
      return principal.personalCode;
    case 'given_name':
      return principal.givenName;
    case 'family_name':
      return principal.familyName;
    default:
      return undefined;
  }
}

function sameClaim(claim: IdentityClaim, submitted: unknown, expected: string): boolean {
  if (typeof submitted !== 'string') return false;
  // Both ways of writing a personal code (with or without the hyphen) are the same code.
  return claim === 'personal_code' ? digits(submitted) === digits(expected) : submitted === expected;
}

/**
 * Who may submit this service, as its definition's `settings.access` and `settings.prefill` say
 * (issue 5), checked on the server whatever the browser showed:
 * - `signed-in` and `company-representatives` refuse callers without a session (401
 *   sign_in_required), and a sign-in weaker than `access.assurance` (403 assurance_too_low);
 * - a field prefilled from an identity claim must hold exactly the session's claim (422
 *   prefill_mismatch, the issue's path names the field): the citizen cannot edit their own
 *   personal code into someone else's;
 * - acting on behalf: the party must be one the session's claims carry (403
 *   representation_not_held, so a forged company number gets nowhere), a power of attorney must
 *   cover this service today (403 mandate_out_of_scope), and a service for company
 *   representatives needs a company (403 company_representation_required).
 *
 * @example checkSubmissionIdentity({ definition, principal: null, data, onBehalfOf: null, directory, today })
 *   // throws 401 sign_in_required when definition.settings.access.who is 'signed-in'
 */
export function checkSubmissionIdentity(input: {
  definition: Pick<ServiceDefinition, 'code' | 'settings'>;
  principal: Principal | null;
  data: Record<string, unknown>;
  onBehalfOf: OnBehalfOf | null;
  directory: RepresentationDirectory;
  /** ISO date (YYYY-MM-DD) for mandate periods. */
  today: string;
}): SubmissionIdentity {
  const { definition, data, onBehalfOf } = input;
  const { access, prefill } = definition.settings;
  const person = input.principal?.kind === 'user' ? input.principal : null;
  if (!person && (access.who !== 'anyone' || onBehalfOf)) {
    throw new ApiError(401, 'sign_in_required', 'Sign in to submit this form.');
  }
  if (person && access.who !== 'anyone' && rank(person.assurance) < rank(access.assurance)) {
    throw new ApiError(
      403,
      'assurance_too_low',
      `This service needs a sign-in of at least "${access.assurance}" assurance; sign in with a stronger means (e.g. eID card or Smart-ID).`,
    );
  }
  if (person) {
    const issues = prefill.flatMap((rule) => {
      if (rule.source.kind !== 'claim') return [];
      const expected = claimValue(person, rule.source.claim);
      if (expected === undefined || sameClaim(rule.source.claim, data[rule.field], expected)) return [];
      return [
        {
          code: 'prefill_mismatch',
          path: `/${rule.field}`,
          message: 'This answer comes from your sign-in and cannot be changed.',
        },
      ];
    });
    if (issues.length > 0) {
      throw new ApiError(422, 'prefill_mismatch', 'An answer taken from your sign-in was changed.', issues);
    }
  }
  const represented =
    person && onBehalfOf
      ? checkRepresentation(person, onBehalfOf, { ...input, serviceCode: definition.code })
      : null;
  if (access.who === 'company-representatives' && represented?.kind !== 'company') {
    throw new ApiError(
      403,
      'company_representation_required',
      'Only a representative of a company may apply; choose the company you act for.',
    );
  }
  return { applicant: person, represented };
}

/**
 * The party a signed-in person acts for, checked against the session's claims and the registers
 * (403 representation_not_held, 403 mandate_out_of_scope). Also used for feedback (issue 7), where
 * `serviceCode` is empty for feedback about the platform (a mandate limited to services does not
 * cover it).
 */
export function checkRepresentation(
  person: UserPrincipal,
  onBehalfOf: OnBehalfOf,
  input: { serviceCode: string; directory: RepresentationDirectory; today: string },
): RepresentedParty {
  const held = person.representations.find((r) =>
    onBehalfOf.kind === 'company'
      ? r.kind === 'company' && r.registrationNumber === onBehalfOf.code
      : r.kind === 'person' && digits(r.grantorPersonalCode) === digits(onBehalfOf.code),
  );
  if (!held) {
    throw new ApiError(
      403,
      'representation_not_held',
      'Your sign-in does not show that you may act for this party.',
    );
  }
  const lookup = input.directory.lookUp(held, input.serviceCode, input.today);
  if (!lookup.ok) {
    throw new ApiError(
      403,
      'mandate_out_of_scope',
      lookup.reason === 'out-of-scope'
        ? 'Your power of attorney does not cover this service.'
        : 'Your power of attorney is not valid today.',
    );
  }
  return lookup.party;
}

function rank(level: AssuranceLevel): number {
  return ASSURANCE_LEVELS.indexOf(level);
}
