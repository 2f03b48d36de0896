/**
 * The real platform (server/main.ts) in a child process, for reliability tests and benchmarks
 * that must kill it (SIGKILL) or run several processes on one database. `node_modules/.bin/tsx`,
 * not `npx tsx`: a signal to tsx reaches the server (STACK.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { findFreePorts } from '../../bench/bench-server.ts';
import { DEMO_AGENCY_KEY } from '../../seed/demo-credentials.ts';
import { buildPermitDefinition } from '../../testing/test-definitions.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

export interface PlatformProcess {
  origin: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL to the server and its tsx: no shutdown hooks, in-flight deliveries abandoned mid-way. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful exit. */
  stop(): Promise<number | null>;
}

/** Starts the platform with `env` on top of test defaults (loopback receivers allowed, short retries). */
export async function startPlatformProcess(
  env: Record<string, string>,
  dir: string,
): Promise<PlatformProcess> {
  const [port, businessPort] = (await findFreePorts(2)) as [number, number];
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      EMBEDDED_IDP_KEYS_FILE: `${dir}/idp-keys.json`,
      OUTBOUND_ALLOW_HTTP: 'true',
      OUTBOUND_ALLOW_LIST: '127.0.0.0/8',
      DIST_DIR: `${dir}/no-dist`,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      BUSINESS_PORTAL_PORT: String(businessPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: SIGKILL cannot be relayed by tsx to the server it runs, so `kill`
    // kills the whole group; killing tsx alone left the server running on as an orphan.
    detached: true,
  });
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-8192);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`platform exited at start:\n${tail}`);
    try {
      if ((await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(1000) })).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) {
      killGroup();
      throw new Error(`platform did not start:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    child,
    output: () => tail,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) killGroup();
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      killGroup();
      return code;
    },
  };
}

/** Through the public API with the demo agency key: an `anyone` service and a webhook endpoint. */
export async function prepareDeliveryTarget(
  origin: string,
  receiverUrl: string,
  serviceCode = 'parking-permit',
) {
  const call = async (path: string, body?: unknown) => {
    const res = await fetch(`${origin}/api${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${DEMO_AGENCY_KEY}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  await call('/services', { definition: buildPermitDefinition(serviceCode) });
  await call(`/services/${serviceCode}/publish`);
  const { secret } = (await call('/webhook-endpoints', { url: receiverUrl })) as { secret: string };
  return { secret, serviceCode };
}

/** Submits once; the reference when accepted (201), null when the server did not answer. */
export async function submitPermit(origin: string, serviceCode: string, data: Record<string, unknown>) {
  try {
    const res = await fetch(`${origin}/api/services/${serviceCode}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data }),
    });
    if (res.status !== 201) return null;
    return ((await res.json()) as { reference: string }).reference;
  } catch {
    return null;
  }
}
