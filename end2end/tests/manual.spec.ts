import { test, expect, hydrated, enrolledFacility, openApplication } from './fixtures';
import type { Page } from '@playwright/test';

/** The table of contents lists every chapter and jumps to it; the search finds a word and its
 *  result opens the place it was found. */
async function tocAndSearch(page: Page, query: string) {
  const chapters = page.locator('.manual-toc > ol > li');
  await expect(chapters).toHaveCount(18);
  const toc = chapters.nth(8).locator('> a');
  const target = (await toc.getAttribute('href')) ?? '';
  await toc.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();

  // Enter sends the search form: a plain GET for an anonymous visitor (no bundle); the
  // hydrated page searches as people type and keeps the page.
  await page.locator('#manual-search').fill(query);
  await page.locator('#manual-search').press('Enter');
  const results = page.locator('.manual-results li a');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(0);
  const href = (await results.first().getAttribute('href')) ?? '';
  await results.first().click();
  await expect(page.locator(href)).toBeInViewport();
  await page.locator('#manual-search').fill('zzqxj-nothing');
  await page.locator('#manual-search').press('Enter');
  await expect(page.locator('.manual-search-count')).toBeVisible();
  await expect(results).toHaveCount(0);
}

test('the manual in English: contents, anchors, search, printable version', async ({ page }) => {
  await page.goto('/manual?lang=en');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application manual');
  await expect(page.locator('#questionnaire h2')).toBeVisible();
  await tocAndSearch(page, 'offline');
  await page.getByRole('link', { name: /Printable version/ }).click();
  await expect(page).toHaveURL(/\/manual\/print/);
  await hydrated(page);
  await expect(page.locator('.manual-chapter')).toHaveCount(18);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
});

test('the manual in Chinese', async ({ page }) => {
  await page.goto('/manual?lang=zh-CN');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const title = (await page.locator('#glossary h2').textContent()) ?? '';
  expect(title).not.toBe('Glossary');
  expect(title).toMatch(/[\u4e00-\u9fff]/);
  // Chinese has no spaces between words: a two-character term is found inside sentences.
  const term = ((await page.locator('#case-review h2').textContent()) ?? '').trim().slice(0, 2);
  await tocAndSearch(page, term);
});

test('the manual in Arabic is right to left', async ({ page }) => {
  await page.goto('/manual?lang=ar');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await page.locator('.manual').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  const title = (await page.locator('#overview h2').textContent()) ?? '';
  expect(title).toMatch(/[\u0600-\u06ff]/);
  const word = ((await page.locator('#submission h2').textContent()) ?? '').trim().split(/\s+/)[0];
  await tocAndSearch(page, word);
});

test('a help link of the questionnaire opens the chapter of its standard', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const holder = { facility: 'E2E Manual Unit', name: 'Mia Manual', email: 'mia@manual.e2e.example', password: 'mia-manual-pass' };
  await enrolledFacility(page, browser, holder);
  await openApplication(page, holder);
  // The standards texts come from the server, in the page's language, and follow a switch.
  await expect(page.locator('#standard-6 h2')).toHaveText('6. Informed consent and patient information');
  await page.locator('#language-select').selectOption('de');
  await expect(page.locator('#standard-6 h2')).toHaveText('6. Aufklärung, Einwilligung und Patienteninformation');
  await hydrated(page);
  await page.locator('#language-select').selectOption('en');
  await expect(page.locator('#standard-6 h2')).toHaveText('6. Informed consent and patient information');
  await hydrated(page);
  // Standard 6 is the second standard of section 2 in the demonstration edition.
  await page.locator('#standard-6 .help-link a').click();
  await expect(page).toHaveURL(/\/manual#section-2-2$/);
  await hydrated(page);
  const heading = page.locator('#section-2-2');
  await expect(heading).toBeInViewport();
  await expect(heading).toContainText('Standard 6');
});
