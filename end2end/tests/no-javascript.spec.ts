// Runs in the `no-javascript` project (playwright.config.ts): the browser executes no script
// at all. The public pages and the plain-form flows of an anonymous visitor are server HTML
// and form posts; the server answers a post with the next page, or with the form's page and
// the error in its address.
import { test, expect, hydrated, readMail, linkIn, registerFacility, signIn } from './fixtures';
import type { Browser, Page } from '@playwright/test';
import { ADMIN } from '../playwright.config';

const WHO = { name: 'Nora Noscript', email: 'nora@noscript.e2e.example', password: 'nora-noscript-passphrase' };
const HOLDER = { facility: 'E2E No Script Unit', name: 'Nils Noscript', email: 'nils@noscript.e2e.example', password: 'nils-noscript-passphrase' };
const BOOKER = { facility: 'E2E No Script Workshop Unit', name: 'Nina Noscript', email: 'nina@noscript.e2e.example', password: 'nina-noscript-passphrase' };

test('public pages: language, manual search, directory filter, workshops', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('h1')).toHaveText('From enrolment to Centre of Excellence');
  await page.locator('#language-select').selectOption('de');
  await page.getByRole('button', { name: 'Change language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('/manual?lang=en');

  await page.locator('#manual-search').fill('offline');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=offline/);
  await expect(page.locator('.manual-results li').first()).toBeVisible();
  await expect(page.locator('#manual-search')).toHaveValue('offline');

  await page.goto('/directory');
  await page.getByLabel('Status').selectOption('accredited');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/[?&]status=accredited/);
  await expect(page.getByLabel('Status')).toHaveValue('accredited');

  await page.goto('/workshops');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshops');
});

test('sign up, confirm the address, sign in and out with plain forms', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);

  await page.goto('/sign-up?lang=en');
  const fill = async (password: string) => {
    await page.getByLabel('Your name', { exact: true }).fill(WHO.name);
    await page.getByLabel('Your email address', { exact: true }).fill(WHO.email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
  };
  // Refused: the page comes back with the message next to the field.
  await fill('short');
  await expect(page.locator('#field-password-error')).toContainText('Use at least');
  await fill(WHO.password);
  await expect(page.getByRole('status')).toBeVisible();

  await page.goto(linkIn(await readMail(admin, WHO.email, 'confirm-email'), '/confirm-email?token='));
  await page.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(page.getByRole('status')).toContainText('confirmed');

  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(WHO.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('[role=alert]')).toContainText('not correct');
  await page.getByLabel('Email address').fill(WHO.email);
  await page.getByLabel('Password').fill(WHO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.signed-in-as')).toHaveText(`Signed in as ${WHO.name}`);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page.locator('.signed-in-as')).toHaveCount(0);
});

/** Registers `who`'s facility and activates it from the mailed link with plain forms; answers
 *  the office's page (a context with scripts), signed in, which reads the outbox. */
async function activatedFacility(page: Page, browser: Browser, who: typeof HOLDER): Promise<Page> {
  const admin = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await registerFacility(page, who);
  await page.goto(linkIn(await readMail(admin, who.email, 'activation'), '/activate?token='));
  await page.getByRole('button', { name: 'Activate now' }).click();
  await expect(page.getByRole('status')).toContainText('is activated');
  return admin;
}

test('register and activate a facility with plain forms', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await activatedFacility(page, browser, HOLDER);
  // The facility's name came with the redirect's address.
  await expect(page.getByRole('status')).toContainText(HOLDER.facility);
});

test('book and cancel a workshop seat with plain forms', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const admin = await activatedFacility(page, browser, BOOKER);

  // The office schedules a workshop.
  const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await admin.goto('/admin/workshops');
  await hydrated(admin);
  const form = admin.locator('form.workshop-form');
  await form.getByLabel('Title').fill('E2E Workshop without scripts');
  await form.getByLabel('Online').fill('https://meet.example/no-script');
  await form.getByLabel('Starts (local time)').fill(`${day}T10:00`);
  await form.getByLabel('Ends (local time)').fill(`${day}T12:00`);
  await form.getByLabel('Seats').fill('5');
  await form.getByRole('button', { name: 'Schedule the workshop' }).click();
  await admin.getByRole('link', { name: 'Open it' }).click();
  await admin.waitForURL(/\/workshops\/\d+$/);
  const workshop = new URL(admin.url()).pathname;

  // The member books a seat and cancels it: each a form post answered with the page.
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(BOOKER.email);
  await page.getByLabel('Password').fill(BOOKER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.signed-in-as')).toBeVisible();
  await page.goto(workshop);
  await page.locator('.workshop-book').getByRole('button', { name: 'Book a seat' }).click();
  const mine = page.locator('.bookings tr', { hasText: BOOKER.email });
  await expect(mine).toHaveAttribute('data-status', 'confirmed');
  await expect(page.locator('.online-link a')).toHaveAttribute('href', 'https://meet.example/no-script');
  await mine.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.bookings tr', { hasText: BOOKER.email })).toHaveAttribute('data-status', 'cancelled');
});
