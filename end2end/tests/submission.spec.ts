import { test, expect, hydrated, enrolledFacility, openApplication, answerCoreItems, answerValidly, answerNotYetMet, linkCoreEvidence, fillCaseForms } from './fixtures';

const HOLDER = { facility: 'E2E Submission Unit', name: 'Ada Representative', email: 'ada@submission.e2e.example', password: 'ada-submission-pass' };

test('the case review draws 30 cases and flags identifying notes; only the Authorised Representative submits; the application becomes read-only', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const admin = await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);

  // Every core item answered, in the page: the readiness panel still lists what blocks —
  // the extended items, the core items' evidence, the case review — each linked.
  await answerCoreItems(page);
  await expect(page.locator('#submit-application')).toBeDisabled();
  await expect(page.locator('.readiness-verdict')).toHaveAttribute('data-ready', 'false');
  await expect(page.locator('.case-review-status')).toContainText('not complete yet');
  const blocker = (key: string) => page.locator(`.blockers li[data-item="${key}"]`);
  const extended = page.locator('article.item[data-level=extended]');
  const firstExtended = (await extended.first().getAttribute('data-item'))!;
  await expect(blocker(firstExtended)).toContainText('Not answered yet');
  await expect(blocker('1a')).toContainText('Required evidence not uploaded yet');
  await expect(blocker('case-review')).toContainText('not complete yet');

  // A core item answered "No" blocks too; its entry leads to the item.
  await answerNotYetMet(page.locator('#item-1a'));
  await expect(blocker('1a')).toContainText('A core item must be met before the application is submitted');
  await page.locator('.blockers summary').click();
  await blocker('1a').getByRole('link').click();
  await expect(page).toHaveURL(/#item-1a$/);
  await answerValidly(page.locator('#item-1a'));
  await expect(blocker('1a')).not.toContainText('must be met');

  // Extended items answered (one "not yet met"), the core evidence linked: only the case
  // review is left.
  for (let i = 0; i < 28; i++) await answerValidly(extended.nth(i));
  await answerNotYetMet(page.locator('article.item[data-level=extended]:has(fieldset.yes-no)').first());
  await linkCoreEvidence(page);
  await expect(page.locator('.blockers li')).toHaveCount(1);
  await expect(blocker('case-review')).toHaveCount(1);
  await expect(page.locator('#submit-application')).toBeDisabled();

  // The case review: too few references are refused with the reason, 40 give a draw of 30.
  await page.getByRole('link', { name: 'Internal case review' }).click();
  await page.waitForURL(/case-review$/);
  await hydrated(page);
  const refs = Array.from({ length: 40 }, (_, i) => `IO-${String(i + 1).padStart(4, '0')}`);
  await page.getByLabel('Case references').fill(refs.slice(0, 12).join('\n'));
  await page.getByRole('button', { name: 'Draw 30 cases' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 30 different case references');
  await page.getByLabel('Case references').fill(['reference', ...refs].join('\n'));
  await page.getByRole('button', { name: 'Draw 30 cases' }).click();
  const cases = page.locator('li.case');
  await expect(cases).toHaveCount(30);
  await expect(page.locator('.draw-info')).toContainText('Draw 1');
  await expect(page.locator('.draw-info')).toContainText('30 cases from 40 references');
  // Drawing again is a secondary action below the cases, and needs a reason.
  await expect(page.getByRole('button', { name: 'Draw 30 cases' })).toHaveCount(0);
  await page.locator('details.redraw summary').click();
  await page.getByRole('button', { name: 'Draw again' }).click();
  await expect(page.locator('.error-message')).toContainText('Drawing again needs a reason');
  await page.getByLabel('Reason for drawing again').fill('The first list missed the December cases.');
  await page.getByRole('button', { name: 'Draw again' }).click();
  await expect(page.locator('.draw-info')).toContainText('Draw 2');
  await expect(page.locator('.draw-info')).toContainText('The first list missed the December cases.');

  await fillCaseForms(page);
  // A note that names the patient is flagged and keeps the case incomplete.
  const first = cases.first();
  await first.getByLabel(/^Notes/).fill('Mrs Jones recovered well');
  await first.getByLabel(/^Notes/).blur();
  await expect(first.locator('.case-problems')).toContainText("seem to contain a person's name");
  await expect(first).toHaveAttribute('data-complete', 'false');
  await first.getByLabel(/^Notes/).fill('Recovered well, discharged on day 2.');
  await first.getByLabel(/^Notes/).blur();
  await expect(page.locator('.case-progress')).toHaveText('30 of 30 cases complete');
  await expect(first.locator('.save-state')).toHaveText('Saved');

  // An administrator can read the application but is not the Authorised Representative.
  await admin.goto(url);
  await hydrated(admin);
  await expect(admin.locator('.submission')).toContainText("Only the facility's Authorised Representative can submit");
  await expect(admin.locator('#submit-application')).toHaveCount(0);
  // The office reads but never writes what it judges: a read-only page, inputs disabled.
  await expect(admin.locator('.read-only-notice')).toContainText('Read-only view for the programme office');
  await expect(admin.locator('article.item input, article.item textarea').first()).toBeDisabled();

  // The Authorised Representative submits.
  await page.goto(url);
  await hydrated(page);
  await expect(page.locator('.case-review-status')).toContainText('complete');
  await expect(page.locator('.readiness-verdict')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.blockers')).toBeHidden();
  await expect(page.locator('#submit-application')).toBeDisabled();
  await page.getByLabel(/As Authorised Representative, I confirm/).check();
  await page.locator('#submit-application').click();
  await expect(page.locator('.receipt')).toContainText('Submitted on');
  await expect(page.locator('.receipt .hash')).toHaveText(/SHA-256\): [0-9a-f]{64}$/);
  await expect(page.locator('article.item[data-level=core]').first().locator('input, textarea').first()).toBeDisabled();
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.receipt')).toContainText('The application was submitted and can no longer be changed.');
  await expect(page.locator('article.item input').first()).toBeDisabled();
});
