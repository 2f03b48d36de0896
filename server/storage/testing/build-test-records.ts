/**
 * Builders for repository records in storage tests: valid by default, overridable per test.
 * The definition is local on purpose: storage only needs a well-typed ServiceDefinition, not a
 * realistic form (schema/ owns those builders).
 */
import { randomUUID } from 'node:crypto';
import { emptyRegister } from '../../../schema/register/service-register.ts';
import { MODEL_VERSION, type ServiceDefinition } from '../../../schema/service-definition.ts';
import type {
  AgencyRecord,
  ApiKeyRecord,
  LoginAttemptRecord,
  ServiceRecord,
  SessionRecord,
  SubmissionRecord,
} from '../repository.ts';

export const T0 = '2026-01-02T03:04:05.678Z';

export function buildTestDefinition(code: string, agency: string, title = 'Atļauja'): ServiceDefinition {
  return {
    modelVersion: MODEL_VERSION,
    code,
    version: 1,
    agency,
    state: 'draft',
    title: { lv: title, en: 'Permit' },
    description: { lv: 'Pieteikums', en: 'Application' },
    form: {
      schema: { type: 'object', properties: { name: { type: 'string', title: 'Vārds' } } },
      uiSchema: {},
      steps: [],
      translations: {},
    },
    settings: {
      access: { who: 'anyone', assurance: 'low' },
      prefill: [],
      targetProcessingTime: 'P10D',
      delivery: [],
    },
    register: emptyRegister(),
  };
}

export function buildAgency(code: string, overrides: Partial<AgencyRecord> = {}): AgencyRecord {
  return {
    id: randomUUID(),
    code,
    name: { lv: `Iestāde ${code}`, en: `Agency ${code}` },
    registrationNumber: '90000012345',
    createdAt: T0,
    ...overrides,
  };
}

export function buildApiKey(
  agencyId: string | null,
  prefix: string,
  overrides: Partial<ApiKeyRecord> = {},
): ApiKeyRecord {
  return {
    id: randomUUID(),
    agencyId,
    name: `key ${prefix}`,
    prefix,
    secretHash: 'ab'.repeat(32),
    scopes: agencyId === null ? ['platform:admin'] : ['services:write', 'submissions:read'],
    createdAt: T0,
    revokedAt: null,
    ...overrides,
  };
}

export function buildService(
  agency: AgencyRecord,
  code: string,
  overrides: Partial<ServiceRecord> = {},
): ServiceRecord {
  return {
    code,
    agencyId: agency.id,
    status: 'draft',
    draft: buildTestDefinition(code, agency.code),
    draftRevision: 1,
    latestVersion: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function buildSubmission(
  service: { code: string; agencyId: string },
  overrides: Partial<SubmissionRecord> = {},
): SubmissionRecord {
  const id = randomUUID();
  return {
    id,
    reference: `EF-${id.toUpperCase()}`,
    serviceCode: service.code,
    version: 1,
    agencyId: service.agencyId,
    data: { name: 'Jānis' },
    idempotencyKey: null,
    requestHash: null,
    applicantSubject: null,
    applicantPersonalCode: null,
    applicantName: null,
    represented: null,
    createdAt: T0,
    ...overrides,
  };
}

export function buildSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: randomUUID().replaceAll('-', ''),
    portal: 'central',
    subject: 'PNOLV-161175-19997',
    personalCode: '161175-19997',
    claims: {
      givenName: 'Jānis',
      familyName: 'Bērziņš',
      assurance: 'high',
      roles: [],
      agencyCode: null,
      representations: ['PK:161175-19997-UR:40003032949'],
    },
    agencyId: null,
    idToken: 'eyJhbGciOiJSUzI1NiJ9.e30.sig',
    csrfToken: 'csrf-token',
    createdAt: T0,
    lastSeenAt: T0,
    idleExpiresAt: '2026-01-02T03:24:05.678Z',
    absoluteExpiresAt: '2026-01-02T15:04:05.678Z',
    ...overrides,
  };
}

export function buildLoginAttempt(overrides: Partial<LoginAttemptRecord> = {}): LoginAttemptRecord {
  return {
    stateHash: randomUUID(),
    portal: 'central',
    nonce: 'nonce-1',
    codeVerifier: 'verifier-1',
    returnTo: '/services/x/apply?a=1',
    createdAt: T0,
    expiresAt: '2026-01-02T03:14:05.678Z',
    ...overrides,
  };
}
