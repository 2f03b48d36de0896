import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Runs a command to completion (builds), failing loudly with its output. */
export function runStep(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export interface PlatformServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The platform as `npm start` runs it, on a fresh in-memory database with the demo data. Started
 * with the tsx binary itself (not npx), so stopping it stops the server (STACK.md).
 */
export async function startPlatform(root: string, port: number, timeoutMs = 60_000): Promise<PlatformServer> {
  // The server also listens for the business portal; a free port keeps two runs from colliding.
  // Its embedded identity provider writes a key file: a temporary one, removed at the end.
  const portalPort = await freePort();
  const idpKeys = join(tmpdir(), `runtime-bench-idp-${process.pid}-${port}.json`);
  const child: ChildProcess = spawn(join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      BUSINESS_PORTAL_PORT: String(portalPort),
      EMBEDDED_IDP_KEYS_FILE: idpKeys,
      HOST: '127.0.0.1',
      DATABASE_URL: ':memory:',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolveStop) => {
      const done = () => rm(idpKeys, { force: true }).then(resolveStop, resolveStop);
      if (child.exitCode !== null) return void done();
      child.once('exit', done);
      child.kill('SIGTERM');
      setTimeout(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      }, 5_000).unref();
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the platform exited at start:\n${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the platform did not start within ${timeoutMs} ms:\n${stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * Serves the floor pages, the baseline's build and the forms' JSON from memory and one folder:
 * plain static files, no compression (sizes are measured by gzipping the bodies, as for the
 * runtime).
 */
export async function startStaticServer(
  folder: string,
  pages: ReadonlyMap<string, string>,
  port: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const inMemory = pages.get(path);
    try {
      const body =
        inMemory ??
        (await readFile(
          join(folder, normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '')),
        ));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
