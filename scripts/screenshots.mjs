// `npm run screenshots`: renders every widget from the built script-tag bundle
// (dist/cdn/, as a clinic embeds it) to PNGs under docs/screenshots/:
// light, dark, Spanish, Arabic (right to left) and narrow (375 px phone).
//
//   node scripts/screenshots.mjs [--out DIR] [--only tag,tag] [--variants light,dark,...]
//
// Extra variants for checking by eye (not written by default): dark-narrow, ar-narrow, clinic
// (the five-widget clinic fixture page, 1280 px) and clinic-narrow.
import {createServer} from 'node:http';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const out = resolve(option('out') ?? join(root, 'docs/screenshots'));
const only = option('only')?.split(',');

if (!existsSync(join(root, 'dist/cdn/iop-widgets.js'))) {
  console.error('[screenshots] dist/cdn/iop-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Each widget as the README shows it, configured like a clinic would. */
const widgets = {
  'iop-overview': '<iop-overview></iop-overview>',
  'iop-services-list': '<iop-services-list></iop-services-list>',
  'iop-schedule': '<iop-schedule></iop-schedule>',
  'iop-benefits': '<iop-benefits></iop-benefits>',
  'iop-vs-php-table': '<iop-vs-php-table levels="outpatient iop php residential"></iop-vs-php-table>',
  'program-checklist': '<program-checklist></program-checklist>',
  'iop-find-guide': '<iop-find-guide></iop-find-guide>',
  'iop-program-card':
    '<iop-program-card name="Cedar Grove Recovery" tracks="day evening" location="12 Elm Street, Springfield" ' +
    'phone="(555) 010-4477" url="https://example.org/" continuing-care claims="licensed insurance family-program">' +
    '<p>Small groups, a counselor of your own, and evening sessions for people who work.</p></iop-program-card>',
  'iop-faq': '<iop-faq></iop-faq>',
  'iop-helpline':
    '<iop-helpline phone="(555) 010-4477" label="Call Cedar Grove Recovery" hours="Mon–Fri, 8 am to 8 pm"></iop-helpline>',
  'iop-guide': '<iop-guide phone="(555) 010-4477" program-name="Cedar Grove Recovery"></iop-guide>',
};

const variants = {
  light: {lang: 'en', width: 1280},
  dark: {lang: 'en', width: 1280, dark: true},
  es: {lang: 'es', width: 1280},
  ar: {lang: 'ar', width: 1280},
  narrow: {lang: 'en', width: 375},
  'dark-narrow': {lang: 'en', width: 375, dark: true},
  'ar-narrow': {lang: 'ar', width: 375},
};
const pageVariants = {clinic: 1280, 'clinic-narrow': 375};
const chosen = option('variants')?.split(',') ?? ['light', 'dark', 'es', 'ar', 'narrow'];

/** A plain article page: system font, a 46rem reading column, light or dark. */
function widgetPage(markup, {lang, dark}) {
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/cdn/iop-widgets.css">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: ${dark ? '#111' : '#fff'}; color: ${dark ? '#eee' : '#1b1b1b'}; }
  main { max-width: 44rem; margin: 0 auto; padding: 24px 20px; }
</style></head><body><main id="shot">${markup}</main>
<script type="module" src="/dist/cdn/iop-widgets.js"></script></body></html>`;
}

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/__shot') {
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end(widgetPage(widgets[url.searchParams.get('tag')], variants[url.searchParams.get('variant')]));
    return;
  }
  const file = join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs});
mkdirSync(out, {recursive: true});
let total = 0;
try {
  for (const variant of chosen) {
    const clinicWidth = pageVariants[variant];
    const {width, dark} = clinicWidth ? {width: clinicWidth} : variants[variant];
    const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: dark ? 'dark' : 'light'});
    if (clinicWidth) {
      await page.goto(`${origin}/tests/fixtures/clinic-site.html`);
      await page.waitForFunction(() => [...document.querySelectorAll('main *, aside *')]
        .filter((el) => el.localName.includes('-'))
        .every((el) => el.shadowRoot?.querySelector('[part~="heading"]')));
      await page.waitForTimeout(300);
      const path = join(out, `${variant}.png`);
      await page.screenshot({path, fullPage: true});
      total += statSync(path).size;
      await page.close();
      continue;
    }
    for (const tag of Object.keys(widgets).filter((tag) => !only || only.includes(tag))) {
      await page.goto(`${origin}/__shot?tag=${tag}&variant=${variant}`);
      const lang = variants[variant].lang;
      await page.waitForFunction(
        ({tag, lang}) => {
          const el = document.querySelector(tag);
          return el?.getAttribute('lang') === lang && el.shadowRoot?.querySelector('[part~="heading"]');
        },
        {tag, lang},
      );
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(150);
      const box = await page.locator('#shot').boundingBox();
      // Long widgets are cut at 900 px (the guide at 700): their opening shows the look.
      const height = Math.min(box.height, tag === 'iop-guide' ? 700 : 900);
      const path = join(out, `${tag}-${variant}.png`);
      await page.screenshot({path, clip: {x: box.x, y: box.y, width: box.width, height}, fullPage: true});
      total += statSync(path).size;
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(out, '.gitattributes'), '*.png binary\n');
console.log(`screenshots: wrote ${out} (${(total / 1024 / 1024).toFixed(2)} MB)`);
