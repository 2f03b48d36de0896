import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { buildTestApp, type TestApp, type TestSession } from '../testing/build-test-app.ts';

/**
 * "Bad input gets a clear error and loses nothing": every operation of the OpenAPI document
 * (the route table; openapi.test.ts keeps it complete), called by a caller allowed to use it,
 * with hostile bodies and path values, answers a 4xx JSON error with a stable code, never a 500.
 * Generated, so a new endpoint is covered the moment it is documented.
 */
type OpenApiDoc = { paths: Record<string, Record<string, unknown>> };

const BODIES: ReadonlyArray<readonly [string, string]> = [
  ['malformed JSON', '{"data": '],
  ['a JSON array', '[1, 2, 3]'],
  ['a JSON number', '42'],
  ['a prototype key', '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}'],
  ['wrong types everywhere', '{"data": "x", "definition": 7, "code": [], "url": {}, "enabled": "yes"}'],
];
const HOSTILE_PATH_VALUE = encodeURIComponent("'; drop table submissions; --");

let t: TestApp;
let staff: TestSession;
let operations: Array<{ method: string; path: string }> = [];
/** Path values that name real things, so requests get past the lookup to the body checks. */
let real: Record<string, string> = {};
beforeAll(async () => {
  t = await buildTestApp();
  staff = await t.sessionFor({
    personalCode: '010180-10006',
    agency: 'demo-agency',
    roles: ['agency-admin', 'designer', 'reviewer', 'case-worker'],
  });
  const janis = { personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' };
  const submitted = await t.request('/api/services/declaration-of-residence/submissions', {
    method: 'POST',
    session: await t.sessionFor(janis),
    json: { data: { ...generateValidData(DECLARATION_OF_RESIDENCE.form.schema), ...janis } },
  });
  expect(submitted.status).toBe(201);
  const feedback = await t.request('/api/my/feedback', {
    method: 'POST',
    session: await t.sessionFor(janis),
    json: { kind: 'question', serviceCode: 'declaration-of-residence', subject: 'When?', body: 'How long?' },
  });
  expect(feedback.status).toBe(201);
  real = {
    feedbackReference: ((await feedback.json()) as { reference: string }).reference,
    agency: 'demo-agency',
    code: 'declaration-of-residence',
    reference: ((await submitted.json()) as { reference: string }).reference,
    personalCode: '161175-19997',
    version: '1',
  };
  const doc = (await (await t.request('/api/openapi.json')).json()) as OpenApiDoc;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(async () => {
  await t.close();
});

async function expectClearRefusal(res: Response, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: unknown } } | null;
    expect(typeof body?.error?.code, `${what}: a JSON error with a code`).toBe('string');
  }
}

describe('bad input on every documented endpoint', () => {
  it('never answers 500 to hostile bodies or path values, whoever calls', async () => {
    expect(operations.length).toBeGreaterThan(40);
    const callers = [{ key: t.keys.agency }, { key: t.keys.platform }, { session: staff }];
    const urls = (path: string) => [
      `/api${path.replace(/\{\w+\}/g, HOSTILE_PATH_VALUE)}`,
      `/api${path.replace(/\{(\w+)\}/g, (_, name: string) => real[name] ?? 'no-such-thing')}`,
    ];
    for (const op of operations)
      for (const url of new Set(urls(op.path))) {
        const hasBody = !['GET', 'DELETE', 'HEAD'].includes(op.method);
        for (const caller of callers) {
          if (!hasBody) {
            await expectClearRefusal(
              await t.request(url, { method: op.method, ...caller }),
              `${op.method} ${url}`,
            );
            continue;
          }
          for (const [name, body] of BODIES) {
            const res = await t.request(url, {
              method: op.method,
              ...caller,
              headers: { 'content-type': 'application/json' },
              body,
            });
            await expectClearRefusal(res, `${op.method} ${url} with ${name}`);
          }
        }
      }
  });
});
