import { beforeAll, describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import type { StaffRole } from '../identity/eforms-claims.ts';
import { buildTestApp, type TestApp, type TestPerson, type TestSession } from '../testing/build-test-app.ts';
import { ROLE_SCOPES } from './role-scopes.ts';

/**
 * Issue 5's matrix of role x agency x endpoint, generated from the app's own route table (its
 * OpenAPI document, which openapi.test.ts keeps complete): a new endpoint is in it the moment it
 * is served. No endpoint is listed by hand; what each caller must get follows from the document
 * (security, documented 401/403) and from role-scopes.ts:
 * - anonymous callers get 401 wherever the document promises one;
 * - a citizen (a session without roles) is refused wherever only an agency's key will do;
 * - each staff role, signed in, is refused exactly where an API key of its agency with the role's
 *   scopes is refused, so the roles mean what role-scopes.ts says;
 * - staff of another agency get, for the demo agency's resources, the very answer they get for a
 *   resource that does not exist (no existence leak; mostly 404);
 * - a reviewer holds no scope that writes or manages, and no state-changing call gets past the
 *   checks for a reviewer unless a key with exactly the reviewer's scopes gets past them too.
 * Each endpoint runs on fresh apps (one for the keys, one for the people), and refused callers go
 * first, so a call that changes data (publish, retire, revoke) cannot change another's answer.
 */

const DEMO = 'demo-agency';
const OTHER = 'other-agency';
const REFUSED = [401, 403, 404];
const AGENCY_ROLES = ['agency-admin', 'designer', 'reviewer', 'case-worker'] as const satisfies StaffRole[];

interface Caller {
  name: string;
  /** Undefined: anonymous. */
  person?: TestPerson;
  role?: StaffRole;
  otherAgency?: boolean;
}

const CALLERS: Caller[] = [
  { name: 'anonymous' },
  { name: 'citizen', person: { personalCode: '061193-06460' } },
  {
    name: 'platform-admin',
    person: { personalCode: '301282-25901', roles: ['platform-admin'] },
    role: 'platform-admin',
  },
  ...AGENCY_ROLES.map(
    (role): Caller => ({
      name: role,
      person: { personalCode: '140790-20589', roles: [role], agency: DEMO },
      role,
    }),
  ),
  {
    name: 'other-agency-staff',
    person: { personalCode: '110379-18477', roles: [...AGENCY_ROLES], agency: OTHER },
    otherAgency: true,
  },
];

interface Operation {
  method: string;
  path: string;
  security: Array<Record<string, unknown>> | undefined;
  /** The documented status codes. */
  responses: string[];
  /** Path parameters whose schema allows only some values (`enum`): the first of them. */
  enumParams: Record<string, string>;
}

type OpenApiDoc = {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: Array<Record<string, unknown>>;
        responses: object;
        parameters?: Array<{ name: string; in: string; schema?: { enum?: unknown[] } }>;
      }
    >
  >;
};

let operations: Operation[] = [];
beforeAll(async () => {
  const t = await buildTestApp();
  const doc = (await (await t.request('/api/openapi.json')).json()) as OpenApiDoc;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      security: op.security,
      responses: Object.keys(op.responses),
      enumParams: Object.fromEntries(
        (op.parameters ?? []).flatMap((p) =>
          p.in === 'path' && p.schema?.enum?.length ? [[p.name, String(p.schema.enum[0])]] : [],
        ),
      ),
    })),
  );
  await t.close();
});

/**
 * A fresh app with a real submission and a real complaint (issue 7) of the demo agency, so
 * `{reference}` and `{feedbackReference}` name something that exists.
 */
