import { test, expect, hydrated, signIn, signUp, grantRole } from './fixtures';
import { ADMIN, STALE_ID } from '../playwright.config';
import * as fs from 'node:fs';
import * as path from 'node:path';

const TRANSLATOR = { name: 'Tara Translator', email: 'tara@translator.e2e.example', password: 'tara-translator-pass' };
// The copy of locales/ the server reads (LOCALES_DIR), set up by playwright.config.ts.
const LOCALES = path.join(process.env.E2E_DATA_DIR ?? '', 'locales');

test('a translator sees coverage, the stale string side by side, and an edit after a reload', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await signUp(page, admin, TRANSLATOR);
  await admin.goto('/admin');
  await hydrated(admin);
  await grantRole(admin, TRANSLATOR, 'Translator');

  await signIn(page, TRANSLATOR.email, TRANSLATOR.password);
  await page.getByRole('link', { name: 'Translations' }).click();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translations');
  const de = page.locator('tr[data-locale="de"][data-file="manual.ftl"]');
  await expect(de).toBeVisible();
  await expect(page.locator('.translate-source')).toContainText(LOCALES);

  // What needs work in German: the English text changed after the translation was confirmed.
  await de.getByRole('link', { name: 'de' }).click();
  await hydrated(page);
  const stale = page.locator(`.translate-rows tr[data-id="${STALE_ID}"]`);
  await expect(stale).toHaveAttribute('data-state', 'stale');
  await expect(stale.locator('td').nth(1)).toContainText('(revised for the test)');
  await expect(stale.locator('td').nth(2)).not.toBeEmpty();
  await expect(stale).toContainText('Stale');
  // Arabic is shown right to left.
  await page.goto('/translations?locale=ar&file=manual.ftl');
  await hydrated(page);
  await expect(page.locator('.translate-rows td[lang="ar"]').first()).toHaveAttribute('dir', 'rtl');

  // An edit to a locale file shows after a reload, without a rebuild or restart.
  const file = path.join(LOCALES, 'de', 'manual.ftl');
  const before = fs.readFileSync(file, 'utf8');
  try {
    fs.writeFileSync(file, before.replace(/^manual-overview = .*$/m, 'manual-overview = Willkommen (frisch bearbeitet)'));
    await expect(async () => {
      await page.goto('/manual?lang=de');
      await expect(page.locator('#overview h2')).toHaveText('Willkommen (frisch bearbeitet)', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await page.goto(`/translations?locale=de&file=manual.ftl`);
    await expect(page.locator('.translate-rows tr[data-id="manual-overview"] td').nth(2)).toHaveText('Willkommen (frisch bearbeitet)');
  } finally {
    fs.writeFileSync(file, before);
  }
});

test('an edit to the interface texts (main.ftl) shows after a reload, in the page and once interactive', async ({ page }) => {
  // Signed in, so the page loads the bundle and carries the texts it hydrates with.
  await signIn(page, ADMIN.email, ADMIN.password);
  const file = path.join(LOCALES, 'de', 'main.ftl');
  const before = fs.readFileSync(file, 'utf8');
  try {
    fs.writeFileSync(file, before.replace(/^home-how-heading = .*$/m, 'home-how-heading = So läuft es (frisch bearbeitet)'));
    await expect(async () => {
      await page.goto('/?lang=de');
      await expect(page.locator('#how-heading')).toHaveText('So läuft es (frisch bearbeitet)', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await hydrated(page);
    await expect(page.locator('#how-heading')).toHaveText('So läuft es (frisch bearbeitet)');
    // The page carries its own language's texts only, English filling gaps.
    const texts = await page.locator('#interface-texts').evaluate((el) => JSON.parse(el.textContent ?? '""') as string);
    expect(texts).toContain('home-how-heading = So läuft es (frisch bearbeitet)');
    expect(texts).not.toContain('How the application works');
    expect(texts).not.toContain('Comment fonctionne');
  } finally {
    fs.writeFileSync(file, before);
  }
});
