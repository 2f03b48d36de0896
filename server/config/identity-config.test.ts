import { describe, expect, it } from 'vitest';
import { type Env, parseEnv } from './env.ts';
import { resolveIdentityConfig } from './identity-config.ts';

function env(vars: Record<string, string> = {}): Env {
  const parsed = parseEnv(vars);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.env;
}

const PUBLIC = 'http://127.0.0.1:3000';

describe('resolveIdentityConfig', () => {
  it('runs the embedded provider under PUBLIC_URL/idp by default, with random per-start secrets', () => {
    const first = resolveIdentityConfig(env(), PUBLIC);
    const second = resolveIdentityConfig(env(), PUBLIC);
    expect(first).toMatchObject({
      ok: true,
      config: {
        embedded: true,
        issuer: 'http://127.0.0.1:3000/idp',
        allowHttp: true,
        clients: { central: { clientId: 'central-portal' }, business: { clientId: 'business-portal' } },
      },
    });
    if (!first.ok || !second.ok) throw new Error('unreachable');
    expect(first.config.clients.central.clientSecret).toMatch(/^[\w-]{43}$/);
    expect(first.config.clients.central.clientSecret).not.toBe(second.config.clients.central.clientSecret);
  });

  it('uses an external provider when OIDC_ISSUER is set, and needs both secrets and https', () => {
    const external = {
      OIDC_ISSUER: 'https://idp.example.lv',
      OIDC_CENTRAL_CLIENT_SECRET: 'a',
      OIDC_BUSINESS_CLIENT_SECRET: 'b',
    };
    expect(resolveIdentityConfig(env(external), PUBLIC)).toMatchObject({
      ok: true,
      config: { embedded: false, issuer: 'https://idp.example.lv', allowHttp: false },
    });
    expect(resolveIdentityConfig(env({ OIDC_ISSUER: 'https://idp.example.lv' }), PUBLIC)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('OIDC_CENTRAL_CLIENT_SECRET'),
    });
    expect(
      resolveIdentityConfig(env({ ...external, OIDC_ISSUER: 'http://idp.example.lv' }), PUBLIC),
    ).toMatchObject({
      ok: false,
      problem: expect.stringContaining('https'),
    });
    expect(
      resolveIdentityConfig(env({ ...external, OIDC_ISSUER: 'http://127.0.0.1:8080/realms/lv' }), PUBLIC),
    ).toMatchObject({ ok: true, config: { allowHttp: true } });
  });

  it('refuses contradictory settings', () => {
    expect(resolveIdentityConfig(env({ EMBEDDED_IDP: 'false' }), PUBLIC).ok).toBe(false);
    expect(
      resolveIdentityConfig(env({ EMBEDDED_IDP: 'true', OIDC_ISSUER: 'https://idp.example.lv' }), PUBLIC).ok,
    ).toBe(false);
  });
});
