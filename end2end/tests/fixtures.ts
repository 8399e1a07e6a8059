import { test as base, expect, Page, Browser, Locator } from '@playwright/test';
import { ADMIN } from '../playwright.config';

/** Fails a test on any uncaught page error or console error (hydration mismatches, panics
 *  in the wasm and Content-Security-Policy violations surface as one of these). */
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
      // Server-function calls a test cuts off on purpose (offline emulation, an aborted route).
      if (/net::ERR_(INTERNET_DISCONNECTED|FAILED)/.test(m.text()) && new URL(m.location().url || 'http://x/').pathname.startsWith('/api/')) return;
      errors.push(`console: ${m.text()}`);
    });
    // A Content-Security-Policy violation fails the test too, named as such (Chromium also
    // logs its own console error for it).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await use(errors);
    expect(errors, 'browser errors').toEqual([]);
  }, { auto: true }],
});
export { expect };

/** Waits until the page is interactive: hydrated by the bundle. Pages that go without it
 *  (anonymous visitors) are ready once loaded: their one inline script runs before `load`
 *  (and not at all in the JavaScript-disabled project). */
export async function hydrated(page: Page) {
  if ((await page.locator('link[rel=modulepreload]').count()) === 0) return;
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** Signs in on /sign-in and waits for the signed-in header. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.signed-in-as')).toBeVisible();
}

/** Creates an account on /sign-up and confirms its email address through the outbox
 *  (`admin` must be signed in as an administrator). */
export async function signUp(page: Page, admin: Page, who: { name: string; email: string; password: string }) {
  await page.goto('/sign-up?lang=en');
  await hydrated(page);
  await page.getByLabel('Your name', { exact: true }).fill(who.name);
  await page.getByLabel('Your email address', { exact: true }).fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await page.goto(linkIn(await readMail(admin, who.email, 'confirm-email'), '/confirm-email?token='));
  await hydrated(page);
  await page.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(page.getByRole('status')).toContainText('confirmed');
}

/** The text of the newest mail of `kind` to `to`, read from the administrator's outbox page
 *  (`adminPage` must be signed in as an administrator). */
export async function readMail(adminPage: Page, to: string, kind: string): Promise<string> {
  await adminPage.goto('/admin/outbox');
  await hydrated(adminPage);
  const mail = adminPage.locator(`li.mail[data-to="${to}"][data-kind="${kind}"]`).first();
  await expect(mail).toBeAttached();
  await mail.locator('summary').click();
  const body = mail.locator('.mail-body');
  await expect(body).toBeVisible();
  return (await body.textContent()) ?? '';
}

