import { BrowserContext, Page, Route } from '@playwright/test';
import { test, expect, hydrated, signIn, enrolledFacility, openApplication } from './fixtures';
import { ADMIN } from '../playwright.config';

// The one spec that runs with the service worker (public/sw.js); the others block it so
// that their request routing sees every request.
test.use({ serviceWorkers: 'allow' });

const HOLDER = { facility: 'E2E No Network Unit', name: 'Nora Nonet', email: 'nora@nonet.e2e.example', password: 'nora-nonet-pass' };

// Chromium's offline emulation does not reach the service worker's own requests (Playwright
// issue #2311); those are refused here as the network would refuse them.
const refuseWorkerRequests = (route: Route) =>
  route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback();
async function offline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', refuseWorkerRequests);
}
async function online(context: BrowserContext) {
  await context.unroute('**/*', refuseWorkerRequests);
  await context.setOffline(false);
}

/** Waits until the service worker keeps a copy of the page at `path` for the signed-in person. */
async function keptOffline(page: Page, path: string) {
  await expect
    .poll(() => page.evaluate(async (p) => {
      const cache = await caches.open('accredit-pages');
      return (await cache.keys()).some((r) => new URL(r.url).pathname.endsWith(p));
    }, path), { timeout: 15_000 })
    .toBe(true);
}

