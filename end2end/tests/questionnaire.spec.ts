import { test, expect, hydrated, signIn, enrolledFacility, openApplication } from './fixtures';
import AxeBuilder from '@axe-core/playwright';

const HOLDER = { facility: 'E2E Questionnaire Unit', name: 'Quinn Question', email: 'quinn@question.e2e.example', password: 'quinn-question-pass' };

test('answer items out of order; answers are saved, survive a reload and update the summary; a stale edit shows the conflict choice', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 0 of 27');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  // Out of order: 6a first, then 1b (a number), then 1a.
  await page.locator('#item-6a').getByLabel('Yes').check();
  await expect(page.locator('#item-6a .save-state')).toHaveText('Saved');
  await page.locator('#item-1b input[type=number]').fill('240');
  await page.locator('#item-1b input[type=number]').blur();
  await expect(page.locator('#item-1b .save-state')).toHaveText('Saved');
  // A percentage of 240 is kept as a draft, shown as an error at its item, and does not count.
  await page.locator('#item-10a input[type=number]').fill('240');
  await page.locator('#item-10a input[type=number]').blur();
  await expect(page.locator('#item-10a .item-problem')).toHaveText('This number is outside the allowed range.');
  await expect(page.locator('#item-1b .item-problem')).toBeHidden();
  await page.locator('#item-1a').getByLabel('No').check();
  await expect(page.locator('#item-1a .save-state')).toHaveText('Saved');
  // 6a counts; 1b is extended; 1a is a core "no" without the explanation it requires.
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 1 of 27');
  await expect(page.locator('.readiness-extended')).toContainText('Extended items answered: 1 of 28');
  await page.locator('#item-1a textarea').fill('A lead will be named in 2027.');
  await page.locator('#item-1a textarea').blur();
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 2 of 27');

  // Quick successive changes of one item go out one after the other, never conflicting.
  const item6b = page.locator('#item-6b');
  await item6b.getByLabel('No').check();
  await item6b.getByLabel('Yes').check();
  await item6b.getByLabel('No').check();
  await item6b.getByLabel('Yes').check();
  await expect(item6b.locator('.save-state')).toHaveText('Saved');

  await page.reload();
  await hydrated(page);
  // Loaded as a page, the questionnaire starts its own bundle (its islands), not the full one.
  const bundles = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\.(js|wasm)$/.test(p)));
  expect(bundles.filter((p) => /^\/pkg\/questionnaire\.[0-9a-f]+\.wasm$/.test(p))).toHaveLength(1);
  expect(bundles.filter((p) => p.startsWith('/pkg/accredit_io'))).toEqual([]);
  await expect(page.locator('#item-6b').getByLabel('Yes')).toBeChecked();
  await expect(page.locator('#item-6a').getByLabel('Yes')).toBeChecked();
  await expect(page.locator('#item-1b input[type=number]')).toHaveValue('240');
  await expect(page.locator('#item-1a').getByLabel('No')).toBeChecked();
  await expect(page.locator('#item-1a textarea')).toHaveValue('A lead will be named in 2027.');
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 3 of 27');

  // A second browser changes 1b; this page, still on the old revision (its poll for others'
  // answers held back), gets the conflict choice.
  await page.route('**/api/application_answers*', (route) => route.abort());
  const other = await (await browser.newContext()).newPage();
  await signIn(other, HOLDER.email, HOLDER.password);
  await other.goto(url);
  await hydrated(other);
  await other.locator('#item-1b input[type=number]').fill('300');
  await other.locator('#item-1b input[type=number]').blur();
  await expect(other.locator('#item-1b .save-state')).toHaveText('Saved');
  await page.locator('#item-1b input[type=number]').fill('250');
  await page.locator('#item-1b input[type=number]').blur();
  await expect(page.locator('#item-1b .save-state')).toHaveText('Changed by someone else');
  await expect(page.locator('#item-1b .their-answer')).toHaveText('300');
  await page.locator('#item-1b').getByRole('button', { name: 'Keep my answer' }).click();
  await expect(page.locator('#item-1b .save-state')).toHaveText('Saved');

  // Others' answers appear without a reload once this page polls again.
  await page.unroute('**/api/application_answers*');
  await other.locator('#item-6a').getByLabel('No').check();
  await expect(other.locator('#item-6a .save-state')).toHaveText('Saved');
  await expect(page.locator('#item-6a').getByLabel('No')).toBeChecked({ timeout: 15_000 });
  await other.reload();
  await hydrated(other);
  await expect(other.locator('#item-1b input[type=number]')).toHaveValue('250');
});
