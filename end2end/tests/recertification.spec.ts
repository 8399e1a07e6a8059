import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import {
  test, expect, hydrated, signIn, enrolledFacility, openApplication, answerCoreItems, answerValidly, answerNotYetMet, linkCoreEvidence, completeCaseReview, readMail, linkIn,
  submitApplication, newAssessor,
} from './fixtures';
import { SERVER, DATA_DIR, PORT } from '../playwright.config';

const HOLDER = { facility: 'E2E Renewal Unit', name: 'Rita Renew', email: 'rita@renew.e2e.example', password: 'rita-renew-pass' };
const ASSESSOR = { name: 'Ada Renewal Assessor', email: 'ada@renew-assess.e2e.example', password: 'ada-assess-pass' };

/** The office assigns the assessor, who declares no conflict and finds every item of
 *  `selector` met; then the office records an accreditation decision. */
async function assessAndAccredit(admin: Page, assessor: Page, applicationId: string, selector: string, count: number) {
  await admin.goto(`/admin/applications/${applicationId}`);
  await hydrated(admin);
  await admin.getByLabel('Assign an assessor').selectOption({ label: `${ASSESSOR.name} <${ASSESSOR.email}>` });
  await admin.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(admin.locator('.admin-application')).toContainText('Declaration of interests needed');
  await assessor.goto('/assessments');
  await hydrated(assessor);
  await assessor.getByRole('button', { name: 'Send the declaration' }).click();
  await expect(assessor.getByRole('button', { name: 'Send the declaration' })).toHaveCount(0);
  await assessor.goto(`/assessments/${applicationId}`);
  await hydrated(assessor);
  const items = assessor.locator(selector);
  await expect(items).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    await items.nth(i).getByLabel('Met', { exact: true }).check();
    await expect(items.nth(i).locator('.save-state')).toHaveText('Saved');
  }
  await admin.reload();
  await hydrated(admin);
  await expect(admin.locator('.application-status')).toContainText('Under assessment');
  await admin.locator('#decision-outcome').selectOption('accredited');
  await admin.getByRole('button', { name: 'Record the decision' }).click();
  await expect(admin.locator('.application-status')).toContainText('Accredited');
}

