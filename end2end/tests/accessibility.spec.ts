import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated, signIn } from './fixtures';
import { ADMIN } from '../playwright.config';
import type { Page } from '@playwright/test';

// WCAG 2.1 AA rules; serious and critical violations fail the test.
async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

for (const lang of ['en', 'ar', 'zh-CN']) {
  test(`home page has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await hydrated(page);
    await expectNoSeriousViolations(page);
  });
}

for (const [path, lang] of [['/register', 'en'], ['/register', 'ar'], ['/sign-up', 'de'], ['/forgot-password', 'fr'], ['/resend-link', 'tr'], ['/workshops', 'en'], ['/workshops', 'ar']]) {
  test(`${path} has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`${path}?lang=${lang}`);
    await hydrated(page);
    await expectNoSeriousViolations(page);
  });
}

test('the registration form with errors has no serious accessibility violations', async ({ page }) => {
  await page.goto('/register');
  await hydrated(page);
  // Only the checkbox is required by the browser; the server reports the empty fields.
  await page.evaluate(() => document.querySelectorAll('input[required]').forEach((i) => i.removeAttribute('required')));
  await page.getByRole('button', { name: 'Register facility' }).click();
  await expect(page.locator('.field-error:not([hidden])').first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('administration pages have no serious accessibility violations', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  for (const path of ['/admin', '/admin/outbox', '/admin/audit', '/admin/workshops', '/admin/self-checks', '/facilities', '/account']) {
    await page.goto(path);
    await hydrated(page);
    await expectNoSeriousViolations(page);
  }
});
