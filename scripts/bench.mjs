// Benchmark: bundle sizes, and render speed as ratios against a baseline, in headless
// Chromium. Ratios (not milliseconds) compare across machines. Never part of `npm test`.
//   npm run bench            (builds first)
import {createServer} from 'node:http';
import {readFileSync, readdirSync, mkdirSync, writeFileSync, statSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const ROOT = process.cwd();
const gz = (file) => gzipSync(readFileSync(file), {level: 9}).length;

// 1. Sizes
const sizes = {};
for (const name of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  sizes[`cdn/${name}`] = {raw: statSync(`dist/cdn/${name}`).size, gzip: gz(`dist/cdn/${name}`)};
}

// 2. Speed: a static page server on loopback, then timings in the browser.
const types = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json'};
const extraPages = new Map();
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (extraPages.has(path)) {
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end(extraPages.get(path));
    return;
  }
  if (path === '/bench.html') {
    response.writeHead(200, {'content-type': 'text/html'});
    response.end('<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/dist/cdn/iop-widgets.js"></script></body></html>');
    return;
  }
  try {
    const body = readFileSync(join(ROOT, path));
    response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const {port} = server.address();

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/bench.html`);
await page.waitForFunction(() => customElements.get('iop-services-list'));

const results = await page.evaluate(async () => {
  const root = document.querySelector('#root');
  const tagNames = ['iop-services-list', 'iop-overview', 'iop-benefits', 'iop-vs-php-table', 'program-checklist',
    'iop-schedule', 'iop-find-guide', 'iop-helpline', 'iop-faq', 'iop-program-card', 'iop-guide']
    .filter((tag) => customElements.get(tag));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  async function time(make, count = 50, rounds = 15) {
    const samples = [];
    for (let round = -2; round < rounds; round++) { // two warm-up rounds, not counted
      root.replaceChildren();
      await frame();
      const start = performance.now();
      for (let i = 0; i < count; i++) root.append(make());
      await Promise.all([...root.children].map((el) => el.updateComplete ?? null));
      root.getBoundingClientRect();
      if (round >= 0) samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
  }
  // Baseline: the same amount of static HTML, built with DOM calls (no components).
  const baseline = await time(() => {
    const section = document.createElement('div');
    const list = document.createElement('ul');
    for (let i = 0; i < 10; i++) {
      const li = document.createElement('li');
      li.textContent = 'A service title and a sentence that describes it for a reader.';
      list.append(li);
    }
    section.append(document.createElement('h2'), list);
    return section;
  });
  const out = {baselineMs: baseline, ratios: {}};
  for (const tag of tagNames) out.ratios[tag] = (await time(() => document.createElement(tag))) / baseline;
  // Locale switch: 50 widgets from English to Spanish and back, against first render.
  root.replaceChildren();
  for (let i = 0; i < 50; i++) root.append(document.createElement('iop-services-list'));
  await Promise.all([...root.children].map((el) => el.updateComplete));
  const waitFor = (locale) => new Promise((resolve) => {
    const listener = (event) => {
      if (event.detail.status === 'ready' && event.detail.readyLocale === locale) {
        window.removeEventListener('lit-localize-status', listener);
        resolve();
      }
    };
    window.addEventListener('lit-localize-status', listener);
  });
  let ready = waitFor('es');
  document.documentElement.lang = 'es';
  await ready; // the first switch loads the chunk; time cached round trips only
  const switches = [];
  for (let round = 0; round < 9; round++) {
    for (const locale of ['en', 'es']) {
      const start = performance.now();
      ready = waitFor(locale);
      document.documentElement.lang = locale;
      await ready;
      await Promise.all([...root.children].map((el) => el.updateComplete));
      root.getBoundingClientRect();
      switches.push(performance.now() - start);
    }
  }
  switches.sort((a, b) => a - b);
  const switchMs = switches[Math.floor(switches.length / 2)];
  out.localeSwitchRatio = switchMs / baseline;
  return out;
});
// 3. Page loads, interleaved: client-rendered, prerendered + hydrated, the same content as
// static HTML, and that static HTML in an iframe. Each load in a fresh browser context.
const {pageLoads} = await import('./bench-pages.mjs');
const pagesResult = await pageLoads({browser, origin: `http://127.0.0.1:${port}`, serve: (path, html) => extraPages.set(path, html)});
await browser.close();
server.close();

const report = {date: new Date().toISOString(), sizes, ...results, pageLoads: pagesResult};
mkdirSync('bench-results', {recursive: true});
writeFileSync('bench-results/latest.json', JSON.stringify(report, null, 2));
console.log('Sizes (bytes):');
for (const [name, size] of Object.entries(sizes)) console.log(`  ${name.padEnd(40)} ${String(size.raw).padStart(7)} raw ${String(size.gzip).padStart(7)} gzip`);
console.log(`\nRender 50 elements, time ÷ baseline (50 equivalent static DOM blocks, median of 15 after 2 warm-ups; baseline ${results.baselineMs.toFixed(2)} ms):`);
for (const [tag, ratio] of Object.entries(results.ratios)) console.log(`  ${tag.padEnd(22)} ${ratio.toFixed(2)}×`);
console.log(`  locale switch, 50 services lists re-rendered (median of 18, chunk cached) ${results.localeSwitchRatio.toFixed(2)}×`);
const loads = pagesResult;
console.log(`\nPage load, all ten content widgets and the guide, time to everything painted ÷ static HTML (median of ${loads.rounds} interleaved loads; spread = 25th–75th percentile of the per-round ratio; static ${loads.staticMs.toFixed(1)} ms):`);
for (const [name, row] of Object.entries(loads.ratios)) {
  console.log(`  ${name.padEnd(34)} ${row.median.toFixed(2)}×  (${row.p25.toFixed(2)}–${row.p75.toFixed(2)})`);
}
console.log(`  client-rendered, where the time goes (median ms from navigation): bundle fetched ${loads.client.fetched.toFixed(1)}, elements defined ${loads.client.defined.toFixed(1)}, first render done ${loads.client.rendered.toFixed(1)}, painted ${loads.client.painted.toFixed(1)}`);
console.log(`  prerendered: painted ${loads.prerendered.painted.toFixed(1)} ms, hydrated (interactive) ${loads.prerendered.hydrated.toFixed(1)} ms; layout shift sum ${loads.prerendered.layoutShift}`);
console.log('\nWrote bench-results/latest.json');
