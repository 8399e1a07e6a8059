import { test, expect, hydrated, enrolledFacility, openApplication } from './fixtures';

const HOLDER = { facility: 'E2E Evidence Unit', name: 'Eva Evidence', email: 'eva@evidence.e2e.example', password: 'eva-evidence-pass' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('upload evidence for one item, link the same file to a second item from the library, download it; a disguised executable is refused', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  await expect(page.locator('#evidence-library')).toContainText('No files uploaded yet.');
  const first = page.locator('#item-1a');
  await expect(page.locator('.blockers li[data-item="1a"]')).toContainText('evidence');

  await first.getByLabel('Attach a file').setInputFiles({ name: 'Lead appointment.pdf', mimeType: 'application/pdf', buffer: PDF });
  await first.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/evidence=uploaded#item-1a$/);
  await hydrated(page);
  await expect(page.locator('.upload-notice')).toHaveText('The file was uploaded.');
  await expect(page.locator('#item-1a .evidence-files')).toContainText('Lead appointment.pdf');
  await expect(page.locator('.blockers li[data-item="1a"]')).toHaveCount(1); // still unanswered, no longer missing evidence
  await expect(page.locator('.blockers li[data-item="1a"]')).not.toContainText('evidence');

  // The same file as evidence for a second item, chosen from the library.
  const secondKey = (await page.locator('article.item:has(.evidence-link)').nth(1).getAttribute('data-item'))!;
  const second = page.locator(`#item-${secondKey}`);
  await second.getByLabel('Or choose one from the library').selectOption({ label: 'Lead appointment.pdf' });
  await second.getByRole('button', { name: 'Link' }).click();
  await expect(second.locator('.evidence-files')).toContainText('Lead appointment.pdf');
  const row = page.locator('.evidence-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.evidence-items')).toContainText('1a');
  await expect(row.locator('.evidence-items')).toContainText(secondKey);

  // It downloads with the type checked at upload.
  const href = (await first.locator('.evidence-files a').getAttribute('href'))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

  // Still linked after a reload; an executable renamed to .pdf is refused with the reason.
  await page.goto(url);
  await hydrated(page);
  await expect(page.locator(`#item-${secondKey} .evidence-files`)).toContainText('Lead appointment.pdf');
  await page.locator('#item-2a').getByLabel('Attach a file').setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff', 'latin1') });
  await page.locator('#item-2a').getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/evidence_error=evidence-error-type#item-2a$/);
  await hydrated(page);
  await expect(page.locator('.upload-notice')).toContainText('This type of file is not accepted');
  await expect(page.locator('.evidence-table tbody tr')).toHaveCount(1);
});
