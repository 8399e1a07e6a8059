import { test, expect, hydrated, signIn, readMail, linkIn } from './fixtures';
import { ADMIN } from '../playwright.config';

const USER = { name: 'Carla Reset', email: 'carla@reset.e2e.example', password: 'carla-first-passphrase' };

test('reset a forgotten password by mail, then change it while signed in', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);

  await page.goto('/sign-up?lang=en');
  await hydrated(page);
  await page.getByLabel('Your name', { exact: true }).fill(USER.name);
  await page.getByLabel('Your email address', { exact: true }).fill(USER.email);
  await page.getByLabel('Password', { exact: true }).fill(USER.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await page.goto(linkIn(await readMail(admin, USER.email, 'confirm-email'), '/confirm-email?token='));
  await hydrated(page);
  await page.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(page.getByRole('status')).toContainText('confirmed');

  // Forgotten: the answer is the same for known and unknown addresses.
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await hydrated(page);
  await page.getByLabel('Email address', { exact: true }).fill('nobody@reset.e2e.example');
  await page.getByRole('button', { name: 'Send link' }).click();
  const unknownAnswer = await page.getByRole('status').textContent();
  // Anonymous, the form is a plain post: the answer page's address says it was sent.
  await page.goto('/forgot-password');
  await hydrated(page);
  await page.getByLabel('Email address', { exact: true }).fill(USER.email);
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(page.getByRole('status')).toHaveText(unknownAnswer ?? '');

  const link = linkIn(await readMail(admin, USER.email, 'password-reset'), '/reset-password?token=');
  await page.goto(link);
  await hydrated(page);
  await page.getByLabel('New password', { exact: true }).fill('carla-second-passphrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed');
  // The link works once.
  await page.goto(link);
  await hydrated(page);
  await page.getByLabel('New password', { exact: true }).fill('carla-third-passphrase');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.locator('[role=alert]')).toContainText('This link is not valid');

  await signIn(page, USER.email, 'carla-second-passphrase');
  await page.goto('/account');
  await hydrated(page);
  await page.getByLabel('Current password', { exact: true }).fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('carla-final-passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#field-current_password-error')).toHaveText('The current password is not correct.');
  await page.getByLabel('Current password', { exact: true }).fill('carla-second-passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed');
  // This browser stays signed in with a fresh session.
  await page.reload();
  await expect(page.locator('.signed-in-as')).toBeVisible();
});
