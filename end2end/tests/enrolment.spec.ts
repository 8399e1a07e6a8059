import { test, expect, hydrated, signIn, readMail, linkIn, registerFacility } from './fixtures';
import { ADMIN } from '../playwright.config';

const HOLDER = { facility: 'E2E Enrolment Unit', name: 'Eva Enrol', email: 'eva@enrol.e2e.example', password: 'eva-enrol-passphrase' };

test('activation issues the invoice, an administrator records the payment, the facility is enrolled', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);

  await registerFacility(page, HOLDER);
  await page.goto(linkIn(await readMail(admin, HOLDER.email, 'activation'), '/activate?token='));
  await hydrated(page);
  await page.getByRole('button', { name: 'Activate now' }).click();
  await expect(page.getByRole('status')).toContainText('is activated');

  let number = '';
  await test.step('the facility sees its open invoice', async () => {
    await signIn(page, HOLDER.email, HOLDER.password);
    await page.goto('/facilities');
    await hydrated(page);
    await page.getByRole('link', { name: HOLDER.facility }).click();
    await hydrated(page);
    const row = page.locator('table.invoices tbody tr').first();
    await expect(row).toContainText('€2,400.00');
    await expect(row.locator('.badge')).toHaveText('Open');
    number = (await row.getAttribute('data-invoice')) ?? '';
    expect(number).toMatch(/^\d{4}-\d{4}$/);
    await expect(page.locator('svg.seal')).toHaveCount(0);
    expect(await readMail(admin, HOLDER.email, 'invoice-issued')).toContain(number);
  });

  await test.step('the invoice page in English, German and Arabic, and its PDF', async () => {
    await page.getByRole('link', { name: number }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Invoice ${number}`);
    await expect(page.locator('.invoice-total')).toHaveText('€2,400.00');
    await expect(page.locator('.invoice-lines')).toContainText('Enrolment fee');
    const url = new URL(page.url());
    await page.goto(`${url.pathname}?lang=de`);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rechnung ${number}`);
    await expect(page.locator('.invoice-total')).toHaveText('2.400,00\u00a0€');
    await page.goto(`${url.pathname}?lang=ar`);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.invoice-total')).toHaveText('٢٬٤٠٠٫٠٠\u00a0€');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
    const pdf = await page.request.get(`${url.pathname}/pdf?lang=ar`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.goto(`${url.pathname}?lang=en`);
    await hydrated(page);
  });

  await test.step('an administrator records the payment in two parts; too much is refused', async () => {
    await admin.goto('/admin/invoices?status=open');
    await hydrated(admin);
    const row = admin.locator(`tr[data-invoice="${number}"]`);
    await row.locator('summary').click();
    const form = row.locator('form').first();
    await form.getByLabel('Amount received').fill('2500');
    await form.getByLabel('Bank reference').fill('BANK-E2E-1');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expect(row.locator('.field-error').first()).toHaveText('This is more than is still owed on the invoice.');
    await form.getByLabel('Amount received').fill('400,00');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expect(admin.getByRole('status')).toHaveText('The payment has been recorded.');
    await expect(row).toContainText('€2,000.00');
    await row.locator('summary').click();
    const again = row.locator('form').first();
    await again.getByLabel('Amount received').fill('2000');
    await again.getByLabel('Bank reference').fill('BANK-E2E-2');
    await again.getByRole('button', { name: 'Record payment' }).click();
    await expect(admin.getByRole('status')).toContainText('the facility is now an Enrolled Centre');
    await admin.goto('/admin/invoices?status=paid');
    await hydrated(admin);
    await expect(admin.locator(`tr[data-invoice="${number}"] .badge`)).toHaveText('Paid');
  });

  await test.step('the dashboard shows the Enrolled seal', async () => {
    await page.goto('/facilities');
    await hydrated(page);
    await page.getByRole('link', { name: HOLDER.facility }).click();
    await hydrated(page);
    await expect(page.getByRole('img', { name: 'Enrolled Centre' })).toBeVisible();
    await expect(page.locator('.facts .badge')).toHaveText('Enrolled Centre');
    await expect(page.locator('table.invoices tbody tr').first().locator('.badge')).toHaveText('Paid');
    await expect(page.locator('.pathway-position li.reached')).toHaveCount(1);
    expect(await readMail(admin, HOLDER.email, 'facility-enrolled')).toContain(HOLDER.facility);
  });
});
