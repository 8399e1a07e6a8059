import { test, expect, hydrated } from './fixtures';

test('home page is server-rendered in English and ships no bundle to an anonymous visitor', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (['script', 'fetch'].includes(r.resourceType()) || r.url().endsWith('.wasm')) scripts.push(r.url());
  });
  await page.goto('/');
  await hydrated(page);
  expect(scripts, 'scripts and wasm an anonymous visitor loads').toEqual([]);
  await expect(page.locator('#interface-texts')).toHaveCount(0);
  await expect(page.locator('body')).toHaveAttribute('data-enhanced', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('h1')).toHaveText('From enrolment to Centre of Excellence');
  await expect(page).toHaveTitle('Home · Accredit-IO');
  await expect(page.locator('.stage h3')).toHaveText(['Enrolled Centre', 'Accredited Centre', 'Centre of Excellence']);
  // The plain-page script ran: the no-JavaScript language button is hidden.
  await expect(page.locator('.language-apply')).toBeHidden();
});

test('Arabic is right-to-left and the layout mirrors', async ({ page }) => {
  await page.goto('/?lang=ar');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('من التسجيل إلى مركز التميّز');
  // Logical properties: the brand sits at the right edge, the accent border on the right.
  const width = page.viewportSize()!.width;
  const brand = await page.locator('.brand').boundingBox();
  expect(brand!.x + brand!.width).toBeGreaterThan(width * 0.6);
  const border = await page.locator('.stage').first().evaluate((el) => getComputedStyle(el).borderRightWidth);
  expect(border).toBe('6px');
});

test('browser language is honoured when there is no choice yet', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('从注册到卓越中心');
  await context.close();
});

test('switching language loads the page in that language and the choice survives', async ({ page }) => {
  await page.goto('/workshops?view=list#top');
  await hydrated(page);
  // A page holds one language: choosing another loads it again at the same address.
  await Promise.all([page.waitForURL(/\/workshops\?view=list&lang=de#top$/), page.locator('#language-select').selectOption('de')]);
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('h1')).toHaveText('Von der Einschreibung zum Centre of Excellence');
  await expect(page).toHaveTitle('Startseite · Accredit-IO');

  await Promise.all([page.waitForURL(/[?&]lang=ar/), page.selectOption('#language-select', 'ar')]);
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.reload();
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The cookie remembers the choice on a URL without ?lang=.
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('#language-select')).toHaveValue('ar');
});

test('without JavaScript the language form still works', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#language-select').selectOption('fr');
  await page.locator('.language-apply').click();
  await expect(page).toHaveURL(/[?&]lang=fr/);
  await expect(page.locator('h1')).toHaveText('De l’inscription au Centre d’excellence');
  await context.close();
});

test('unknown pages get a translated 404', async ({ page }) => {
  const response = await page.goto('/no-such-page?lang=es');
  expect(response?.status()).toBe(404);
  await hydrated(page);
  await expect(page.locator('h1')).toHaveText('Página no encontrada');
  await expect(page.locator('[role=alert]')).toContainText('no existe');
});
