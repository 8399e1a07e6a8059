import { test, expect, hydrated, signIn, readMail, linkIn, grantRole } from './fixtures';
import { ADMIN } from '../playwright.config';
import type { Page } from '@playwright/test';

const HOLDER = { name: 'Dr Ann Holder', email: 'ann@stmarys.e2e.example', password: 'ann-holder-passphrase' };
const COLLEAGUE = { name: 'Bob Colleague', email: 'bob@stmarys.e2e.example', password: 'bob-colleague-passphrase' };
const FACILITY = 'E2E Interventional Oncology Unit';

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

async function fillRegistration(page: Page, procedures: string, facility = FACILITY, email = HOLDER.email) {
  await page.getByLabel('Name of the facility or service', { exact: true }).fill(facility);
  await page.getByLabel('Hospital or institution', { exact: true }).fill("St Mary's Hospital");
  await page.getByLabel('Department', { exact: true }).fill('Interventional Radiology');
  await page.getByLabel('Address', { exact: true }).fill('1 Hospital Road, Springfield');
  await page.getByLabel('Country', { exact: true }).fill('Ireland');
  await page.getByLabel('Therapeutic interventional-oncology procedures per year', { exact: true }).fill(procedures);
  await page.getByLabel('Name of the head of department or hospital director who approved', { exact: true }).fill('Prof. Jane Head');
  await page.getByLabel('Their email address', { exact: true }).fill('head@stmarys.e2e.example');
  await page.getByLabel('Date of approval', { exact: true }).fill(daysAgo(5));
  await page.getByLabel(/I confirm that the head of department/).check();
  await page.getByLabel('Your name', { exact: true }).fill(HOLDER.name);
  await page.getByLabel('Your email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(HOLDER.password);
}

test('a registration below 150 procedures shows the error at the field and saves nothing', async ({ page, browser }) => {
  await page.goto('/register');
  await hydrated(page);
  await fillRegistration(page, '120', 'Too Small Unit', 'small@e2e.example');
  await page.getByRole('button', { name: 'Register facility' }).click();
  const field = page.getByLabel('Therapeutic interventional-oncology procedures per year', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-procedures_per_year-error')).toHaveText(
    'Accreditation requires at least 150 therapeutic interventional-oncology procedures a year.');
  // What was typed is still there.
  await expect(field).toHaveValue('120');
  await expect(page.getByLabel('Name of the facility or service', { exact: true })).toHaveValue('Too Small Unit');

  // Nothing was saved: no facility, no account, no mail.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto('/admin');
  await hydrated(admin);
  await expect(admin.locator('.admin-users')).toContainText(ADMIN.email);
  await expect(admin.locator('.admin-facilities')).not.toContainText('Too Small Unit');
  await expect(admin.locator('.admin-users')).not.toContainText('small@e2e.example');
  await admin.goto('/admin/outbox');
  await hydrated(admin);
  await expect(admin.locator('li.mail[data-to="small@e2e.example"]')).toHaveCount(0);
});

test('register, activate from the mail, join with the code, approve, change the AR', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);

  await test.step('register the facility', async () => {
    await page.goto('/register');
    await hydrated(page);
    await fillRegistration(page, '240');
    await page.getByRole('button', { name: 'Register facility' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  });

  let code = '';
  await test.step('activate with the link from the mail', async () => {
    const mail = await readMail(admin, HOLDER.email, 'activation');
    code = /[2-9A-Z]{5}-[2-9A-Z]{5}/.exec(mail)?.[0] ?? '';
    expect(code).not.toBe('');
    // Not yet confirmed: signing in explains what to do.
    await page.goto('/sign-in');
    await hydrated(page);
    await page.getByLabel('Email address', { exact: true }).fill(HOLDER.email);
    await page.getByLabel('Password', { exact: true }).fill(HOLDER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('[role=alert]')).toContainText('confirm your email address first');

    await page.goto(linkIn(mail, '/activate?token='));
    await hydrated(page);
    await page.getByRole('button', { name: 'Activate now' }).click();
    await expect(page.getByRole('status')).toContainText(`${FACILITY} is activated`);
    await admin.goto('/admin');
    await expect(admin.locator('.admin-facilities tr', { hasText: FACILITY })).toContainText('Activated – enrolment payment pending');
  });

  await test.step('the main account holder signs in and sees the dashboard', async () => {
    await signIn(page, HOLDER.email, HOLDER.password);
    await page.getByRole('link', { name: 'My facilities' }).click();
    await hydrated(page);
    await page.getByRole('link', { name: FACILITY }).click();
    await hydrated(page);
    await expect(page.locator('.facility-code')).toHaveText(code);
    await expect(page.locator('.facts')).toContainText('Activated – enrolment payment pending');
    await expect(page.locator('.history li')).toHaveCount(2);
    await expect(page.locator('tr[data-role=authorised_representative] .role-holder')).toHaveText(HOLDER.name);
  });

  const bob = await (await browser.newContext()).newPage();
  await test.step('a colleague signs up, confirms the address and joins with the code', async () => {
    await bob.goto('/sign-up');
    await hydrated(bob);
    await bob.getByLabel('Your name', { exact: true }).fill(COLLEAGUE.name);
    await bob.getByLabel('Your email address', { exact: true }).fill(COLLEAGUE.email);
    await bob.getByLabel('Password', { exact: true }).fill(COLLEAGUE.password);
    await bob.getByRole('button', { name: 'Create account' }).click();
    await expect(bob.getByRole('status')).toContainText('confirm your address');
    const mail = await readMail(admin, COLLEAGUE.email, 'confirm-email');
    await bob.goto(linkIn(mail, '/confirm-email?token='));
    await hydrated(bob);
    await bob.getByRole('button', { name: 'Confirm email address' }).click();
    await expect(bob.getByRole('status')).toContainText('Your email address is confirmed');

    await signIn(bob, COLLEAGUE.email, COLLEAGUE.password);
    await bob.goto('/facilities');
    await hydrated(bob);
    await bob.getByLabel('Facility code', { exact: true }).fill('ZZZZZ-ZZZZZ');
    await bob.getByRole('button', { name: 'Ask to join' }).click();
    await expect(bob.locator('#field-code-error')).toContainText('There is no active facility with this code');
    await bob.getByLabel('Facility code', { exact: true }).fill(code.toLowerCase());
    await bob.getByRole('button', { name: 'Ask to join' }).click();
    await expect(bob.getByRole('status')).toContainText('Your request has been sent');
    await expect(bob.locator('.facility-list')).toContainText('Awaiting approval');
    expect(await readMail(admin, HOLDER.email, 'join-requested')).toContain(COLLEAGUE.email);
  });

  await test.step('the main account holder approves and names the colleague AR', async () => {
    await page.reload();
    await hydrated(page);
    const request = page.locator(`.pending-requests li[data-member="${COLLEAGUE.email}"]`);
    await request.getByRole('button', { name: 'Approve' }).click();
    await expect(page.locator(`table.members tr[data-member="${COLLEAGUE.email}"]`)).toBeVisible();
    await expect(page.locator('.pending-requests')).toHaveCount(0);
    expect(await readMail(admin, COLLEAGUE.email, 'join-approved')).toContain(FACILITY);

    const arRow = page.locator('tr[data-role=authorised_representative]');
    await arRow.locator('select').selectOption({ label: COLLEAGUE.name });
    await arRow.getByRole('button', { name: 'Name' }).click();
    await expect(arRow.locator('.role-holder')).toHaveText(COLLEAGUE.name);
    await page.reload();
    await expect(page.locator('tr[data-role=authorised_representative] .role-holder')).toHaveText(COLLEAGUE.name);
    // Still exactly one AR, and the colleague sees the role on their own list.
    await expect(page.locator('tr[data-role=authorised_representative]')).toHaveCount(1);
    await bob.goto('/facilities');
    await expect(bob.locator('.facility-list')).toContainText('Authorised Representative');
  });

  await test.step('the AR cannot be removed until another is named', async () => {
    await hydrated(page);
    const row = page.locator(`table.members tr[data-member="${COLLEAGUE.email}"]`);
    await row.getByRole('button', { name: `Remove ${COLLEAGUE.name}` }).click();
    await expect(page.locator('[role=alert]')).toContainText('Name another Authorised Representative');
    await expect(row).toBeVisible();
  });
});

test('an administrator grants a global role, confirmed in the page, and disables an account', async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin');
  await hydrated(page);
  await grantRole(page, COLLEAGUE, 'Assessor');
  await page.reload();
  await hydrated(page);
  const row = page.locator(`.admin-users tr[data-user="${COLLEAGUE.email}"]`);
  await expect(row.locator('.user-roles')).toHaveText('Assessor');

  // Disabling the account ends the colleague's session at once and refuses sign-in.
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, COLLEAGUE.email, COLLEAGUE.password);
  await row.locator('summary').click();
  const disable = row.locator('form:not([data-role])');
  await disable.getByRole('checkbox').check();
  await disable.getByRole('button', { name: `Disable the account of ${COLLEAGUE.name}` }).click();
  await expect(row).toHaveAttribute('data-disabled', 'true');
  await colleague.reload();
  await hydrated(colleague);
  await expect(colleague.locator('.signed-in-as')).toHaveCount(0);
  await colleague.goto('/sign-in');
  await hydrated(colleague);
  await colleague.getByLabel('Email address').fill(COLLEAGUE.email);
  await colleague.getByLabel('Password').fill(COLLEAGUE.password);
  await colleague.getByRole('button', { name: 'Sign in' }).click();
  await expect(colleague.locator('[role=alert]')).toContainText('disabled');
  await colleague.context().close();

  // Enabled again, for the tests that follow.
  await page.reload();
  await hydrated(page);
  await row.locator('summary').click();
  await disable.getByRole('checkbox').check();
  await disable.getByRole('button', { name: `Enable the account of ${COLLEAGUE.name}` }).click();
  await expect(row).toHaveAttribute('data-disabled', 'false');
});
