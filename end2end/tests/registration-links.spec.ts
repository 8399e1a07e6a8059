import { test, expect, hydrated, signIn, readMail, linkIn, registerFacility } from './fixtures';
import { ADMIN } from '../playwright.config';

const LOST = { facility: 'E2E Lost Link Unit', name: 'Lena Lost', email: 'lena@lost.e2e.example', password: 'lena-lost-passphrase' };
const BEHALF = { facility: 'E2E Behalf Unit', name: 'Otto Behalf', email: 'otto@behalf.e2e.example', password: 'otto-behalf-passphrase' };
const TWICE = { facility: 'E2E Twice Unit', name: 'Dina Twice', email: 'dina@twice.e2e.example', password: 'dina-twice-passphrase' };
const ASK = 'Link expired or lost? Send me a new link';

test('a lost activation link: the registrant asks for a new one, and the old one stops working', async ({ page, browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await registerFacility(page, LOST);
  const old = linkIn(await readMail(admin, LOST.email, 'activation'), '/activate?token=');

  // Asked for from the sign-in page, with the address as the person types it.
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByRole('link', { name: ASK }).click();
  await page.waitForURL(/\/resend-link$/);
  await page.getByLabel('Email address', { exact: true }).fill(LOST.email.toUpperCase());
  await page.getByRole('button', { name: 'Send a new link' }).click();
  await expect(page.getByRole('status')).toContainText('a new link is on its way');
  const renewed = linkIn(await readMail(admin, LOST.email, 'activation'), '/activate?token=');
  expect(renewed).not.toBe(old);

  // The old link no longer works, and its page offers a new one; the new one activates.
  await page.goto(old);
  await hydrated(page);
  await page.getByRole('button', { name: 'Activate now' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is not valid');
  await expect(page.getByRole('link', { name: ASK })).toBeVisible();
  await page.goto(renewed);
  await hydrated(page);
  await page.getByRole('button', { name: 'Activate now' }).click();
  await expect(page.getByRole('status')).toContainText(`${LOST.facility} is activated`);

  // An unknown address gets the same answer, and no mail.
  await page.goto('/resend-link');
  await hydrated(page);
  await page.getByLabel('Email address', { exact: true }).fill('nobody@unknown.e2e.example');
  await page.getByRole('button', { name: 'Send a new link' }).click();
  await expect(page.getByRole('status')).toContainText('a new link is on its way');
  await admin.goto('/admin/outbox');
  await hydrated(admin);
  await expect(admin.locator('li.mail[data-to="nobody@unknown.e2e.example"]')).toHaveCount(0);
});

test('the office activates a registration on the registrant\'s behalf and deletes one made twice', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await registerFacility(page, BEHALF);

  await admin.goto('/admin');
  await hydrated(admin);
  const row = (name: string) => admin.locator(`.admin-facilities tr[data-facility="${name}"]`);
  await row(BEHALF.facility).locator('.registration-actions summary').click();
  const activate = row(BEHALF.facility).locator('form.activate-form');
  await activate.getByLabel(/Why the office activates/).fill('The activation mail is blocked by the hospital filter; identity checked by phone.');
  // Nothing happens before the confirmation is ticked (the browser asks for it).
  await activate.getByRole('button', { name: "Activate on the registrant's behalf" }).click();
  await expect(row(BEHALF.facility)).toContainText('Registered');
  await activate.getByRole('checkbox').check();
  await activate.getByRole('button', { name: "Activate on the registrant's behalf" }).click();
  await expect(row(BEHALF.facility)).toContainText('Activated – enrolment payment pending');
  await expect(row(BEHALF.facility).locator('.registration-actions')).toHaveCount(0);

  // The registrant is told and signs in with the password chosen at registration.
  const told = await readMail(admin, BEHALF.email, 'activated-by-office');
  expect(told).toContain(`the programme office activated ${BEHALF.facility} on your behalf`);
  await signIn(page, BEHALF.email, BEHALF.password);

  // A registration made twice is deleted with a reason; its name and address are free again.
  const other = await (await browser.newContext()).newPage();
  await registerFacility(other, TWICE);
  await admin.goto('/admin');
  await hydrated(admin);
  await row(TWICE.facility).locator('.registration-actions summary').click();
  const remove = row(TWICE.facility).locator('form.delete-form');
  await remove.getByLabel(/Why the registration is deleted/).fill('Registered twice by mistake; the team uses the other registration.');
  await remove.getByRole('checkbox').check();
  await remove.getByRole('button', { name: 'Delete the registration' }).click();
  await expect(row(TWICE.facility)).toHaveCount(0);
  await registerFacility(other, TWICE);
  await admin.goto('/admin');
  await expect(row(TWICE.facility)).toContainText('Registered');
});