/** The first link to `path` in a mail text. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/[?]/g, '\\?')}\\S*`).exec(text);
  expect(match, `a ${path} link in:\n${text}`).not.toBeNull();
  return match![0];
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/** Fills and sends the registration form in English; returns after "Check your email". */
export async function registerFacility(page: Page, who: { facility: string; name: string; email: string; password: string }) {
  await page.goto('/register?lang=en');
  await hydrated(page);
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Name of the facility or service').fill(who.facility);
  await field('Hospital or institution').fill('University Hospital');
  await field('Department').fill('Interventional Radiology');
  await field('Address').fill('2 Clinic Street, Vienna');
  await field('Country').fill('Austria');
  await field('Therapeutic interventional-oncology procedures per year').fill('310');
  await field('Name of the head of department or hospital director who approved').fill('Prof. Head');
  await field('Their email address').fill('head@hospital.e2e.example');
  await field('Date of approval').fill(daysAgo(3));
  await page.getByLabel(/I confirm that the head of department/).check();
  await field('Your name').fill(who.name);
  await field('Your email address').fill(who.email);
  await field('Password').fill(who.password);
  await page.getByRole('button', { name: 'Register facility' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
}

type Holder = { facility: string; name: string; email: string; password: string };

/** An enrolled facility (registered, activated, invoice paid by the administrator); answers
 *  the administrator's page, signed in. */
export async function enrolledFacility(page: Page, browser: Browser, holder: Holder): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await registerFacility(page, holder);
  await page.goto(linkIn(await readMail(admin, holder.email, 'activation'), '/activate?token='));
  await hydrated(page);
  await page.getByRole('button', { name: 'Activate now' }).click();
  await expect(page.getByRole('status')).toContainText('is activated');
  await admin.goto('/admin/invoices?status=open');
  await hydrated(admin);
  const row = admin.locator('tr', { hasText: holder.facility });
  await row.locator('summary').click();
  await row.getByLabel('Amount received').fill('2400');
  await row.getByLabel('Bank reference').fill('BANK-Q');
  await row.getByRole('button', { name: 'Record payment' }).click();
  await expect(admin.getByRole('status')).toContainText('Enrolled Centre');
  return admin;
}

/** Signs in as the holder, opens the facility's application; answers its address. */
export async function openApplication(page: Page, holder: Holder): Promise<string> {
  await signIn(page, holder.email, holder.password);
  await page.goto('/facilities');
  await hydrated(page);
  await page.getByRole('link', { name: holder.facility }).click();
  await hydrated(page);
  await page.getByRole('button', { name: 'Go to the application' }).click();
  await page.waitForURL(/\/applications\/\d+(\?.*)?$/);
  await hydrated(page);
  // Without the query (the language parameter of the first page may still be on it).
  const address = new URL(page.url());
  return address.origin + address.pathname;
}

/** Answers one item validly through its input, whatever its answer type. */
export async function answerValidly(item: Locator) {
  if (await item.locator('fieldset.yes-no').count()) {
    await item.locator('fieldset.yes-no textarea').fill('Documented in the unit handbook.');
    await item.getByLabel('Yes').check();
  } else if (await item.locator('input[type=number]').count()) {
    const input = item.locator('input[type=number]');
    await input.fill((await input.getAttribute('min')) ?? '1');
    await input.blur();
  } else if (await item.locator('input[type=date]').count()) {
    await item.locator('input[type=date]').fill(new Date().toISOString().slice(0, 10));
    await item.locator('input[type=date]').blur();
  } else if (await item.locator('.answer.text textarea').count()) {
    await item.locator('.answer.text textarea').fill('Described in the unit policy.');
    await item.locator('.answer.text textarea').blur();
  } else {
    await item.locator('fieldset.choice input').first().check();
  }
  await expect(item.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}


/** Answers a yes/no item "No" with its explanation: an extended item not yet met. */
export async function answerNotYetMet(item: Locator) {
  await item.locator('fieldset.yes-no textarea').fill('Planned for the next cycle.');
  await item.getByLabel('No', { exact: true }).check();
  await expect(item.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

/** Answers every core item of the open questionnaire through the page. */
export async function answerCoreItems(page: Page) {
  const core = page.locator('article.item[data-level=core]');
  await expect(core).toHaveCount(27);
  for (let i = 0; i < 27; i++) await answerValidly(core.nth(i));
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 27 of 27');
}

/** Answers every item of the open questionnaire as met through the page. */
export async function answerEveryItem(page: Page) {
  const items = page.locator('article.item');
  await expect(items).toHaveCount(55);
  for (let i = 0; i < 55; i++) await answerValidly(items.nth(i));
  await expect(page.locator('.readiness-core')).toHaveText('Core items answered: 27 of 27');
  await expect(page.locator('.readiness-extended')).toContainText('Extended items answered: 28 of 28');
}

const POLICY = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% unit policy\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Uploads one policy document at the first core item that asks for evidence and links it
 *  from the library to every other such core item, as a team with one quality manual does. */
export async function linkCoreEvidence(page: Page) {
  const core = page.locator('article.item[data-level=core]:has(.evidence-needed)');
  const first = core.first();
  const key = (await first.getAttribute('data-item'))!;
  await first.getByLabel('Attach a file', { exact: true }).setInputFiles({ name: 'Unit policy.pdf', mimeType: 'application/pdf', buffer: POLICY });
  await first.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(new RegExp(`evidence=uploaded#item-${key}$`));
  await hydrated(page);
  const count = await core.count();
  for (let i = 1; i < count; i++) {
    const item = core.nth(i);
    await item.getByLabel('Or choose one from the library').selectOption({ label: 'Unit policy.pdf' });
    await item.getByRole('button', { name: 'Link' }).click();
    await expect(item.locator('.evidence-files')).toContainText('Unit policy.pdf');
  }
}

/** What the submission gate needs besides the case review: every item answered as met and
 *  the core items' evidence linked. */
export async function completeQuestionnaire(page: Page) {
  await answerEveryItem(page);
  await linkCoreEvidence(page);
  await expect(page.locator('.blockers li[data-item]:not([data-item=case-review])')).toHaveCount(0);
}

/** Draws the internal case review from 40 references and completes the 30 forms; back on
 *  the questionnaire afterwards. */
export async function completeCaseReview(page: Page, url: string) {
  await page.goto(`${url}/case-review`);
  await hydrated(page);
  const refs = Array.from({ length: 40 }, (_, i) => `IO-${String(i + 1).padStart(4, '0')}`);
  await page.getByLabel('Case references').fill(refs.join('\n'));
  await page.getByRole('button', { name: 'Draw 30 cases' }).click();
  const cases = page.locator('li.case');
  await expect(cases).toHaveCount(30);
  await fillCaseForms(page);
  await expect(page.locator('.case-progress')).toHaveText('30 of 30 cases complete');
  await expect(cases.last().locator('.save-state')).toHaveText('Saved');
  await expect(page.locator('li.case .save-state', { hasText: 'Saving' })).toHaveCount(0);
  await page.goto(url);
  await hydrated(page);
}

/** Completes every drawn case's form on the case review page: the first by hand, the others
 *  with "Same as the previous case". */
export async function fillCaseForms(page: Page) {
  const cases = page.locator('li.case');
  const today = new Date().toISOString().slice(0, 10);
  const first = cases.first();
  await expect(first.getByRole('button', { name: 'Same as the previous case' })).toHaveCount(0);
  await first.getByLabel('Procedure type').selectOption('tace');
  await first.getByLabel('Procedure date').fill(today);
  await first.getByLabel('Procedure date').blur();
  const yesNo = first.locator('fieldset.case-yes-no');
  for (let j = 0; j < 3; j++) await yesNo.nth(j).getByLabel('Yes').check();
  await first.getByLabel('Complications (CIRSE grade)').selectOption('none');
  await expect(first).toHaveAttribute('data-complete', 'true');
  for (let i = 1; i < (await cases.count()); i++) {
    const c = cases.nth(i);
    await c.getByRole('button', { name: 'Same as the previous case' }).click();
    await expect(c).toHaveAttribute('data-complete', 'true');
    await expect(c.getByLabel('Procedure type')).toHaveValue('tace');
  }
}

/** The Authorised Representative confirms and submits the open questionnaire. */
export async function submitApplication(page: Page) {
  await page.getByLabel(/As Authorised Representative, I confirm/).check();
  await page.locator('#submit-application').click();
  await expect(page.locator('.receipt')).toContainText('Submitted on');
}

/** Creates an account for `who` (confirmed through the outbox) and the administrator grants
 *  it the assessor role; answers the new account's page, not signed in yet. */
export async function newAssessor(browser: Browser, admin: Page, who: { name: string; email: string; password: string }): Promise<Page> {
  const assessor = await (await browser.newContext()).newPage();
  await signUp(assessor, admin, who);
  await admin.goto('/admin');
  await hydrated(admin);
  await grantRole(admin, who, 'Assessor');

  return assessor;
}

/** The administrator grants a global role on /admin: a labelled control behind the person's
 *  "roles and access" disclosure, confirmed in the page before it does anything. */
export async function grantRole(admin: Page, who: { name: string; email: string }, role: 'Administrator' | 'Assessor' | 'Translator') {
  const row = admin.locator(`.admin-users tr[data-user="${who.email}"]`);
  await row.locator('summary').click();
  const form = row.locator(`form[data-role="${role}"]`);
  const grant = form.getByRole('button', { name: `Grant ${role} to ${who.name}` });
  // Without the confirmation the button does nothing (the browser asks for the checkbox).
  await grant.click();
  await expect(row.locator('.user-roles')).not.toContainText(role);
  await form.getByRole('checkbox').check();
  await grant.click();
  await expect(row.locator('.user-roles')).toContainText(role);
  await expect(row.locator(`form[data-role="${role}"]`).getByRole('button', { name: `Revoke ${role} from ${who.name}` })).toBeAttached();
}