test('the questionnaire opens and reloads with no network, answers typed offline reach the server, and nobody else sees the copy', async ({ page, browser, context }) => {
  test.setTimeout(180_000);
  await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  const path = new URL(url).pathname;
  await page.evaluate(() => navigator.serviceWorker.ready);
  await keptOffline(page, path);

  const yesNo = page.locator('article.item:has(fieldset.yes-no)');
  const keys: string[] = [];
  for (let i = 0; i < 5; i++) keys.push((await yesNo.nth(i).getAttribute('data-item'))!);
  // One answer saved online: the copy is renewed after the save, so it shows offline too.
  await page.locator(`#item-${keys[0]}`).getByLabel('Yes').check();
  await expect(page.locator(`#item-${keys[0]} .save-state`)).toHaveText('Saved');
  await expect
    .poll(() => page.evaluate(async (p) => {
      const cache = await caches.open('accredit-pages');
      const key = (await cache.keys()).find((r) => new URL(r.url).pathname.endsWith(p));
      const html = key ? await (await cache.match(key))!.text() : '';
      return /value="yes"[^>]*checked|checked[^>]*value="yes"/.test(html);
    }, path), { timeout: 15_000 })
    .toBe(true);

  // No network: the page reloads from the device, with what the server had acknowledged.
  await offline(context);
  await page.reload();
  await hydrated(page);
  await expect(page.locator(`#item-${keys[0]}`).getByLabel('Yes')).toBeChecked();
  for (const key of keys.slice(1, 3)) await page.locator(`#item-${key}`).getByLabel('Yes').check();
  await expect(page.locator('.page-save-state')).toHaveAttribute('data-state', 'offline');
  await expect(page.locator('.page-save-state')).toContainText('2 answers are saved on this device');
  // A file cannot wait in the queue: uploading is disabled, and the page says why.
  await expect(page.locator(`#item-${keys[1]}`).getByRole('button', { name: 'Upload' })).toBeDisabled();
  await expect(page.locator(`#item-${keys[1]} .upload-offline`)).toContainText('No network: files can be uploaded once the connection is back.');

  // Reloaded again offline: the drafts are merged into the kept page; two more answers.
  await page.reload();
  await hydrated(page);
  for (const key of keys.slice(0, 3)) await expect(page.locator(`#item-${key}`).getByLabel('Yes')).toBeChecked();
  for (const key of keys.slice(3)) await page.locator(`#item-${key}`).getByLabel('No', { exact: true }).check();
  await page.locator(`#item-${keys[4]} textarea`).pressSequentially('Not yet: planned for spring');
  await expect(page.locator('.page-save-state')).toContainText('4 answers are saved on this device');

  // Back online: the queue drains by itself; a second browser sees every answer.
  await online(context);
  await expect(page.locator(`#item-${keys[1]}`).getByRole('button', { name: 'Upload' })).toBeEnabled();
  await expect(page.locator('.page-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  const other = await (await browser.newContext()).newPage();
  await signIn(other, HOLDER.email, HOLDER.password);
  await other.goto(url);
  await hydrated(other);
  for (const key of keys.slice(0, 3)) await expect(other.locator(`#item-${key}`).getByLabel('Yes')).toBeChecked();
  for (const key of keys.slice(3)) await expect(other.locator(`#item-${key}`).getByLabel('No', { exact: true })).toBeChecked();
  await expect(other.locator(`#item-${keys[4]} textarea`)).toHaveValue('Not yet: planned for spring');
  await other.context().close();

  // Signing out deletes the kept pages.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  const keptPages = () => page.evaluate(async () => {
    const cache = await caches.open('accredit-pages');
    return (await cache.keys()).filter((r) => new URL(r.url).pathname.includes('/applications/')).length;
  });
  await expect.poll(keptPages).toBe(0);

  // Kept again; then the holder's session ends without signing out and someone else signs in
  // on this browser: the copy is never shown to them, even with no network.
  await signIn(page, HOLDER.email, HOLDER.password);
  await page.goto(url);
  await hydrated(page);
  await keptOffline(page, path);
  await context.clearCookies();
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect.poll(keptPages).toBe(0);
  await offline(context);
  await expect(page.goto(url)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
  await online(context);
});

test('case-review forms filled with no network survive reloads and reach the server', async ({ page, browser, context }) => {
  test.setTimeout(180_000);
  const holder = { facility: 'E2E Offline Cases Unit', name: 'Otto Offcase', email: 'otto@offcase.e2e.example', password: 'otto-offcase-pass' };
  await enrolledFacility(page, browser, holder);
  const url = await openApplication(page, holder);
  const reviewUrl = `${url}/case-review`;
  await page.goto(reviewUrl);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const refs = Array.from({ length: 40 }, (_, i) => `IO-${String(i + 1).padStart(4, '0')}`);
  await page.getByLabel('Case references').fill(refs.join('\n'));
  await page.getByRole('button', { name: 'Draw 30 cases' }).click();
  const cases = page.locator('li.case');
  await expect(cases).toHaveCount(30);
  // The kept copy is renewed after the draw, so it shows the drawn cases offline.
  const path = new URL(reviewUrl).pathname;
  await expect
    .poll(() => page.evaluate(async (p) => {
      const cache = await caches.open('accredit-pages');
      const key = (await cache.keys()).find((r) => new URL(r.url).pathname.endsWith(p));
      return key ? (await (await cache.match(key))!.text()).includes('data-case="IO-') : false;
    }, path), { timeout: 15_000 })
    .toBe(true);
  const first = cases.nth(0);
  const second = cases.nth(1);
  const firstRef = await first.getAttribute('data-case');
  const secondRef = await second.getAttribute('data-case');

  await offline(context);
  await first.getByLabel('Procedure type').selectOption('tace');
  await first.getByLabel(/^Notes/).fill('Kept while offline.');
  await first.getByLabel(/^Notes/).blur();
  await expect(first.locator('.save-state')).toHaveText('Offline — saved on this device');
  await page.reload();
  await hydrated(page);
  const firstAgain = page.locator(`li.case[data-case="${firstRef}"]`);
  const secondAgain = page.locator(`li.case[data-case="${secondRef}"]`);
  await expect(firstAgain.getByLabel('Procedure type')).toHaveValue('tace');
  await expect(firstAgain.getByLabel(/^Notes/)).toHaveValue('Kept while offline.');
  await secondAgain.getByLabel('Complications (CIRSE grade)').selectOption('none');
  await expect(secondAgain.locator('.save-state')).toHaveText('Offline — saved on this device');
  // Signing out now would delete them: the menu warns first.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.locator('.sign-out-warning')).toContainText('2 changes (answers, case forms or replies) have not reached the server yet.');
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await page.reload();
  await hydrated(page);
  await expect(secondAgain.getByLabel('Complications (CIRSE grade)')).toHaveValue('none');
  await expect(firstAgain.getByLabel(/^Notes/)).toHaveValue('Kept while offline.');

  // Back online: both forms go out by themselves and a second browser sees them.
  await online(context);
  await expect(firstAgain.locator('.save-state')).toHaveText('Saved', { timeout: 30_000 });
  await expect(secondAgain.locator('.save-state')).toHaveText('Saved', { timeout: 30_000 });
  const other = await (await browser.newContext()).newPage();
  await signIn(other, holder.email, holder.password);
  await other.goto(reviewUrl);
  await hydrated(other);
  await expect(other.locator(`li.case[data-case="${firstRef}"]`).getByLabel('Procedure type')).toHaveValue('tace');
  await expect(other.locator(`li.case[data-case="${firstRef}"]`).getByLabel(/^Notes/)).toHaveValue('Kept while offline.');
  await expect(other.locator(`li.case[data-case="${secondRef}"]`).getByLabel('Complications (CIRSE grade)')).toHaveValue('none');
  await other.context().close();
});
