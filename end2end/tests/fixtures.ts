import { test as base, expect, Page } from '@playwright/test';

/** Fails a test on any uncaught page error or console error (hydration mismatches and
 *  panics in the wasm surface as one of these). */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // Expected refusals are not failures: the page a test asks for on purpose as missing
    // (/no-such-page…), and typed 4xx answers of server functions (/api/…: a form to
    // correct, throttling). The browser logs those like any failed load. 5xx never pass.
    const expected = (url: string, status: number) =>
      (status === 404 && url.includes('/no-such-page')) || (status >= 400 && status < 500 && new URL(url).pathname.startsWith('/api/'));
    page.on('response', (r) => {
      if (r.status() >= 400) {
        if (!expected(r.url(), r.status())) errors.push(`HTTP ${r.status()} ${r.url()}`);
      }
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const load = /^Failed to load resource: the server responded with a status of (\d+)/.exec(m.text());
      if (load && expected(m.location().url, Number(load[1]))) return;
      errors.push(`console: ${m.text()}`);
    });
    await use(errors);
    expect(errors, 'browser errors').toEqual([]);
  }, { auto: true }],
});
export { expect };

/** Waits until the browser has hydrated the server-rendered page. */
export async function hydrated(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}