/** `date` plus `months`, as YYYY-MM-DD (UTC). */
function monthsLater(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

test('an accredited facility pays its re-certification invoice, confirms carried answers, applies for Centre of Excellence and gets the new seal', async ({ page, browser }) => {
  test.setTimeout(480_000);
  // Cycle 1: accredited on every core item.
  const admin = await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  const firstId = url.split('/').pop()!;
  await answerCoreItems(page);
  // Every item is answered before submission: an extended yes/no item may say "not yet met".
  const extended = page.locator('article.item[data-level=extended]');
  for (let i = 0; i < 28; i++) {
    const item = extended.nth(i);
    if (await item.locator('fieldset.yes-no').count()) await answerNotYetMet(item);
    else await answerValidly(item);
  }
  await linkCoreEvidence(page);
  await completeCaseReview(page, url);
  await expect(page.locator('.readiness-verdict')).toHaveAttribute('data-ready', 'true');
  await submitApplication(page);
  const assessor = await newAssessor(browser, admin, ASSESSOR);
  await signIn(assessor, ASSESSOR.email, ASSESSOR.password);
  await assessAndAccredit(admin, assessor, firstId, 'article.review-item:has(.badge-core)', 27);

  // Three and a half years later (the daily jobs run on that day): the re-certification invoice.
  const day = monthsLater(new Date(), 42);
  const out = execFileSync(SERVER, ['run-jobs', '--as-of', day], {
    cwd: `${__dirname}/../..`,
    env: { ...process.env, DATA_DIR, DATABASE_URL: '', ADDR: `127.0.0.1:${PORT}`, RUST_LOG: 'warn' },
  }).toString();
  expect(out).toMatch(/re-certification invoices issued: [1-9]/);

  // The office records the payment (€1,200 + 20 % VAT): the re-certification opens, and the
  // team is told by mail.
  await admin.goto('/admin/invoices?status=open');
  await hydrated(admin);
  const row = admin.locator('tr', { hasText: HOLDER.facility }).filter({ hasText: '1,440.00' });
  await row.locator('summary').click();
  await row.getByLabel('Amount received').fill('1440');
  await row.getByLabel('Bank reference').fill('BANK-RECERT');
  await row.getByRole('button', { name: 'Record payment' }).click();
  await expect(admin.locator('tr', { hasText: HOLDER.facility }).filter({ hasText: '1,440.00' })).toHaveCount(0);
  const second = linkIn(await readMail(admin, HOLDER.email, 'recertification-opened'), '/applications/');
  expect(second).not.toContain(`/applications/${firstId}`);

  // Cycle 2: every answer of cycle 1 is carried and needs confirming before it counts.
  await page.goto(second);
  await hydrated(page);
  const secondId = new URL(second).pathname.split('/').pop()!;
  await expect(page.locator('#recertification-heading')).toHaveText('Re-certification (cycle 2)');
  await expect(page.locator('.carried-count')).toHaveAttribute('data-count', '55');
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 0 of 27');
  const core = page.locator('article.item[data-level=core]');
  for (let i = 0; i < 27; i++) {
    await core.nth(i).getByRole('button', { name: 'Confirm as it is' }).click();
    await expect(core.nth(i).locator('.carried-note')).toHaveCount(0);
  }
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 27 of 27');

  // Centre of Excellence: the gap closes as the extended items are answered as met — the
  // "not yet met" ones now met, the others confirmed as they are.
  await expect(page.locator('.excellence-gap')).toHaveAttribute('data-gap', '28');
  for (let i = 0; i < 28; i++) {
    const item = extended.nth(i);
    if (await item.locator('fieldset.yes-no').count()) await answerValidly(item);
    else await item.getByRole('button', { name: 'Confirm as it is' }).click();
    await expect(item.locator('.carried-note')).toHaveCount(0);
  }
  await expect(page.locator('.carried-count')).toHaveText('Every carried answer is confirmed or updated.');
  await expect(page.locator('.excellence-gap')).toHaveText('Every extended item is answered as met.');
  await page.getByLabel('Apply for Centre of Excellence in this cycle').check();
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('Apply for Centre of Excellence in this cycle')).toBeChecked();

  // The side-by-side view: the 12 extended yes/no answers changed, the other 43 did not.
  await page.getByRole('link', { name: 'Compare with the previous cycle' }).click();
  await hydrated(page);
  await expect(page.locator('.changes-summary')).toHaveText('12 of 55 answered items differ from the previous cycle.');
  await expect(page.locator('.changes-table tr[data-kind="changes-changed"]')).toHaveCount(12);
  await page.getByLabel('Show unchanged items too').check();
  await expect(page.locator('.changes-table tr[data-kind="changes-unchanged"]')).toHaveCount(43);

  const url2 = `${new URL(second).origin}/applications/${secondId}`;
  await completeCaseReview(page, url2);
  await submitApplication(page);

  // The assessors find every core and extended item met: Centre of Excellence.
  await assessAndAccredit(admin, assessor, secondId, 'article.review-item', 55);
  await page.goto(`${url2}/decision`);
  await hydrated(page);
  await expect(page.locator('.decision-outcome')).toHaveText('The facility is accredited as an IASIOS Centre of Excellence.');
  await expect(page.locator('svg.seal')).toHaveAttribute('data-seal', 'centre_of_excellence');
  await page.goto('/facilities');
  await hydrated(page);
  await page.getByRole('link', { name: HOLDER.facility }).click();
  await hydrated(page);
  await expect(page.locator('.facts .badge')).toHaveAttribute('data-status', 'centre_of_excellence');
  await expect(page.locator('.facility-heading svg.seal')).toHaveAttribute('data-seal', 'centre_of_excellence');
});
