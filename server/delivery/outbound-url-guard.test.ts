import { describe, expect, it } from 'vitest';
import {
  checkOutboundUrl,
  checkUrlSyntax,
  forbiddenAddressReason,
  type Lookup,
} from './outbound-url-guard.ts';

const STRICT = { allowHttp: false, allowList: [] };
const DEV = { allowHttp: true, allowList: ['127.0.0.0/8', '::1/128'] };
const resolvesTo =
  (...addresses: string[]): Lookup =>
  (_host, _options, callback) =>
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );

describe('outbound URL guard (SSRF)', () => {
  it.each([
    'https://169.254.169.254/latest/meta-data',
    'https://0x7f000001/',
    'https://2130706433/',
    'https://0177.0.0.1/',
    'https://127.1/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::1]/',
    'https://10.1.2.3/',
    'https://172.16.0.1/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://[fd00:ec2::254]/',
    'https://[fe80::1]/',
  ])('refuses %s', (url) => {
    const result = checkUrlSyntax(url, STRICT);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('address_not_allowed');
  });

  it('accepts a public https address', () => {
    expect(checkUrlSyntax('https://93.184.216.34/hook', STRICT).ok).toBe(true);
  });

  it('refuses plain http, credentials in the URL and non-http schemes', () => {
    expect(checkUrlSyntax('http://93.184.216.34/', STRICT)).toMatchObject({
      ok: false,
      code: 'scheme_not_allowed',
    });
    expect(checkUrlSyntax('https://user:pw@example.lv/', STRICT)).toMatchObject({
      ok: false,
      code: 'credentials_in_url',
    });
    expect(checkUrlSyntax('file:///etc/passwd', STRICT)).toMatchObject({
      ok: false,
      code: 'scheme_not_allowed',
    });
    expect(checkUrlSyntax('not a url', STRICT)).toMatchObject({ ok: false, code: 'invalid_url' });
  });

  it('checks every DNS answer: one private address is enough to refuse', async () => {
    expect(
      (await checkOutboundUrl('https://hooks.example.lv/', STRICT, resolvesTo('93.184.216.34'))).ok,
    ).toBe(true);
    const mixed = await checkOutboundUrl(
      'https://hooks.example.lv/',
      STRICT,
      resolvesTo('93.184.216.34', '10.0.0.5'),
    );
    expect(mixed).toMatchObject({ ok: false, code: 'address_not_allowed' });
    const mapped = await checkOutboundUrl(
      'https://sneaky.example.lv/',
      STRICT,
      resolvesTo('::ffff:169.254.169.254'),
    );
    expect(mapped).toMatchObject({ ok: false, code: 'address_not_allowed' });
  });

  it('lets an explicit allow-list open loopback for development and tests', () => {
    expect(checkUrlSyntax('http://127.0.0.1:8080/hook', DEV).ok).toBe(true);
    expect(checkUrlSyntax('http://[::1]:8080/hook', DEV).ok).toBe(true);
    expect(checkUrlSyntax('http://10.0.0.1/hook', DEV).ok).toBe(false);
    expect(forbiddenAddressReason('::ffff:127.0.0.1', DEV)).toBeNull();
  });
});
