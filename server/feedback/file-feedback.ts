/**
 * A signed-in person files a suggestion, complaint or question (issue 7, P13) about a service or
 * about the platform itself. It is routed to the agency that owns the service, or to the platform
 * operator (the agency named by PLATFORM_OPERATOR_AGENCY), gets a reference such as
 * `FB-7K3M-9QXP-2HDT`, and starts its history with "submitted".
 */
import { randomUUID } from 'node:crypto';
import { FEEDBACK_LIMITS, type FeedbackKind } from '../../schema/feedback/feedback-model.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import type { UserPrincipal } from '../auth/principal.ts';
import { checkRepresentation, type OnBehalfOf } from '../auth/submission-identity.ts';
import type { RepresentationDirectory } from '../identity/representation-directory.ts';
import { createReferenceNumber } from '../intake/reference-number.ts';
import { hashRequest } from '../intake/request-hash.ts';
import type { FeedbackRecord } from '../storage/feedback-records.ts';
import { requirePlainText } from './plain-text-input.ts';

export interface FeedbackInput {
  kind: FeedbackKind;
  /** The service it is about; absent or null: the platform itself. */
  serviceCode?: string | null;
  subject: string;
  body: string;
  onBehalfOf?: OnBehalfOf;
}

/** The agency that answers: the service's owner, or the configured platform operator. */
async function routeTo(deps: AppDeps, serviceCode: string | null): Promise<string> {
  if (serviceCode !== null) {
    const service = await deps.repo.services.get(serviceCode);
    // Only services people can see (published or retired) take feedback; a draft is unknown.
    if (!service || service.latestVersion === null) {
      throw new ApiError(422, 'service_not_found', `There is no service with the code "${serviceCode}".`, [
        { code: 'service_not_found', path: '/serviceCode', message: 'No such service.' },
      ]);
    }
    return service.agencyId;
  }
  const code = deps.config.platformOperatorAgency;
  const operator = code ? await deps.repo.agencies.getByCode(code) : null;
  if (!operator) {
    throw new ApiError(
      422,
      'platform_feedback_unavailable',
      'Feedback about the platform itself cannot be received here yet; choose the service it is about.',
    );
  }
  return operator.id;
}

export async function fileFeedback(
  deps: AppDeps,
  person: UserPrincipal,
  input: FeedbackInput,
  directory: RepresentationDirectory,
  idempotencyKey: string | null,
): Promise<{ created: boolean; record: FeedbackRecord }> {
  const subject = requirePlainText(input.subject, FEEDBACK_LIMITS.subjectMaxChars, '/subject');
  const body = requirePlainText(input.body, FEEDBACK_LIMITS.bodyMaxChars, '/body');
  const serviceCode = input.serviceCode ?? null;
  const agencyId = await routeTo(deps, serviceCode);
  const now = deps.clock().toISOString();
  const represented = input.onBehalfOf
    ? checkRepresentation(person, input.onBehalfOf, {
        serviceCode: serviceCode ?? '',
        directory,
        today: now.slice(0, 10),
      })
    : null;
  const record: FeedbackRecord = {
    id: randomUUID(),
    reference: createReferenceNumber(deps.randomBytes, 'FB'),
    kind: input.kind,
    agencyId,
    serviceCode,
    subject,
    body,
    authorSubject: person.subject,
    authorPersonalCode: person.personalCode,
    authorName: `${person.givenName} ${person.familyName}`.trim(),
    represented,
    status: 'submitted',
    lastSequence: 1,
    final: false,
    idempotencyKey,
    requestHash: idempotencyKey
      ? hashRequest({ kind: input.kind, serviceCode, subject, body, onBehalfOf: input.onBehalfOf ?? null })
      : null,
    createdAt: now,
    updatedAt: now,
  };
  const result = await deps.repo.feedback.file(record);
  if (!result.ok) {
    throw new ApiError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used for different feedback. Use a new key for new feedback.',
    );
  }
  return { created: result.created, record: result.record };
}
