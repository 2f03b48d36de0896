import { describe, expect, it } from 'vitest';
import { buildJob } from '../storage/outbox-jobs.ts';
import { buildSubmission } from '../storage/testing/build-test-records.ts';
import { buildDeliveryPayload } from './delivery-payload.ts';

const service = { code: 'parking-permit', agencyId: 'agency-1' };

describe('delivery payload', () => {
  it('carries reference, definition version, data, and the applicant as subject and actor', () => {
    const submission = buildSubmission(service, {
      version: 3,
      data: { fullName: 'Anna' },
      applicantSubject: 'PNOLV-161175-19997',
      applicantPersonalCode: '161175-19997',
      applicantName: 'Anna Bērziņa',
    });
    const job = buildJob({
      ...submission,
      submissionId: submission.id,
      channel: 'webhook',
      endpointId: 'e1',
      eventType: 'submission.created',
      payload: null,
      at: submission.createdAt,
    });
    const actor = {
      kind: 'person',
      code: '161175-19997',
      name: 'Anna Bērziņa',
      subject: 'PNOLV-161175-19997',
    };
    expect(buildDeliveryPayload(job, submission)).toEqual({
      type: 'submission.created',
      timestamp: submission.createdAt,
      data: {
        reference: submission.reference,
        serviceCode: 'parking-permit',
        definitionVersion: 3,
        submittedAt: submission.createdAt,
        data: { fullName: 'Anna' },
        subject: actor,
        actor,
      },
    });
  });

  it('names the represented company as the subject, and leaves people out of anonymous submissions', () => {
    const company = { kind: 'company' as const, code: '40003000000', role: 'board member' };
    const onBehalf = buildSubmission(service, {
      applicantPersonalCode: '161175-19997',
      represented: company,
    });
    const job = buildJob({
      submissionId: onBehalf.id,
      agencyId: 'agency-1',
      channel: 'webhook',
      endpointId: 'e1',
      eventType: 'submission.created',
      payload: null,
      at: onBehalf.createdAt,
    });
    expect(buildDeliveryPayload(job, onBehalf).data).toMatchObject({
      subject: company,
      actor: { code: '161175-19997' },
    });
    const anonymous = buildDeliveryPayload(job, buildSubmission(service));
    expect(anonymous.data).not.toHaveProperty('subject');
    expect(anonymous.data).not.toHaveProperty('actor');
  });

  it('is the same bytes on every retry: nothing in it depends on when it is sent', () => {
    const submission = buildSubmission(service);
    const job = buildJob({
      submissionId: submission.id,
      agencyId: 'agency-1',
      channel: 'webhook',
      endpointId: 'e1',
      eventType: 'submission.created',
      payload: null,
      at: submission.createdAt,
    });
    expect(JSON.stringify(buildDeliveryPayload(job, submission))).toBe(
      JSON.stringify(buildDeliveryPayload({ ...job, attempts: 5 }, submission)),
    );
  });
});
