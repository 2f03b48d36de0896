/**
 * Builders for repository records in storage tests: valid by default, overridable per test.
 * The definition is local on purpose: storage only needs a well-typed ServiceDefinition, not a
 * realistic form (schema/ owns those builders).
 */
import { randomUUID } from 'node:crypto';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import type { AgencyRecord, ApiKeyRecord, ServiceRecord, SubmissionRecord } from '../repository.ts';

export const T0 = '2026-01-02T03:04:05.678Z';

export function buildTestDefinition(code: string, agency: string, title = 'Atļauja'): ServiceDefinition {
  return {
    modelVersion: 1,
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
    createdAt: T0,
    ...overrides,
  };
}
