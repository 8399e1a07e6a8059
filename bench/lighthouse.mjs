// Lighthouse (npm `lighthouse` 12, its default mobile preset: a mid-range phone on a slow 4G
// line, simulated) against Debian's Chromium, headless. Prints the four category scores per
// page, the median of the runs for each, with the largest contentful paint and total
// blocking time of the median performance run.
//
// Started by bench/lighthouse.rs, which starts the release server; by hand:
//   node bench/lighthouse.mjs --base http://127.0.0.1:3000 [--runs 3] PATH...
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = option('base', 'http://127.0.0.1:3000');
const runs = Number(option('runs', '3'));
const pages = args.length ? args : ['/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

console.log(`# Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${runs} run(s) per page, median\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP s | TBT ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
let failed = false;
try {
  for (const page of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(base + page, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result || result.lhr.runtimeError) {
        console.error(`${page}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
        failed = true;
        break;
      }
      results.push(result.lhr);
    }
    if (!results.length) continue;
    const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const byPerformance = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
    const audit = (id) => middle.audits[id]?.numericValue ?? NaN;
    const cells = CATEGORIES.map((id) => median(results.map((lhr) => score(lhr, id))));
    console.log(`| ${page} | ${cells.join(' | ')} | ${(audit('largest-contentful-paint') / 1000).toFixed(1)} | ${Math.round(audit('total-blocking-time'))} |`);
  }
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
