// Browser tests against the real server binary and the real hydrate bundle.
// Chromium is Debian's (/usr/bin/chromium, installed by scripts/setup.sh --browser);
// Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';

const port = Number(process.env.E2E_PORT ?? 3117);
const repo = path.resolve(__dirname, '..');
const target = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const server = process.env.E2E_SERVER ?? path.join(target, 'debug', 'server');
// A fresh SQLite database for each run; nothing of a developer's `make run` data is touched.
// Workers load this file again: they inherit the directory through the environment.
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'accredit-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
/** A copy of `locales/` the server reads (and re-reads on change) through LOCALES_DIR, so
 *  the translator tests can edit a file and see a stale string without touching the repo.
 *  One English message is changed after its translations were confirmed: the deliberately
 *  stale test string. */
export const LOCALES_COPY = path.join(dataDir, 'locales');
export const STALE_ID = 'manual-glossary-summary';
if (!fs.existsSync(LOCALES_COPY)) {
  fs.cpSync(path.join(repo, 'locales'), LOCALES_COPY, { recursive: true });
  const manual = path.join(LOCALES_COPY, 'en', 'manual.ftl');
  const text = fs.readFileSync(manual, 'utf8');
  const changed = text.replace(new RegExp(`^(${STALE_ID} = .*)$`, 'm'), '$1 (revised for the test)');
  if (changed === text) throw new Error(`${STALE_ID} not found in ${manual}`);
  fs.writeFileSync(manual, changed);
}
/** The server binary and its data directory, for tests that run a CLI command against the
 *  same database (the daily jobs on a chosen day). */
export const SERVER = server;
export const DATA_DIR = dataDir;
export const PORT = port;
/** An administrator the sign-in tests use; created before the server starts. */
export const ADMIN = { email: 'admin@e2e.accredit-io.example', password: 'e2e-admin-passphrase', name: 'E2E Administrator' };

// Lets the service-worker spec refuse the worker's own requests when it emulates no network
// (Chromium's offline emulation does not reach them). Only matters where workers are allowed.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    // Request routing in the tests must see every request; tests/offline-reload.spec.ts
    // allows the service worker and tests it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // The JavaScript-disabled project (as in LemmyNet/lemmy-ui-leptos): the public pages and
  // the plain-form flows work as server HTML alone.
  projects: [
    { name: 'hydrate', testIgnore: /no-javascript\.spec\.ts/ },
    { name: 'no-javascript', testMatch: /no-javascript\.spec\.ts/, use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `${server} create-admin --email ${ADMIN.email} --name "${ADMIN.name}" && ${server} import-edition standards/demo-2026.toml && ${server} serve`,
    cwd: repo,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      ADDR: `127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SITE_ROOT: path.join(repo, 'target', 'site'),
      RUST_LOG: 'warn',
      ACCREDIT_ADMIN_PASSWORD: ADMIN.password,
      LOCALES_DIR: LOCALES_COPY,
      // No waiting after "not accredited", so the browser test opens the next application
      // the same day (the service tests check the waiting period itself).
      REAPPLY_WAIT_DAYS: '0',
    },
  },
});
