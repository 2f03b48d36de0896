import { describe, expect, it } from 'vitest';
import { createWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature.ts';

describe('Standard Webhooks signatures', () => {
  it("matches the specification's own test vector", () => {
    const headers = signWebhook({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: new Date(1614265330 * 1000),
      body: '{"test": 2432232314}',
      secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    });
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('signs with both secrets during rotation, so receivers with either verify', () => {
    const oldSecret = createWebhookSecret();
    const newSecret = createWebhookSecret();
    const body = JSON.stringify({ reference: 'EF-AAAA-BBBB-CCCC' });
    const headers = signWebhook({
      id: 'msg_1',
      timestamp: new Date(),
      body,
      secrets: [oldSecret, newSecret],
    });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifyWebhook(body, { ...headers }, oldSecret)).toEqual({ reference: 'EF-AAAA-BBBB-CCCC' });
    expect(verifyWebhook(body, { ...headers }, newSecret)).toEqual({ reference: 'EF-AAAA-BBBB-CCCC' });
  });

  it('a tampered body or a foreign secret does not verify', () => {
    const secret = createWebhookSecret();
    const headers = signWebhook({ id: 'msg_2', timestamp: new Date(), body: '{"a":1}', secrets: [secret] });
    expect(() => verifyWebhook('{"a":2}', { ...headers }, secret)).toThrow();
    expect(() => verifyWebhook('{"a":1}', { ...headers }, createWebhookSecret())).toThrow();
  });

  it('creates secrets in the whsec_ form with 24 random bytes', () => {
    const secret = createWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(createWebhookSecret()).not.toBe(secret);
  });
});
