import { test, expect, hydrated, enrolledFacility, openApplication } from './fixtures';

const HOLDER = { facility: 'E2E Slow Line Unit', name: 'Sam Slowline', email: 'sam@slowline.e2e.example', password: 'sam-slowline-pass' };

test('answers typed before the page is interactive are kept and saved; saved answers show before hydration', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await enrolledFacility(page, browser, HOLDER);
  const url = await openApplication(page, HOLDER);
  await page.locator('#item-1b input[type=number]').fill('240');
  await page.locator('#item-1b input[type=number]').blur();
  await expect(page.locator('#item-1b .save-state')).toHaveText('Saved');

  // A slow line: the bundle arrives only when the test lets it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pkg/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The server's answers are in the HTML itself.
  await expect(page.locator('#item-1b input[type=number]')).toHaveValue('240');
  // Typed while the page is not interactive yet.
  await page.locator('#item-6a').getByLabel('Yes').check();
  await page.locator('#item-6a textarea').fill('Typed on a slow line.');
  await page.locator('#item-1b input[type=number]').fill('310');
  expect(await page.locator('body').getAttribute('data-hydrated')).toBeNull();

  release();
  await hydrated(page);
  await expect(page.locator('#item-6a .save-state')).toHaveText('Saved');
  await expect(page.locator('#item-1b .save-state')).toHaveText('Saved');
  await expect(page.locator('#item-6a textarea')).toHaveValue('Typed on a slow line.');

  // On the server: a fresh page shows them.
  await page.unroute('**/pkg/*.wasm');
  const again = await page.context().newPage();
  await again.goto(url);
  await hydrated(again);
  await expect(again.locator('#item-6a').getByLabel('Yes')).toBeChecked();
  await expect(again.locator('#item-6a textarea')).toHaveValue('Typed on a slow line.');
  await expect(again.locator('#item-1b input[type=number]')).toHaveValue('310');
});
