import { describe, expect, it } from 'vitest';
import { acceptsEncoding } from './accepts-encoding.ts';

describe('acceptsEncoding', () => {
  it('takes an encoding the client names, and refuses one it gives a quality of 0', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding('gzip, deflate, br', 'gzip')).toBe(true);
    expect(acceptsEncoding('br;q=0, gzip;q=0.5', 'br')).toBe(false);
    expect(acceptsEncoding('br;q=0, gzip;q=0.5', 'gzip')).toBe(true);
    expect(acceptsEncoding('GZIP', 'gzip')).toBe(true);
  });

  it('takes what `*` covers unless it is refused by name, and nothing without a header', () => {
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('br;q=0, *', 'br')).toBe(false);
    expect(acceptsEncoding('identity', 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
    expect(acceptsEncoding('', 'gzip')).toBe(false);
  });
});
