import { readSheet } from 'read-excel-file/node';
import { test, expect, hydrated, signIn, readMail, linkIn, enrolledFacility, openApplication, completeQuestionnaire, completeCaseReview, submitApplication, newAssessor } from './fixtures';

const HOLDER = { facility: 'E2E Assessed Unit', name: 'Ari Representative', email: 'ari@assessed.e2e.example', password: 'ari-assessed-pass' };
const ASSESSOR = { name: 'Asa Assessor', email: 'asa@assessor.e2e.example', password: 'asa-assessor-pass' };
const OTHER_ASSESSOR = { name: 'Oto Assessor', email: 'oto@assessor.e2e.example', password: 'oto-assessor-pass' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('assignment, query answered with evidence, amendments on one item, re-submission, accredited with a verifiable certificate', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const admin = await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  const applicationId = url.split('/').pop();
  await completeQuestionnaire(page);
  await completeCaseReview(page, url);
  await submitApplication(page);

  // The office makes an assessor and assigns them.
  const assessor = await newAssessor(browser, admin, ASSESSOR);
  await admin.goto(`/admin/applications/${applicationId}`);
  await hydrated(admin);
  await admin.getByLabel('Assign an assessor').selectOption({ label: `${ASSESSOR.name} <${ASSESSOR.email}>` });
  await admin.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(admin.locator('.admin-application')).toContainText('Declaration of interests needed');

  // The assessor declares no conflict and reviews; every core item met, a query on 6b.
  await signIn(assessor, ASSESSOR.email, ASSESSOR.password);
  await assessor.goto('/assessments');
  await hydrated(assessor);
  await assessor.getByRole('button', { name: 'Send the declaration' }).click();
  await assessor.getByRole('link', { name: 'Open the application' }).click();
  await assessor.waitForURL(/\/assessments\/\d+$/);
  await hydrated(assessor);
  const core = assessor.locator('article.review-item:has(.badge-core)');
  await expect(core).toHaveCount(27);
  for (let i = 0; i < 27; i++) {
    await core.nth(i).getByLabel('Met', { exact: true }).check();
    await expect(core.nth(i).locator('.save-state')).toHaveText('Saved');
  }
  await assessor.reload();
  await hydrated(assessor);
  // Loaded as a page, the workspace starts its own bundle (its islands), not the full one.
  const bundles = await assessor.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\.(js|wasm)$/.test(p)));
  expect(bundles.filter((p) => /^\/pkg\/workspace\.[0-9a-f]+\.wasm$/.test(p))).toHaveLength(1);
  expect(bundles.filter((p) => /^\/pkg\/(accredit_io|questionnaire)\./.test(p))).toEqual([]);
  await expect(assessor.locator('.review-progress')).toHaveText('Findings recorded: 27 of 55 items');
  // The assessor reads the 30 case forms, read-only, and goes back to the workspace.
  await assessor.getByRole('link', { name: 'Read the case forms' }).click();
  await assessor.waitForURL(/\/applications\/\d+\/case-review$/);
  await hydrated(assessor);
  await expect(assessor.locator('li.case')).toHaveCount(30);
  await expect(assessor.locator('li.case[data-complete=true]')).toHaveCount(30);
  await expect(assessor.locator('li.case').first().getByLabel('Procedure type')).toBeDisabled();
  await expect(assessor.getByRole('button', { name: 'Same as the previous case' })).toHaveCount(0);
  await expect(assessor.locator('details.redraw')).toHaveCount(0);
  await assessor.getByRole('link', { name: 'Back to the assessment' }).click();
  await assessor.waitForURL(/\/assessments\/\d+$/);
  await hydrated(assessor);
  const item6b = assessor.locator('#item-6b');
  await item6b.locator('summary', { hasText: 'Ask the facility about this item' }).click();
  await item6b.getByLabel('Question or evidence requested').fill('Please upload the signed protocol.');
  await item6b.getByRole('button', { name: 'Open the query' }).click();
  await expect(assessor.locator('#item-6b .query')).toContainText('Please upload the signed protocol.');

  // The facility answers with new evidence; the clock waited.
  await page.goto(url);
  await hydrated(page);
  await expect(page.locator('.application-status')).toHaveText('Evidence requested by the assessors');
  const thread = page.locator('#item-6b .query');
  await expect(thread).toContainText('Please upload the signed protocol.');
  await page.locator('#item-6b').getByLabel('Attach a file', { exact: true }).setInputFiles({ name: 'Signed protocol.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('#item-6b').getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/evidence=uploaded#item-6b$/);
  await hydrated(page);
  await page.locator('#item-6b .query').getByLabel('Reply').fill('The signed protocol is attached.');
  await page.locator('#item-6b .query').getByLabel('Attach a file from the evidence library').selectOption({ label: 'Signed protocol.pdf' });
  await page.locator('#item-6b .query').getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#item-6b .query')).toContainText('The signed protocol is attached.');

  // A second reply whose answers are lost on the way (the server stores it, the browser never
  // hears back) waits on this device, survives a reload, is sent again with the same key and
  // reaches the assessors once.
  const REPLY = 'Also: the consent form is on page 3.';
  const lose = async (route: import('@playwright/test').Route) => {
    await route.fetch();
    await route.abort('failed');
  };
  await page.route('**/api/reply_to_query*', lose);
  await page.locator('#item-6b .query').getByLabel('Reply').fill(REPLY);
  await page.locator('#item-6b .query').getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#item-6b .pending-reply')).toContainText('Offline — saved on this device');
  await expect(page.locator('#item-6b .pending-reply')).toContainText(REPLY);
  await expect(page.locator('#item-6b .query').getByLabel('Reply')).toHaveValue('');
  await page.reload();
  await hydrated(page);
  await expect(page.locator('#item-6b .pending-reply')).toContainText(REPLY);
  await page.unroute('**/api/reply_to_query*', lose);
  await expect(page.locator('#item-6b .pending-reply')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('#item-6b .query-messages li', { hasText: REPLY })).toHaveCount(1);

  await assessor.reload();
  await hydrated(assessor);
  await expect(assessor.locator('#item-6b .query')).toContainText('The signed protocol is attached.');
  await expect(assessor.locator('#item-6b .query-messages li', { hasText: REPLY })).toHaveCount(1);
  // The assessor opens the evidence they judge from the workspace and gets the uploaded bytes;
  // an assessor who is not assigned to this application is refused.
  const href = await assessor.locator('#item-6b .evidence-files a', { hasText: 'Signed protocol.pdf' }).getAttribute('href');
  expect(href).toMatch(/^\/evidence\/\d+$/);
  const file = await assessor.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-security-policy']).toContain('sandbox');
  expect(Buffer.compare(await file.body(), PDF)).toBe(0);
  const stranger = await newAssessor(browser, admin, OTHER_ASSESSOR);
  await signIn(stranger, OTHER_ASSESSOR.email, OTHER_ASSESSOR.password);
  expect((await stranger.request.get(href!)).status()).toBe(403);
  await stranger.context().close();
  await assessor.locator('#item-6b .query').getByRole('button', { name: 'Close the query' }).click();
  await expect(assessor.locator('#item-6b .query')).toHaveAttribute('data-open', 'false');

  // The office asks for amendments on 6b only.
  await admin.goto(`/admin/applications/${applicationId}`);
  await hydrated(admin);
  await expect(admin.locator('.application-status')).toContainText('Under assessment');
  await admin.locator('#decision-outcome').selectOption('amendments_required');
  await admin.locator('#decision-items').fill('6b');
  await admin.locator('#decision-comment').fill('Name the owner of the protocol.');
  await admin.getByRole('button', { name: 'Record the decision' }).click();
  await expect(admin.locator('.application-status')).toContainText('Amendments required');

  // The AR amends 6b (6a stays closed) and submits again.
  await page.goto(url);
  await hydrated(page);
  await expect(page.locator('.decision-outcome')).toContainText('found items to amend');
  await expect(page.locator('#item-6a input[type=radio]').first()).toBeDisabled();
  await expect(page.locator('#item-6b input[type=radio]').first()).toBeEnabled();
  await page.locator('#item-6b fieldset.yes-no textarea').fill('Owner: head of interventional radiology.');
  await page.locator('#item-6b fieldset.yes-no textarea').blur();
  await expect(page.locator('#item-6b .save-state')).toHaveText('Saved');
  await submitApplication(page);

  // Accredited: the dashboard shows it and the certificate verifies as valid.
  await admin.reload();
  await hydrated(admin);
  await expect(admin.locator('.application-status')).toContainText('Under assessment');
  await admin.locator('#decision-outcome').selectOption('accredited');
  await admin.getByRole('button', { name: 'Record the decision' }).click();
  await expect(admin.locator('.application-status')).toContainText('Accredited');

  await page.goto('/facilities');
  await hydrated(page);
  await page.getByRole('link', { name: HOLDER.facility }).click();
  await hydrated(page);
  await expect(page.locator('body')).toContainText('Accredited Centre');
  await page.goto(`${url}/decision`);
  await hydrated(page);
  await expect(page.locator('.decision-outcome')).toContainText('accredited as an IASIOS Accredited Centre');
  const letter = await page.request.get(`${url}/decision.pdf?lang=de`);
  expect(letter.status()).toBe(200);
  expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');
  expect((await assessor.request.get(`${url}/decision.pdf`)).status()).toBe(403);
  await page.getByRole('link', { name: 'Verify the certificate' }).click();
  await page.waitForURL(/\/verify\/[A-Z0-9]+$/);
  await hydrated(page);
  await expect(page.locator('.certificate-state')).toHaveText('Valid');
  await expect(page.locator('.certificate')).toContainText(HOLDER.facility);
  const badge = await page.request.get(`${page.url()}/badge.svg`);
  expect(badge.status()).toBe(200);
  expect(badge.headers()['content-type']).toContain('image/svg+xml');
  for (const lang of ['en', 'ar', 'zh-CN']) {
    const pdf = await page.request.get(`${page.url()}/certificate.pdf?lang=${lang}`);
    expect(pdf.status(), lang).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await page.goto('/directory');
  await hydrated(page);
  await expect(page.locator('.directory-table')).toContainText(HOLDER.facility);
});

const DECLINED = { facility: 'E2E Declined Unit', name: 'Dee Representative', email: 'dee@declined.e2e.example', password: 'dee-declined-pass' };
const DECLINING_ASSESSOR = { name: 'Dax Assessor', email: 'dax@assessor.e2e.example', password: 'dax-assessor-pass' };

test('not accredited: reasons per item in the letter and its PDF, the facility stays enrolled and opens a new application', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const admin = await enrolledFacility(page, browser, DECLINED);
  const url = await openApplication(page, DECLINED);
  const applicationId = url.split('/').pop();
  await completeQuestionnaire(page);

  // The answers as a spreadsheet: one row per item under a heading row, read back here.
  await page.goto(url);
  await hydrated(page);
  const sheetLink = page.getByRole('link', { name: 'Answers as a spreadsheet (XLSX)' });
  const xlsx = await page.request.get((await sheetLink.getAttribute('href'))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-disposition']).toContain('.xlsx');
  const rows = await readSheet(await xlsx.body());
  expect(rows[0]).toEqual(['Standard', 'Item', 'Level', 'Question', 'Answer', 'Evidence files', 'Last changed by', 'Last change (UTC)']);
  expect(rows).toHaveLength(1 + 55);
  const items = rows.slice(1).map((r) => String(r[1]));
  expect(new Set(items).size).toBe(55);
  expect(items.slice(0, 2)).toEqual(['1a', '1b']);
  const first = rows[1];
  expect(first[2]).toBe('Core');
  expect(String(first[4])).not.toBe('');
  expect(Number(first[5])).toBeGreaterThanOrEqual(1);
  expect(first[6]).toBe(DECLINED.name);
  const csv = await page.request.get(`${url}/answers.csv?lang=de`);
  expect(csv.status()).toBe(200);
  const csvLines = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(csvLines[0]).toMatch(/^Standard,Kriterium,Stufe,Frage,Antwort/);
  // `?lang=` also sets the language cookie, as on pages: back to English for the rest.
  await page.request.get('/?lang=en');
  // Someone outside the facility gets nothing.
  expect((await admin.request.get(`${url}/answers.xlsx`)).status()).toBe(200);
  const outsider = await (await browser.newContext()).newPage();
  expect((await outsider.request.get(`${url}/answers.xlsx`)).status()).toBe(401);
  await outsider.context().close();

  await completeCaseReview(page, url);
  await submitApplication(page);

  // The submitted application as a document: every item, the evidence, and the fingerprint of
  // the receipt, checked again.
  const receiptHash = (await page.locator('.receipt .hash').textContent())!.match(/[0-9a-f]{64}/)![0];
  await page.getByRole('link', { name: 'Read the submitted application' }).click();
  await page.waitForURL(/\/snapshot$/);
  await hydrated(page);
  await expect(page.locator('.fingerprint')).toHaveText(receiptHash);
  await expect(page.locator('.fingerprint-check')).toHaveAttribute('data-verified', 'true');
  await expect(page.locator('.snapshot-item')).toHaveCount(55);
  await expect(page.locator('.snapshot-item[data-item="1a"] .snapshot-files')).toContainText('Unit policy.pdf');
  await expect(page.locator('.snapshot-item[data-item="1a"] .sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.locator('.snapshot-case-review')).toContainText('30 cases');

  const assessor = await newAssessor(browser, admin, DECLINING_ASSESSOR);
  await admin.goto(`/admin/applications/${applicationId}`);
  await hydrated(admin);
  await admin.getByLabel('Assign an assessor').selectOption({ label: `${DECLINING_ASSESSOR.name} <${DECLINING_ASSESSOR.email}>` });
  await admin.getByRole('button', { name: 'Assign', exact: true }).click();
  await signIn(assessor, DECLINING_ASSESSOR.email, DECLINING_ASSESSOR.password);
  await assessor.goto('/assessments');
  await hydrated(assessor);
  await assessor.getByRole('button', { name: 'Send the declaration' }).click();
  await expect(assessor.getByRole('link', { name: 'Open the application' })).toBeVisible();
  // The assigned assessor reads the same document.
  await assessor.goto(`${url}/snapshot`);
  await hydrated(assessor);
  await expect(assessor.locator('.fingerprint')).toHaveText(receiptHash);
  await expect(assessor.locator('.snapshot-item')).toHaveCount(55);

  // The office declines: without reasons it is refused and the form keeps what was typed.
  await admin.reload();
  await hydrated(admin);
  await expect(admin.locator('.application-status')).toContainText('Under assessment');
  await admin.locator('#decision-outcome').selectOption('not_accredited');
  await admin.locator('#decision-comment').fill('Apply again once the tumour board meets weekly.');
  await admin.getByRole('button', { name: 'Record the decision' }).click();
  await expect(admin.locator('.decision-form')).toContainText('states its reasons');
  await expect(admin.locator('#decision-comment')).toHaveValue('Apply again once the tumour board meets weekly.');
  await admin.getByLabel('Reasons per item').fill('3b: the tumour board meets monthly\n1a: no named clinical lead');
  await admin.getByRole('button', { name: 'Record the decision' }).click();
  await expect(admin.locator('.application-status')).toContainText('Not accredited');

  // The letter: the outcome, the reasons in item order, the day a new application may open.
  await page.goto(`${url}/decision`);
  await hydrated(page);
  await expect(page.locator('.decision-outcome')).toContainText('does not yet meet');
  await expect(page.locator('.decision-reasons dt')).toHaveText(['1a', '3b']);
  await expect(page.locator('.decision-reasons dd').last()).toHaveText('the tumour board meets monthly');
  await expect(page.locator('.reapply-from')).toContainText('A new application can be opened from');
  await expect(page.locator('body')).not.toContainText('Verify the certificate');
  for (const lang of ['en', 'de', 'ar']) {
    const letter = await page.request.get(`${url}/decision.pdf?lang=${lang}`);
    expect(letter.status(), lang).toBe(200);
    expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await page.request.get('/?lang=en');

  // The facility is still an Enrolled Centre; opening the application finds the declined one.
  await page.goto('/facilities');
  await hydrated(page);
  await page.getByRole('link', { name: DECLINED.facility }).click();
  await hydrated(page);
  await expect(page.locator('body')).toContainText('Enrolled Centre');
  await page.getByRole('button', { name: 'Go to the application' }).click();
  await page.waitForURL(new RegExp(`/applications/${applicationId}(\\?.*)?$`));
  await hydrated(page);
  await expect(page.locator('.application-status').first()).toHaveText('Not accredited');

  // The waiting period is 0 days in this test server: a new, blank application opens.
  await page.goto(`${url}/decision`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start a new application' }).click();
  await page.waitForURL(/\/applications\/\d+$/);
  expect(page.url()).not.toBe(url);
  await hydrated(page);
  await expect(page.locator('.readiness-verdict')).toHaveAttribute('data-ready', 'false');
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 0 of 27');
  await expect(page.locator('#item-1a input[type=radio]').first()).toBeEnabled();
  await assessor.context().close();
});
