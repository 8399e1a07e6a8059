import { test, expect, hydrated, signIn, enrolledFacility, openApplication } from './fixtures';

const HOLDER = { facility: 'E2E Offline Unit', name: 'Olga Offline', email: 'olga@offline.e2e.example', password: 'olga-offline-pass' };

test('answers typed offline are kept on the device, survive a reload and reach the server when back online', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  const yesNo = page.locator('article.item:has(fieldset.yes-no)');
  const keys: string[] = [];
  for (let i = 0; i < 10; i++) keys.push((await yesNo.nth(i).getAttribute('data-item'))!);

  await context.setOffline(true);
  for (const key of keys) await page.locator(`#item-${key}`).getByLabel('Yes').check();
  // A text typed offline is kept as it is typed, before the field is left.
  await page.locator(`#item-${keys[0]} textarea`).pressSequentially('Typed offline');
  await expect(page.locator('.page-save-state')).toHaveAttribute('data-state', 'offline');
  await expect(page.locator('.page-save-state')).toContainText('10 answers are saved on this device');
  await expect(page.locator(`#item-${keys[9]} .save-state`)).toHaveText('Offline — saved on this device');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('accredit-io.drafts.')).map((k) => JSON.parse(localStorage.getItem(k)!).queue.length));
  expect(stored).toEqual([10]);

  // Reload while the saves still cannot get through (the page itself comes from the server).
  await page.route('**/api/save_answer*', (route) => route.abort());
  await context.setOffline(false);
  await page.reload();
  await hydrated(page);
  for (const key of keys) await expect(page.locator(`#item-${key}`).getByLabel('Yes')).toBeChecked();
  await expect(page.locator(`#item-${keys[0]} textarea`)).toHaveValue('Typed offline');
  await expect(page.locator('.page-save-state')).toHaveAttribute('data-state', 'offline');

  // The network is back: the queue drains by itself, in order, and the device copy is cleared.
  await page.unroute('**/api/save_answer*');
  await expect(page.locator('.page-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('accredit-io.drafts.')).length)).toBe(0);

  // Another browser sees all 10 answers on the server.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, HOLDER.email, HOLDER.password);
  await other.goto(url);
  await hydrated(other);
  for (const key of keys) await expect(other.locator(`#item-${key}`).getByLabel('Yes')).toBeChecked();
  await expect(other.locator(`#item-${keys[0]} textarea`)).toHaveValue('Typed offline');
  await expect(other.locator('.readiness-core')).toContainText('Core items answered:');

  // Signing out with an unsent answer warns first, then clears this user's drafts.
  await context.setOffline(true);
  await page.locator(`#item-${keys[1]}`).getByLabel('No').check();
  await expect(page.locator('.page-save-state')).toHaveAttribute('data-state', 'offline');
  await page.route('**/api/save_answer*', (route) => route.abort());
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.locator('.sign-out-warning')).toContainText('One change (an answer, a case form or a reply) has not reached the server yet.');
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(page.locator('.sign-out-warning')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('accredit-io.drafts.')).length)).toBe(1);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out and delete them' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('accredit-io.drafts.')).length)).toBe(0);
});
