import { tmpdir } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * e2e journeys on Debian's Chromium (Playwright cannot download its own browser here).
 * The platform runs on a fresh in-memory SQLite database with the demo data, built beforehand
 * by `npm run test:e2e` (vite build).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Journeys are judged by what they assert, not by how fast they run (speed lives in
  // `npm run bench`); a shared 2-core machine can slow a long builder journey past 30 s.
  timeout: 90_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: '**/*.phone.spec.ts' },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: '**/*.phone.spec.ts' },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx server/main.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      BUSINESS_PORTAL_PORT: String(PORT + 1),
      BUSINESS_PORTAL_URL: `http://localhost:${PORT + 1}`,
      EMBEDDED_IDP_KEYS_FILE: `${tmpdir()}/efp-e2e-idp-keys-${PORT}.json`,
      HOST: '127.0.0.1',
      DATABASE_URL: ':memory:',
      // Several people (or helpers) can test at once: each builds to its own folder and port.
      DIST_DIR: process.env.DIST_DIR ?? 'dist',
      // Tests run agencies' webhook receivers on this machine: the platform admin's allow-list
      // lets loopback through (and plain http), nothing else private (issue 6's SSRF guard).
      OUTBOUND_ALLOW_HTTP: 'true',
      OUTBOUND_ALLOW_LIST: '127.0.0.1/32',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
  },
});
