import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { mountRequest, pathBelowMount } from './mount-path.ts';

describe('pathBelowMount', () => {
  it.each([
    ['/idp/auth?x=1', '/auth?x=1'],
    ['/idp/.well-known/openid-configuration', '/.well-known/openid-configuration'],
    ['/idp', '/'],
    ['/idp?x=1', '/?x=1'],
  ])('maps %s to %s', (url, below) => {
    expect(pathBelowMount(url, '/idp')).toBe(below);
  });

  it.each(['/idpx/auth', '/other/idp/auth', '/'])('leaves %s alone', (url) => {
    expect(pathBelowMount(url, '/idp')).toBeNull();
  });
});

describe('mountRequest', () => {
  it('keeps the full URL as originalUrl, as express does for mounted apps', () => {
    const req = { url: '/idp/token' } as IncomingMessage & { originalUrl?: string };
    expect(mountRequest(req, '/idp')).toBe(true);
    expect(req).toMatchObject({ url: '/token', originalUrl: '/idp/token' });
  });
});
