import { test, expect, hydrated, signIn, enrolledFacility } from './fixtures';

test('the Authorised Representative withdraws the facility with a reason', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const holder = { facility: 'E2E Withdrawn Unit', name: 'Wil Withdraw', email: 'wil@withdraw.e2e.example', password: 'wil-withdraw-pass' };
  await enrolledFacility(page, browser, holder);
  await signIn(page, holder.email, holder.password);
  await page.goto('/facilities');
  await hydrated(page);
  await page.getByRole('link', { name: holder.facility }).click();
  await hydrated(page);
  await expect(page.locator('.facts .badge')).toHaveAttribute('data-status', 'enrolled');

  await page.getByText('Withdraw from the programme').click();
  const submit = page.getByRole('button', { name: 'Withdraw the facility' });
  await expect(submit).toBeDisabled();
  await page.getByLabel('Reason for the withdrawal').fill('The service moves to another hospital.');
  await expect(submit).toBeDisabled();
  await page.getByLabel(/I understand that the facility/).check();
  await submit.click();
  await expect(page.locator('.facts .badge')).toHaveAttribute('data-status', 'withdrawn');
  await expect(page.getByText('The service moves to another hospital.')).toBeVisible();
  await expect(page.getByText('Withdraw from the programme')).toHaveCount(0);
});