async function prepare(): Promise<{ t: TestApp; reference: string; feedbackReference: string }> {
  const t = await buildTestApp();
  const janis = { personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' };
  const res = await t.request('/api/services/declaration-of-residence/submissions', {
    method: 'POST',
    session: await t.sessionFor(janis),
    json: { data: { ...generateValidData(DECLARATION_OF_RESIDENCE.form.schema), ...janis } },
  });
  if (res.status !== 201) throw new Error(`role matrix: demo submission refused (${res.status})`);
  const feedback = await t.request('/api/my/feedback', {
    method: 'POST',
    session: await t.sessionFor(janis),
    json: { kind: 'complaint', serviceCode: 'declaration-of-residence', subject: 'Slow', body: 'Too slow.' },
  });
  if (feedback.status !== 201) throw new Error(`role matrix: demo feedback refused (${feedback.status})`);
  return {
    t,
    reference: ((await res.json()) as { reference: string }).reference,
    feedbackReference: ((await feedback.json()) as { reference: string }).reference,
  };
}

/**
 * The concrete URL: path parameters name the demo agency's things (a made-up id where there is
 * nothing to name); with `nowhere`, every parameter names nothing that exists.
 */
function urlOf(
  op: Operation,
  { reference, feedbackReference }: { reference: string; feedbackReference: string },
  nowhere = false,
): string {
  const values: Record<string, string> = nowhere
    ? { personalCode: '161175-19997', version: '1', ...op.enumParams }
    : {
        agency: DEMO,
        code: 'declaration-of-residence',
        reference,
        feedbackReference,
        personalCode: '161175-19997',
        version: '1',
        ...op.enumParams,
      };
  return `/api${op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'no-such-thing'))}`;
}

async function call(t: TestApp, op: Operation, url: string, auth: { key?: string; session?: TestSession }) {
  const hasBody = !['GET', 'DELETE'].includes(op.method);
  const res = await t.request(url, { method: op.method, ...auth, ...(hasBody ? { json: {} } : {}) });
  return res.status;
}

async function issueKey(t: TestApp, scopes: readonly string[]): Promise<string> {
  const res = await t.request(`/api/agencies/${DEMO}/api-keys`, {
    method: 'POST',
    key: t.keys.platform,
    json: { name: `matrix ${scopes.join(' ')}`, scopes },
  });
  if (res.status !== 201) throw new Error(`role matrix: key not issued (${res.status})`);
  return ((await res.json()) as { token: string }).token;
}

const needsKey = (op: Operation) => op.security?.some((s) => 'apiKey' in s) ?? false;
const allowsSession = (op: Operation) => op.security?.some((s) => 'session' in s) ?? false;
/** The document promises a 401 to callers without a credential (GET /session, for one, does not). */
const needsCredential = (op: Operation) => (op.security?.length ?? 0) > 0 && op.responses.includes('401');
/** The document has a 403 for a credential that does not allow this (GET /agencies lists "yours", maybe none). */
const canForbid = (op: Operation) => op.responses.includes('403');
const changesState = (op: Operation) => !['GET', 'HEAD', 'OPTIONS'].includes(op.method);
const hasPathParams = (op: Operation) => op.path.includes('{');
const opName = (op: Operation) => `${op.method} ${op.path}`;

/** true: must be refused; false: must not be; undefined: this rule does not decide. */
function expectRefused(op: Operation, caller: Caller, keyRefused: ReadonlyMap<string, boolean>) {
  if (!caller.person) return needsCredential(op) ? true : undefined;
  if (caller.otherAgency) return undefined;
  if (!caller.role) return needsKey(op) && !allowsSession(op) && canForbid(op) ? true : undefined;
  return needsKey(op) ? keyRefused.get(caller.name) : undefined;
}

describe('the role x agency x endpoint matrix', () => {
  it('covers the whole route table, and the platform admin role is the platform key', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(ROLE_SCOPES['platform-admin']).toEqual(['platform:admin', 'keys:manage']);
    // A reviewer reads, checks and decides reviews; no scope that writes or manages anything.
    expect(ROLE_SCOPES.reviewer.filter((scope) => /:(write|manage)$/.test(scope))).toEqual([]);
  });

  it('refuses or allows every endpoint for every caller as the role model says', {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    for (const op of operations) {
      // What an API key with each role's scopes gets: the model's answer for that role.
      const keys = await prepare();
      const keyUrl = urlOf(op, keys);
      const keyRefused = new Map<string, boolean>();
      const readOnlyKey = await issueKey(keys.t, ROLE_SCOPES.reviewer);
      const readOnlyRefused = REFUSED.includes(await call(keys.t, op, keyUrl, { key: readOnlyKey }));
      for (const caller of CALLERS) {
        if (!caller.role) continue;
        const key =
          caller.role === 'platform-admin'
            ? keys.t.keys.platform
            : await issueKey(keys.t, ROLE_SCOPES[caller.role]);
        keyRefused.set(caller.name, REFUSED.includes(await call(keys.t, op, keyUrl, { key })));
      }
      await keys.t.close();

      const people = await prepare();
      const url = urlOf(op, people);
      const ordered = [...CALLERS].sort(
        (a, b) =>
          Number(expectRefused(op, b, keyRefused) === true) -
          Number(expectRefused(op, a, keyRefused) === true),
      );
      for (const caller of ordered) {
        const session = caller.person ? await people.t.sessionFor(caller.person) : undefined;
        const status = await call(people.t, op, url, { session });
        const refused = REFUSED.includes(status);
        const expected = expectRefused(op, caller, keyRefused);
        if (!caller.person && expected && status !== 401) {
          problems.push(`${opName(op)}: anonymous got ${status}, expected 401`);
        } else if (expected !== undefined && refused !== expected) {
          problems.push(
            `${opName(op)}: ${caller.name} got ${status}, expected ${expected ? 'refused' : 'allowed'}`,
          );
        }
        if (caller.role === 'reviewer' && changesState(op) && needsKey(op) && !refused && readOnlyRefused) {
          problems.push(`${opName(op)}: a reviewer got past the checks (${status})`);
        }
        // Another agency's staff: the demo agency's resource answers as one that does not exist.
        if (caller.otherAgency && needsKey(op) && hasPathParams(op) && !refused) {
          const nowhere = await call(people.t, op, urlOf(op, people, true), { session });
          if (nowhere !== status) {
            problems.push(
              `${opName(op)}: other agency's staff got ${status}, but ${nowhere} where nothing exists`,
            );
          }
        }
      }
      await people.t.close();
    }
    expect(problems).toEqual([]);
  });
});
