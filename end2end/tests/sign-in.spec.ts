import { test, expect, hydrated } from './fixtures';
import { ADMIN } from '../playwright.config';

test('an administrator signs in and out', async ({ page, context }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await hydrated(page);
  await page.getByLabel('Email address').fill(ADMIN.email.toUpperCase());
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.signed-in-as')).toHaveText(`Signed in as ${ADMIN.name}`);
  expect(new URL(page.url()).pathname).toBe('/');
  const session = (await context.cookies()).find((c) => c.name === 'accredit_session');
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');

  // The session survives a reload and is read on the server render.
  await page.reload();
  await expect(page.locator('.signed-in-as')).toHaveText(`Signed in as ${ADMIN.name}`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password gets one translated message, then throttling', async ({ page }) => {
  await page.goto('/sign-in?lang=de');
  await hydrated(page);
  // Anonymous, the page has no bundle: the form is a plain post and the server sends the
  // page back with the error in its address.
  const attempt = async () => {
    await page.getByLabel('E-Mail-Adresse').fill('throttle-me@e2e.accredit-io.example');
    await page.getByLabel('Passwort').fill('not the password');
    const sent = page.waitForEvent('framenavigated');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await sent;
    await hydrated(page);
  };
  await attempt();
  await expect(page.locator('[role=alert]')).toContainText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  // The form keeps what was typed.
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue('throttle-me@e2e.accredit-io.example');
  for (let i = 1; i < 5; i++) {
    await attempt();
    await expect(page.getByRole('button', { name: 'Anmelden' })).toBeEnabled();
  }
  await attempt();
  await expect(page.locator('[role=alert]')).toContainText('Zu viele Versuche');
});
