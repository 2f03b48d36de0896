import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

/**
 * The session time-out warning (WCAG 2.2.1) on a platform of its own whose sessions end after one
 * minute without activity (SESSION_IDLE_MINUTES=1), so the warning comes after half a minute
 * instead of eighteen. Two ports above the suite's own (the suite's business portal is port + 1).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      BUSINESS_PORTAL_PORT: String(PORT + 1),
      BUSINESS_PORTAL_URL: `http://localhost:${PORT + 1}`,
      EMBEDDED_IDP_KEYS_FILE: `${tmpdir()}/efp-e2e-idp-keys-${PORT}.json`,
      HOST: '127.0.0.1',
      DATABASE_URL: ':memory:',
      DIST_DIR: process.env.DIST_DIR ?? 'dist',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      SESSION_IDLE_MINUTES: '1',
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await fetch(`${BASE}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('session-timeout: the short-session server did not start');
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('before the idle time-out a warning takes focus, is announced, and "stay signed in" extends the session', async ({
  formPage,
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'janis', '/services/declaration-of-residence/apply');
  await expect(page.getByTestId('runtime.form')).toBeVisible();
  const before = await (await page.request.get('/api/session')).json();
  expect(before.idleTimeoutSeconds).toBe(60);

  const warning = page.getByRole('alertdialog', { name: 'Jūsu sesija drīz beigsies' });
  await expect(warning).toBeVisible({ timeout: 45_000 });
  await expect(warning).toContainText('sekundēm');
  await expect(page.getByTestId('session.stay-signed-in')).toBeFocused();
  await formPage.expectNoAccessibilityViolations();

  // Keyboard: Enter on the focused button.
  const extended = page.waitForResponse((res) => res.url().endsWith('/api/session/extend'));
  await page.keyboard.press('Enter');
  expect((await extended).status()).toBe(200);
  await expect(warning).toHaveCount(0);
  const after = await (await page.request.get('/api/session')).json();
  expect(after.authenticated).toBe(true);
  expect(Date.parse(after.idleExpiresAt)).toBeGreaterThan(Date.parse(before.idleExpiresAt));
  // What was on the page is still there, and the user is still signed in.
  await expect(page.locator('#root_personalCode')).toHaveValue('161175-19997');
});
