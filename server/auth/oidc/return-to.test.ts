import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/services/declaration-of-residence/apply', '/services/declaration-of-residence/apply'],
    [
      '/services/permit/apply?version=2&city=R%C4%ABga&x=1',
      '/services/permit/apply?version=2&city=R%C4%ABga&x=1',
    ],
    ['/services/permit?a=1#step-2', '/services/permit?a=1#step-2'],
    ['/', '/'],
    ['/services/permit?name=Jānis', '/services/permit?name=J%C4%81nis'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  it.each([
    ['nothing', undefined],
    ['empty', ''],
    ['absolute https URL', 'https://evil.example/services'],
    ['scheme-relative', '//evil.example/path'],
    ['triple slash', '///evil.example'],
    ['backslash after slash', '/\\evil.example'],
    ['backslashes', '/\\/evil.example'],
    ['tab that the URL parser drops', '/\t/evil.example'],
    ['newline', '/services\n/x'],
    ['carriage return in the query', '/services?a=1\r\nSet-Cookie:x=1'],
    ['NUL', '/services\u0000'],
    ['space', '/ /evil.example'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['data scheme', 'data:text/html,<script>alert(1)</script>'],
    ['relative without slash', 'services/permit'],
    ['userinfo trick', 'https://eforms.gov.lv@evil.example/'],
    ['sign-in route (loop)', '/auth/login?returnTo=/x'],
    ['callback', '/auth/callback?code=1'],
    ['too long', `/${'a'.repeat(3000)}`],
  ])('refuses %s and lands on /', (_label, input) => {
    expect(safeReturnTo(input)).toBe('/');
  });

  it('keeps dot segments on this origin only', () => {
    expect(safeReturnTo('/services/../builder')).toBe('/builder');
    expect(safeReturnTo('/../../evil.example')).toBe('/evil.example');
  });
});
