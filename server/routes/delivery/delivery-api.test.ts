/**
 * The delivery API through the real app (in-memory SQLite): webhook endpoints with the SSRF
 * guard, tenancy (another agency's things answer 404), scopes (403), malformed input (400/422),
 * delivery status, failed messages and replay, the pull API with acknowledgement, and the
 * e-address simulator's mailbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeliveryConfig, LOOPBACK_OUTBOUND } from '../../delivery/delivery-config.ts';
import type { DeliveryListener } from '../../delivery/delivery-listener.ts';
import { createEAddressSimulator } from '../../delivery/e-address/e-address-simulator.ts';
import { buildSubmission } from '../../storage/testing/build-test-records.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';

let t: TestApp;
let strict: TestApp;
const received: Parameters<DeliveryListener['delivered']>[0][] = [];

beforeAll(async () => {
  t = await buildTestApp({
    config: { delivery: buildDeliveryConfig({ outbound: LOOPBACK_OUTBOUND }) },
    deliveryListener: {
      async delivered(e) {
        received.push(e);
      },
    },
  });
  // Plain http allowed, but no allow-list: what a platform without local receivers looks like.
  strict = await buildTestApp({
    config: { delivery: buildDeliveryConfig({ outbound: { allowHttp: true, allowList: [] } }) },
  });
});
afterAll(async () => {
  await t.close();
  await strict.close();
});

async function demoSubmission(app: TestApp, agencyCode = 'demo-agency') {
  const agency = (await app.repo.agencies.getByCode(agencyCode))!;
  const services = await app.repo.services.listByAgency(agency.id);
  const published = services.find((s) => s.latestVersion !== null);
  if (published) {
    const record = buildSubmission(
      { code: published.code, agencyId: agency.id },
      { createdAt: new Date().toISOString() },
    );
    await app.repo.submissions.insert(record);
    return record;
  }
  throw new Error(`no published service for ${agencyCode}`);
}

async function registerEndpoint(app = t, url = 'http://127.0.0.1:9/hook') {
  const res = await app.request('/api/webhook-endpoints', {
    method: 'POST',
    key: app.keys.agency,
    json: { url },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { endpoint: { id: string; url: string }; secret: string };
}

describe('webhook endpoints', () => {
  it('registers an endpoint, returns its secret once and keeps it only encrypted', async () => {
    const { endpoint, secret } = await registerEndpoint();
    expect(secret).toMatch(/^whsec_/);
    const stored = await t.repo.delivery.getEndpoint(endpoint.id);
    expect(stored!.secretCiphertext).not.toContain(secret.slice(6));
    const listed = await (await t.request('/api/webhook-endpoints', { key: t.keys.agency })).json();
    expect(listed.endpoints.map((e: { id: string }) => e.id)).toContain(endpoint.id);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const one = await (
      await t.request(`/api/webhook-endpoints/${endpoint.id}`, { key: t.keys.agency })
    ).json();
    expect(one).toMatchObject({ id: endpoint.id, state: 'active', services: null, secretRotatedUntil: null });
  });

  it.each([
    'http://169.254.169.254/latest/meta-data',
    'http://0x7f000001/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/',
    'http://10.0.0.7/hook',
  ])('refuses %s with address_not_allowed when loopback is not allowed', async (url) => {
    const res = await strict.request('/api/webhook-endpoints', {
      method: 'POST',
      key: strict.keys.agency,
      json: { url },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('address_not_allowed');
    expect(
      await strict.repo.delivery.listEndpoints((await strict.repo.agencies.getByCode('demo-agency'))!.id),
    ).toEqual([]);
  });

  it('refuses other malformed or unsafe URLs with their own codes', async () => {
    const post = (url: unknown) =>
      t.request('/api/webhook-endpoints', { method: 'POST', key: t.keys.agency, json: { url } });
    expect((await (await post('not a url')).json()).error.code).toBe('invalid_url');
    expect((await (await post('ftp://127.0.0.1/')).json()).error.code).toBe('scheme_not_allowed');
    expect((await (await post('http://user:pw@127.0.0.1/')).json()).error.code).toBe('credentials_in_url');
    // A body of the wrong shape is 422 (the house rule: bad path or query values are 400).
    expect((await post(42)).status).toBe(422);
    const extra = await t.request('/api/webhook-endpoints', {
      method: 'POST',
      key: t.keys.agency,
      json: { url: 'http://127.0.0.1/', secret: 'mine' },
    });
    expect(extra.status).toBe(422);
  });

  it("answers 404 for another agency's endpoint, whatever the method", async () => {
    const { endpoint } = await registerEndpoint();
    const other = t.keys.otherAgency;
    expect((await t.request(`/api/webhook-endpoints/${endpoint.id}`, { key: other })).status).toBe(404);
    const patch = await t.request(`/api/webhook-endpoints/${endpoint.id}`, {
      method: 'PATCH',
      key: other,
      json: { enabled: false },
    });
    expect(patch.status).toBe(404);
    expect((await patch.json()).error.code).toBe('endpoint_not_found');
    expect(
      (await t.request(`/api/webhook-endpoints/${endpoint.id}`, { method: 'DELETE', key: other })).status,
    ).toBe(404);
    expect(
      (await t.request(`/api/webhook-endpoints/${endpoint.id}/rotate-secret`, { method: 'POST', key: other }))
        .status,
    ).toBe(404);
    expect((await t.repo.delivery.getEndpoint(endpoint.id))!.state).toBe('active');
  });

  it('needs the deliveries:manage scope (403) and an agency (platform key: 403)', async () => {
    const created = await t.request('/api/agencies/demo-agency/api-keys', {
      method: 'POST',
      key: t.keys.agency,
      json: { name: 'reader', scopes: ['submissions:read'] },
    });
    const { token } = await created.json();
    const res = await t.request('/api/webhook-endpoints', { key: token });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
    expect((await t.request('/api/webhook-endpoints')).status).toBe(401);
    const worker = await t.sessionFor({ roles: ['case-worker'], agency: 'demo-agency' });
    expect((await t.request('/api/webhook-endpoints', { session: worker })).status).toBe(403);
  });

  it("lets the agency administrator's session manage endpoints, within the agency only", async () => {
    const admin = await t.sessionFor({ roles: ['agency-admin'], agency: 'demo-agency' });
    const created = await t.request('/api/webhook-endpoints', {
      method: 'POST',
      session: admin,
      json: { url: 'http://127.0.0.1:9/staff' },
    });
    expect(created.status).toBe(201);
    const { endpoint } = await created.json();
    const otherAdmin = await t.sessionFor({ roles: ['agency-admin'], agency: 'other-agency' });
    expect((await t.request(`/api/webhook-endpoints/${endpoint.id}`, { session: otherAdmin })).status).toBe(
      404,
    );
  });

  it('changes, disables, re-enables and deletes an endpoint', async () => {
    const { endpoint } = await registerEndpoint();
    const patch = (json: unknown) =>
      t.request(`/api/webhook-endpoints/${endpoint.id}`, { method: 'PATCH', key: t.keys.agency, json });
    const changed = await (
      await patch({ description: 'Case system', services: ['declaration-of-residence'] })
    ).json();
    expect(changed).toMatchObject({ description: 'Case system', services: ['declaration-of-residence'] });
    expect(await (await patch({ enabled: false })).json()).toMatchObject({
      state: 'disabled',
      disabledReason: 'manual',
    });
    expect(await (await patch({ enabled: true })).json()).toMatchObject({
      state: 'active',
      disabledReason: null,
    });
    expect((await patch({ url: 'http://169.254.169.254/' })).status).toBe(422);
    expect((await patch({ enabled: 'yes' })).status).toBe(422);
    const removed = await t.request(`/api/webhook-endpoints/${endpoint.id}`, {
      method: 'DELETE',
      key: t.keys.agency,
    });
    expect(removed.status).toBe(204);
    expect((await t.request(`/api/webhook-endpoints/${endpoint.id}`, { key: t.keys.agency })).status).toBe(
      404,
    );
  });

  it('rotates the secret: the new one is returned once and the old one stays valid for a while', async () => {
    const { endpoint, secret } = await registerEndpoint();
    const res = await t.request(`/api/webhook-endpoints/${endpoint.id}/rotate-secret`, {
      method: 'POST',
      key: t.keys.agency,
    });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(secret);
    const view = await (
      await t.request(`/api/webhook-endpoints/${endpoint.id}`, { key: t.keys.agency })
    ).json();
    expect(view.secretRotatedUntil).toBe(body.previousSecretValidUntil);
  });
});

describe('delivery status, failed messages and replay', () => {
  it("shows a submission's deliveries, and 404 to another agency", async () => {
    const { endpoint } = await registerEndpoint();
    const submission = await demoSubmission(t);
    const res = await t.request(`/api/submissions/${submission.reference}/deliveries`, {
      key: t.keys.agency,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.acknowledgedAt).toBeNull();
    const mine = body.deliveries.find((d: { endpointId: string }) => d.endpointId === endpoint.id);
    expect(mine).toMatchObject({ channel: 'webhook', state: 'pending', attempts: 0, attemptLog: [] });
    expect(mine.messageId).toMatch(/^msg_/);
    const foreign = await t.request(`/api/submissions/${submission.reference}/deliveries`, {
      key: t.keys.otherAgency,
    });
    expect(foreign.status).toBe(404);
  });

  it('lists failed messages and replays one by message id or all since a time', async () => {
    const { endpoint } = await registerEndpoint();
    const submission = await demoSubmission(t);
    await t.request(`/api/webhook-endpoints/${endpoint.id}`, {
      method: 'PATCH',
      key: t.keys.agency,
      json: { enabled: false },
    });
    const failed = await (await t.request('/api/deliveries/failed', { key: t.keys.agency })).json();
    const message = failed.deliveries.find((d: { endpointId: string }) => d.endpointId === endpoint.id);
    expect(message).toMatchObject({ state: 'disabled', reference: submission.reference });
    expect(
      (await (await t.request('/api/deliveries/failed', { key: t.keys.otherAgency })).json()).deliveries,
    ).toEqual([]);

    const replay = (key: string, json: unknown) =>
      t.request('/api/deliveries/replay', { method: 'POST', key, json });
    expect((await replay(t.keys.otherAgency, { messageId: message.messageId })).status).toBe(404);
    expect((await replay(t.keys.agency, {})).status).toBe(422);
    expect((await replay(t.keys.agency, { since: 'yesterday' })).status).toBe(422);
    expect((await t.request('/api/deliveries/failed?since=yesterday', { key: t.keys.agency })).status).toBe(
      400,
    );
    const one = await replay(t.keys.agency, { messageId: message.messageId });
    expect(one.status).toBe(202);
    expect(await one.json()).toEqual({ replayed: 1 });
    const job = await t.repo.delivery.getJobByMessageId(message.messageId);
    expect(job).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await (await replay(t.keys.agency, { since: '2000-01-01T00:00:00Z' })).json()).toMatchObject({
      replayed: expect.any(Number),
    });
  });
});

describe('pull API', () => {
  it('lists new submissions, acknowledges once (idempotent) and tells the listener once', async () => {
    const submission = await demoSubmission(t);
    const list = async () =>
      (
        (await (await t.request('/api/pull/submissions?limit=500', { key: t.keys.agency })).json()) as {
          submissions: Array<{ reference: string }>;
        }
      ).submissions.map((s) => s.reference);
    expect(await list()).toContain(submission.reference);
    const ack = () =>
      t.request(`/api/pull/submissions/${submission.reference}/ack`, { method: 'POST', key: t.keys.agency });
    const first = await ack();
    expect(first.status).toBe(200);
    const { acknowledgedAt } = await first.json();
    t.setNow('2026-11-26T11:00:00.000Z');
    expect(await (await ack()).json()).toEqual({ reference: submission.reference, acknowledgedAt });
    expect(await list()).not.toContain(submission.reference);
    expect(received.filter((e) => e.reference === submission.reference)).toEqual([
      { submissionId: submission.id, reference: submission.reference, channel: 'pull', at: acknowledgedAt },
    ]);
    const one = await (
      await t.request(`/api/pull/submissions/${submission.reference}`, { key: t.keys.agency })
    ).json();
    expect(one).toMatchObject({ reference: submission.reference, acknowledgedAt });
  });

  it("answers 404 for another agency's submission and 403 without submissions:read", async () => {
    const submission = await demoSubmission(t);
    const foreign = await t.request(`/api/pull/submissions/${submission.reference}/ack`, {
      method: 'POST',
      key: t.keys.otherAgency,
    });
    expect(foreign.status).toBe(404);
    expect(await t.repo.delivery.getAcknowledgement(submission.id)).toBeNull();
    expect(
      (await t.request(`/api/pull/submissions/${submission.reference}`, { key: t.keys.otherAgency })).status,
    ).toBe(404);
    expect((await t.request('/api/pull/submissions?limit=0', { key: t.keys.agency })).status).toBe(400);
    const created = await t.request('/api/agencies/demo-agency/api-keys', {
      method: 'POST',
      key: t.keys.agency,
      json: { name: 'hooks only', scopes: ['deliveries:manage'] },
    });
    const { token } = await created.json();
    expect((await t.request('/api/pull/submissions', { key: token })).status).toBe(403);
  });
});

describe('e-address simulator mailbox', () => {
  it("shows the agency's documents and lets it answer; another agency sees and answers none", async () => {
    const agency = (await t.repo.agencies.getByCode('demo-agency'))!;
    const simulator = createEAddressSimulator(t.repo.delivery, () => new Date());
    await simulator.send({
      messageId: 'msg_simtest',
      sender: '_DEFAULT@90000000000',
      recipient: `_DEFAULT@${agency.registrationNumber}`,
      senderReference: 'EF-TEST-TEST-TEST',
      title: 'Pieteikums EF-TEST-TEST-TEST',
      author: 'E-formu platforma',
      date: '2026-11-26',
      kind: 'application',
      body: { reference: 'EF-TEST-TEST-TEST' },
      attachments: [{ name: 'a.txt', mediaType: 'text/plain', content: Buffer.from('abc') }],
    });
    const box = await (await t.request('/api/e-address-simulator/messages', { key: t.keys.agency })).json();
    expect(box.address).toBe(`_DEFAULT@${agency.registrationNumber}`);
    const [doc] = box.messages;
    expect(doc).toMatchObject({
      id: 'msg_simtest',
      direction: 'outgoing',
      senderReference: 'EF-TEST-TEST-TEST',
    });
    expect(doc.attachments[0].sha512).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(
      (await (await t.request('/api/e-address-simulator/messages', { key: t.keys.otherAgency })).json())
        .messages,
    ).toEqual([]);
    const answer = (key: string) =>
      t.request('/api/e-address-simulator/messages/msg_simtest/reply', {
        method: 'POST',
        key,
        json: { title: 'Papildu informācija', text: 'Lūdzu, pievienojiet izziņu.' },
      });
    expect((await answer(t.keys.otherAgency)).status).toBe(404);
    const res = await answer(t.keys.agency);
    expect(res.status).toBe(201);
    const [incoming] = await simulator.pollIncoming('_DEFAULT@90000000000', 10);
    expect(incoming).toMatchObject({
      inReplyTo: 'msg_simtest',
      kind: 'reply',
      body: { text: 'Lūdzu, pievienojiet izziņu.' },
    });
    await simulator.acknowledge(incoming!.messageId);
    expect(await simulator.pollIncoming('_DEFAULT@90000000000', 10)).toEqual([]);
  });
});
