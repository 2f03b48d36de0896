/**
 * Starts the real server (server/main.ts) as a child process for a benchmark, so the load
 * generator and the server do not share an event loop, and stops it cleanly afterwards.
 *
 * `node_modules/.bin/tsx`, not `npx tsx`: SIGTERM to tsx reaches the server (STACK.md); killing
 * npx would leave it running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** SIGTERM, wait for a clean exit (SIGKILL after 10 s); resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface BenchServerOptions {
  /**
   * Environment on top of the defaults (LOG_LEVEL=warn, NODE_ENV=production); the ports are chosen
   * here. Nothing else is inherited, so a developer's own settings do not change the figures.
   */
  env: Record<string, string>;
  /** How long to wait for /api/health. */
  startTimeoutMs?: number;
}

/** `count` distinct ports nobody listens on now (the kernel picks them; released just before use). */
export async function findFreePorts(count: number): Promise<number[]> {
  const probes = Array.from({ length: count }, () => createServer().listen(0, '127.0.0.1'));
  await Promise.all(probes.map((probe) => once(probe, 'listening')));
  const ports = probes.map((probe) => {
    const address = probe.address();
    if (!address || typeof address === 'string') throw new Error('findFreePorts: no port assigned');
    return address.port;
  });
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

/**
 * @example
 * const server = await startBenchServer({ env: { DATABASE_URL: `file:${dir}/bench.db` } });
 * try { ... fetch(`${server.origin}/api/health`) ... } finally { await server.stop(); }
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  // The central portal (API) and the business portal listen in the same process.
  const [port, businessPort] = (await findFreePorts(2)) as [number, number];
  const origin = `http://127.0.0.1:${port}`;
  // Node flags for the server, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"
  // (Node 20 refuses --cpu-prof in NODE_OPTIONS; tsx passes its own flags on to node).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(TSX, [...nodeArgs, 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      // Request logs at info would measure stdout, not the server.
      LOG_LEVEL: 'warn',
      ...options.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      BUSINESS_PORTAL_PORT: String(businessPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = keepTail(child);
  const exited = once(child, 'exit').then(([code]) => code as number | null);

  try {
    await waitForHealth(`${origin}/api/health`, exited, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output()}`);
  }

  return {
    origin,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) console.error(`  server exited with ${code}; its last output:\n${output()}`);
      return code;
    },
  };
}

async function waitForHealth(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('The server exited before it answered /api/health.');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms.`);
}

/** Keeps the last 8 KB of the child's stdout and stderr for error messages. */
function keepTail(child: ChildProcess): () => string {
  let tail = '';
  const append = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-8192);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => tail;
}
