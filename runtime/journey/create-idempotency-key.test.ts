import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from './create-idempotency-key.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdempotencyKey', () => {
  it('makes distinct v4 UUIDs', () => {
    const a = createIdempotencyKey();
    expect(a).toMatch(UUID_V4);
    expect(createIdempotencyKey()).not.toBe(a);
  });

  it('builds a v4 UUID without randomUUID (plain-HTTP pages)', () => {
    const onlyRandomValues = {
      getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array),
    };
    expect(createIdempotencyKey(onlyRandomValues)).toMatch(UUID_V4);
  });
});
