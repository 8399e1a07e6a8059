import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated } from './fixtures';

// WCAG 2.1 AA rules; serious and critical violations fail the test.
for (const lang of ['en', 'ar', 'zh-CN']) {
  test(`home page has no serious accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await hydrated(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}
