// Time to interactive of pages on a slow line: navigation start → `<body data-hydrated>` (or,
// on a page without a bundle, `<body data-enhanced>`: its inline script has run), in
// Debian's Chromium with 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip and 4× CPU
// slowdown (Chrome DevTools protocol), every load cold (a fresh browser context, no service
// worker). Prints a Markdown table: median and spread of the runs, and first contentful paint.
//
// Started by bench/tti.rs, which prepares the data and the server; by hand:
//   node bench/tti.mjs --base http://127.0.0.1:3000 [--cookie name=value] [--runs 5] PATH...
// A PATH written `anonymous:/…` is loaded without the cookie.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'end2end', 'package.json'));
const { chromium } = require('@playwright/test');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = option('base', 'http://127.0.0.1:3000');
const cookie = option('cookie', '');
const runs = Number(option('runs', '5'));
const pages = args.length ? args : ['/'];

const LINE = { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const CPU_SLOWDOWN = 4;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function load(pathname, anonymous) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (cookie && !anonymous) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url: base }]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // A page that starts a bundle (a module script) is interactive once hydrated; island pages
  // also run the plain-page script, whose `data-enhanced` comes long before that.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const body = document.body;
      if (!body) return;
      if (body.dataset.enhanced && window.__enhancedAt === undefined) window.__enhancedAt = performance.now();
      const bundle = document.querySelector('script[type=module]');
      if (body.dataset.hydrated || (body.dataset.enhanced && !bundle)) {
        window.__hydratedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated', 'data-enhanced'] });
  });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(base + pathname, { waitUntil: 'commit', timeout: 180_000 });
  await page.waitForFunction(() => window.__hydratedAt !== undefined, null, { timeout: 180_000, polling: 100 });
  // A page without the bundle can be interactive before its first paint is recorded.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000, polling: 100 });
  const timing = await page.evaluate(() => ({
    tti: window.__hydratedAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return { ...timing, bytes };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms) => (ms / 1000).toFixed(2);

console.log(`# Time to interactive: ${runs} cold loads per page, ${LINE.downloadThroughput * 8 / 1e6} Mbit/s down, ${LINE.latency} ms round trip, ${CPU_SLOWDOWN}x CPU slowdown`);
console.log('');
console.log('| page | interactive, median s | min–max s | first contentful paint, median s | bytes over the wire |');
console.log('|---|---:|---:|---:|---:|');
for (const page of pages) {
  const anonymous = page.startsWith('anonymous:');
  const pathname = anonymous ? page.slice('anonymous:'.length) : page;
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await load(pathname, anonymous));
  const tti = results.map((r) => r.tti);
  console.log(`| ${pathname.replace(/\d+/g, '<id>')}${anonymous ? ' (anonymous)' : ''} | ${seconds(median(tti))} | ${seconds(Math.min(...tti))}–${seconds(Math.max(...tti))} | ${seconds(median(results.map((r) => r.fcp)))} | ${median(results.map((r) => r.bytes))} |`);
}
await browser.close();
