import { test as base, expect, Page } from '@playwright/test';

/** Fails a test on any uncaught page error or console error (hydration mismatches and
 *  panics in the wasm surface as one of these). */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // A test that asks for a missing page on purpose names it /no-such-page…; the browser
    // logs that document's 404 like any other, so only that URL is exempt.
    const expected404 = (url: string) => url.includes('/no-such-page');
    page.on('console', (m) => {
      if (m.type() === 'error' && !expected404(m.location().url)) errors.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !expected404(r.url())) errors.push(`HTTP ${r.status()} ${r.url()}`);
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
