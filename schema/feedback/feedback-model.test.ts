import { describe, expect, it } from 'vitest';
import { checkPlainText } from './feedback-model.ts';

describe('checkPlainText', () => {
  it('trims, keeps line breaks and drops control characters', () => {
    expect(checkPlainText('  The form\r\nis slow\u0007  ', 100)).toEqual({
      ok: true,
      text: 'The form\nis slow',
    });
  });

  it('refuses empty, too long and markup, but not a lone angle bracket', () => {
    expect(checkPlainText('   ', 10)).toEqual({ ok: false, problem: 'required' });
    expect(checkPlainText('x'.repeat(11), 10)).toEqual({ ok: false, problem: 'too_long' });
    expect(checkPlainText('see <a href="x">here</a>', 100)).toEqual({
      ok: false,
      problem: 'markup_not_allowed',
    });
    expect(checkPlainText('<script>alert(1)</script>', 100)).toMatchObject({ ok: false });
    expect(checkPlainText('fee < 5 EUR and > 2 EUR', 100)).toEqual({
      ok: true,
      text: 'fee < 5 EUR and > 2 EUR',
    });
  });
});
