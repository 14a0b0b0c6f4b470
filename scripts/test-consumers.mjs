// npm run test:consumers — the package as a user gets it.
//
// 1. Packs the library (`npm pack`, whose prepack builds) and audits the tarball: its file
//    list, `publint`, `@arethetypeswrong/cli` and `npm publish --dry-run`.
// 2. Installs the tarball into tests/consumers/ (one shared install for the apps there),
//    then per app (React 19, Vue 3, Svelte 5, plain TypeScript): the type check passes,
//    the app's file of deliberate mistakes fails it on every mistake, `vite build` works,
//    and the built app renders in headless Chromium, receives `iop-checklist-change` and
//    switches to Spanish with `setLocale`.
// 3. Reports what the widgets add to each app (gzip) and ends with one closing line:
//    `consumers: N passed, N failed`.
import {spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const consumers = join(root, 'tests/consumers');
const scratch = join(root, 'build/consumers');
const only = process.argv.slice(2);
const apps = ['react', 'vue', 'svelte', 'plain', 'eleventy', 'express'].filter((app) => only.length === 0 || only.includes(app));
const started = Date.now();
let passed = 0;
let failed = 0;
const sizes = [];

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${!ok && detail ? `\n${indent(detail)}` : ''}`);
  return ok;
}
const indent = (text) => String(text).trim().split('\n').slice(-40).map((line) => `      ${line}`).join('\n');

/** Runs a command; returns {ok, out} instead of throwing. */
function run(command, args, cwd = root, env = {}) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, ...env}, maxBuffer: 64 << 20});
  return {ok: result.status === 0, stdout: result.stdout ?? '', out: `${result.stdout ?? ''}${result.stderr ?? ''}`};
}
const npx = (cwd, ...args) => run('npx', ['--no-install', ...args], cwd);

// ---- 1. Pack and audit ---------------------------------------------------------------
console.log('== pack (prepack builds) and audit');
rmSync(scratch, {recursive: true, force: true});
mkdirSync(scratch, {recursive: true});
const packed = run('npm', ['pack', '--json', '--pack-destination', scratch]);
const packJson = packed.ok ? JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[\n'))) : undefined;
if (!check('npm pack', Boolean(packJson), packed.out)) finish();
const tarball = join(scratch, packJson[0].filename);
const files = packJson[0].files.map((file) => file.path);
const allowed = /^(dist\/|bin\/iop-widgets\.mjs$|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$|docs\/frameworks\.md$)/;
const stray = files.filter((file) => !allowed.test(file) || /(^|\/)(tests?|fixtures)\//.test(file));
check(`tarball holds only dist/ and the docs (${files.length} files, ${kb(packJson[0].size)} KB packed)`, stray.length === 0, stray.join('\n'));
const needed = ['dist/index.js', 'dist/cdn/iop-widgets.js', 'dist/react-jsx.d.ts', 'dist/react/index.js', 'dist/vue.d.ts', 'dist/svelte.d.ts', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/custom-elements.json'];
const missing = needed.filter((file) => !files.includes(file));
check('tarball has the entry points, framework types, editor data and CDN folder', missing.length === 0, missing.join('\n'));
const publint = npx(root, 'publint', '--strict', '--pack', 'npm');
check('publint --strict: no errors, warnings or suggestions', publint.ok && !/(warning|error|suggestion)/i.test(publint.out.replace(/All good!/, '')), publint.out);
const attw = npx(root, 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped');
check('@arethetypeswrong/cli (esm-only profile): every export resolves with types', attw.ok, attw.out);
// The tarball was just built by prepack: check the publish step without building again.
const dry = run('npm', ['publish', '--dry-run', '--ignore-scripts', '--tag', 'next']);
// (Not being logged in to the registry is the one expected warning of a dry run here.)
const dryWarnings = dry.out.split('\n').filter((line) => /npm warn/i.test(line) && !/requires you to be logged in/.test(line));
check('npm publish --dry-run: no warnings', dry.ok && dryWarnings.length === 0, dry.out);

// ---- 2. Install into the apps ----------------------------------------------------------
console.log('== install the tarball into tests/consumers');
const lock = join(consumers, 'package-lock.json');
const stamp = join(consumers, 'node_modules/.package-lock.json');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(lock).mtimeMs) {
  const ci = run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], consumers, {IOP_WIDGETS_SKIP_PREPARE: '1'});
  if (!check('npm ci in tests/consumers', ci.ok, ci.out)) finish();
}
const install = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', tarball], consumers);
check('npm install <tarball> (dependencies: lit, @lit/localize only)', install.ok, install.out);

// ---- 3. The apps -------------------------------------------------------------------------
const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs});
try {
  for (const app of apps) await testApp(app);
} finally {
  await browser.close();
}
finish();

async function testApp(app) {
  console.log(`== ${app}`);
  if (app === 'eleventy') return testEleventy();
  if (app === 'express') return testExpress();
  const dir = join(consumers, app);
  const typecheck = {
    react: (bad) => npx(dir, 'tsc', '-p', bad ? 'tsconfig.bad.json' : 'tsconfig.json'),
    vue: (bad) => npx(dir, 'vue-tsc', '-p', bad ? 'tsconfig.bad.json' : 'tsconfig.json'),
    svelte: (bad) => npx(dir, 'svelte-check', '--fail-on-warnings', '--output', 'machine', '--workspace', bad ? 'bad' : '.'),
    plain: (bad) => npx(dir, 'tsc', '-p', bad ? 'tsconfig.bad.json' : 'tsconfig.json'),
  }[app];
  const tool = {react: 'tsc', vue: 'vue-tsc', svelte: 'svelte-check', plain: 'tsc'}[app];
  const good = typecheck(false);
  check(`${tool} passes`, good.ok, good.out);
  const bad = typecheck(true);
  const badFile = badSource(app);
  const mistakes = mistakeLines(badFile);
  const flagged = mistakes.filter((line) => errorLines(bad.out, app).has(line));
  check(
    `${tool} rejects each deliberate mistake (${flagged.length}/${mistakes.length}: ${mistakes.map((line) => describeLine(badFile, line)).join('; ')})`,
    !bad.ok && mistakes.length > 0 && flagged.length === mistakes.length,
    bad.out,
  );
  const built = npx(dir, 'vite', 'build', '--logLevel', 'warn');
  if (!check('vite build', built.ok && !/warn|error/i.test(built.out), built.out)) return;
  recordSizes(app, join(dir, 'dist'));
  await renderApp(app, join(dir, 'dist'));
}

function badSource(app) {
  const path = {
    react: 'react/bad/bad.tsx',
    vue: 'vue/bad/Bad.vue',
    svelte: 'svelte/bad/src/Bad.svelte',
    plain: 'plain/bad/bad.ts',
  }[app];
  return {path, lines: readFileSync(join(consumers, path), 'utf8').split('\n')};
}

/** 1-based lines of the deliberate mistakes: the exports / statements / template tags. */
function mistakeLines({lines}) {
  return lines
    .map((text, index) => ({text, line: index + 1}))
    .filter(({text}) => /^export const |^services\.|^document\.|^\s*<(iop|program)-/.test(text))
    .map(({line}) => line);
}
function describeLine({lines}, line) {
  const text = lines[line - 1];
  if (/three/.test(text)) return 'heading-level "three"';
  if (/not-a-service/.test(text)) return 'unknown include id';
  if (/MouseEvent|onMouse|nothing/.test(text)) return 'wrong event handler';
  if (/iop-service-list/.test(text)) return 'unknown tag';
  if (/9/.test(text)) return 'heading-level 9';
  return `line ${line}`;
}
/** Lines of the bad file that the checker reported an error on. */
function errorLines(out, app) {
  const lines = new Set();
  const pattern =
    app === 'svelte'
      ? /^\d+ ERROR "[^"]*Bad\.svelte" (\d+):\d+ /gm
      : /bad[\\/][\w.]+\((\d+),\d+\): error/g;
  for (const match of out.matchAll(pattern)) lines.add(Number(match[1]));
  return lines;
}

function recordSizes(app, dist) {
  const assets = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
  const gz = (file) => gzipSync(readFileSync(join(dist, 'assets', file)), {level: 9}).length;
  const widgets = assets.filter((file) => file.startsWith('widgets'));
  const locales = assets.filter((file) => /^(es|ar|ko|tl|vi|zh-Hans|zh-Hant)[.-]/.test(file));
  const rest = assets.filter((file) => !widgets.includes(file) && !locales.includes(file));
  const row = {
    app,
    widgets: widgets.reduce((sum, file) => sum + gz(file), 0),
    // Every Spanish file the app ships (the whole language, all groups), for comparison
    // with what the app fetches (recorded in renderApp).
    esAll: locales.filter((file) => /^es[.-]/.test(file) && !/^es-/.test(file)).reduce((sum, file) => sum + gz(file), 0),
    esWhole: locales.filter((file) => /^es-/.test(file)).reduce((sum, file) => sum + gz(file), 0),
    esFetched: 0,
    gz,
    app_and_framework: rest.reduce((sum, file) => sum + gz(file), 0),
  };
  sizes.push(row);
  check(`widgets chunk found (${kb(row.widgets)} KB gzip)`, widgets.length === 1, assets.join('\n'));
  // sideEffects and per-element entry points: the app carries only the elements it imports
  // (the React app imports the wrappers' index, which must tree-shake to one wrapper).
  const code = widgets.map((file) => readFileSync(join(dist, 'assets', file), 'utf8')).join('\n');
  const others = ['iop-overview', 'iop-vs-php-table', 'iop-schedule', 'iop-benefits', 'iop-find-guide', 'iop-program-card', 'iop-helpline', 'iop-guide', 'iop-faq'];
  const carried = others.filter((tag) => code.includes(`"${tag}"`) || code.includes(`'${tag}'`) || code.includes(`\`${tag}\``));
  check('tree-shaken: no other element is in the app', carried.length === 0, carried.join(', '));
}

async function renderApp(app, dist) {
  const server = createServer((request, response) => {
    const path = join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isFile() ? path : join(dist, 'index.html');
    const types = {'.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css'};
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const heading = page.locator('iop-services-list h3');
    await heading.waitFor({timeout: 10000});
    const items = await page.locator('iop-services-list li').count();
    check(
      'renders: services list with an h3 heading (heading-level) and the two included items',
      (await heading.textContent()).trim() === 'What an IOP offers' && items === 2,
      `heading "${await heading.textContent()}", ${items} items`,
    );
    await page.locator('#tags input[type=checkbox]').first().check();
    await page.waitForFunction(() => document.querySelector('#events')?.textContent === 'visit', null, {timeout: 5000}).catch(() => {});
    check('receives iop-checklist-change (detail.checked)', (await page.locator('#events').textContent()) === 'visit', await page.locator('#events').textContent());
    if (app === 'react') {
      const wrapper = page.locator('#wrapper');
      const shape = `${await wrapper.locator('h4').count()} h4, ${await wrapper.locator('input[type=checkbox]').count()} boxes`;
      check('@lit/react wrapper: properties reach the element (headingLevel 4, two included items)', shape === '1 h4, 2 boxes', shape);
      await wrapper.locator('input[type=checkbox]').nth(1).check();
      await page.waitForFunction(() => document.querySelector('#wrapped')?.textContent === '1', null, {timeout: 5000}).catch(() => {});
      check('@lit/react wrapper: onChecklistChange', (await page.locator('#wrapped').textContent()) === '1');
    }
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    await page.locator('#es').click();
    await page.waitForFunction(
      () => document.querySelector('iop-services-list')?.shadowRoot?.querySelector('h3')?.textContent?.trim() === 'Lo que ofrece un IOP',
      null,
      {timeout: 10000},
    ).catch(() => {});
    const spanish = (await heading.textContent()).trim();
    const lang = await page.locator('iop-services-list').getAttribute('lang');
    check('setLocale("es") loads the Spanish chunk and re-renders', spanish === 'Lo que ofrece un IOP' && lang === 'es', `${spanish} (lang=${lang})`);
    // What switching to Spanish fetched: only the groups of the two widgets' messages.
    const fetchedNow = (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)))
      .filter((name) => !before.includes(name))
      .map((name) => new URL(name).pathname.replace(/^\/assets\//, ''));
    const row = sizes.find((entry) => entry.app === app);
    const spanishFiles = fetchedNow.filter((file) => /^es[.-]/.test(file));
    row.esFetched = spanishFiles.reduce((sum, file) => sum + row.gz(file), 0);
    row.esFiles = spanishFiles.map((file) => file.replace(/-[\w-]+\.js$/, '')).sort();
    check(
      `Spanish fetched only the used message groups (${row.esFiles.join(', ')}: ${kb(row.esFetched)} KB; the whole language is ${kb(row.esWhole)} KB)`,
      // The checklist's printed handout also uses the helpline's messages (handout, help): Vite 8
      // (rolldown) inlines the handout's lazy import into the app's chunk, so they register at start.
      spanishFiles.length > 0 && row.esFiles.every((file) => /^es\.(services|checklist|disclaimer|sources|tools|handout|help|common)$/.test(file)),
      fetchedNow.join('\n'),
    );
    if (app === 'plain') {
      // An element imported after the language loaded fetches its own group.
      await page.locator('#faq').click();
      await page.waitForFunction(
        () => document.querySelector('iop-faq')?.shadowRoot?.textContent?.includes('Preguntas frecuentes sobre los IOP'),
        null,
        {timeout: 10000},
      ).catch(() => {});
      const faq = ((await page.locator('iop-faq').first().textContent({timeout: 1000}).catch(() => '')) ?? '').trim();
      const faqText = await page.evaluate(() => document.querySelector('iop-faq')?.shadowRoot?.textContent ?? '');
      check('an element imported later renders in Spanish (its message group fetched on demand)', faqText.includes('Preguntas frecuentes sobre los IOP'), faq || faqText.slice(0, 200));
    }
    check('no console errors or warnings', problems.length === 0, problems.join('\n'));
  } catch (error) {
    check('renders in Chromium', false, String(error));
  } finally {
    await page.close();
    await new Promise((done) => server.close(done));
  }
}

/**
 * Eleventy 3 with the package's plugin (iop-widgets/eleventy.js): builds the site, checks
 * the written HTML, then loads each page in Chromium without and with JavaScript.
 */
async function testEleventy() {
  const dir = join(consumers, 'eleventy');
  const site = join(dir, '_site');
  rmSync(site, {recursive: true, force: true});
  const built = npx(dir, 'eleventy');
  const warnings = built.out.split('\n').filter((line) => line.startsWith('[iop-widgets]'));
  check(
    'eleventy builds with the plugin; the one bad attribute warns once, as in the browser',
    built.ok && /Wrote 3 files/.test(built.out) && warnings.length === 1 && /<iop-helpline> heading-level: "seven"/.test(warnings[0]),
    built.out,
  );
  const pages = {en: 'index.html', es: 'es/index.html', ar: 'ar/index.html'};
  const written = Object.fromEntries(Object.entries(pages).map(([lang, file]) => [lang, existsSync(join(site, file)) ? readFileSync(join(site, file), 'utf8') : '']));
  const tags = (html) => [...html.matchAll(/<((?:iop|program)-[a-z-]+)[^>]*>\s*<template[^>]*shadowrootmode="open"/g)].map((match) => match[1]);
  check(
    'every widget in the written pages has a declarative shadow root (en 4, es 3, ar 3)',
    tags(written.en).length === 4 && tags(written.es).length === 3 && tags(written.ar).length === 3,
    JSON.stringify({en: tags(written.en), es: tags(written.es), ar: tags(written.ar)}),
  );
  check('the FAQ JSON-LD is in the written page', /<script type="application\/ld\+json"[^>]*>\{"@context":"https:\/\/schema.org","@type":"FAQPage","inLanguage":"en"/.test(written.en));
  check('the plugin copied the script-tag bundle to _site/iop-widgets/', existsSync(join(site, 'iop-widgets/iop-widgets.js')));

  const server = createServer((request, response) => {
    let path = join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404);
      response.end();
      return;
    }
    const types = {'.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.css': 'text/css'};
    response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    createReadStream(path).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  /** Each top-level widget: its lang and dir, its first heading, and how much text it shows. */
  const widgets = () =>
    [...document.querySelectorAll('main > *, main > p > *')]
      .filter((el) => el.shadowRoot)
      .map((el) => ({
        tag: el.localName,
        lang: el.getAttribute('lang'),
        dir: getComputedStyle(el).direction,
        heading: el.shadowRoot.querySelector('h2, h3, h4, h5, h6')?.textContent.trim() ?? '',
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().length,
        height: el.getBoundingClientRect().height,
      }));
  try {
    // Without JavaScript: the prerendered text is there, in each page's language, laid out.
    const noJs = await browser.newContext({javaScriptEnabled: false});
    const shown = {};
    for (const [lang, file] of Object.entries(pages)) {
      const page = await noJs.newPage();
      await page.goto(`${origin}/${file.replace(/index\.html$/, '')}`);
      shown[lang] = await page.evaluate(widgets);
      await page.close();
    }
    await noJs.close();
    const readable = (list, lang, dir) => list.length > 0 && list.every((w) => w.lang === lang && w.dir === dir && w.heading && w.text > 80 && w.height > 40);
    check(
      'without JavaScript: every widget shows its text, in English, Spanish (es-MX → es) and Arabic (right to left)',
      readable(shown.en, 'en', 'ltr') && readable(shown.es, 'es', 'ltr') && readable(shown.ar, 'ar', 'rtl') &&
        shown.es[0].heading !== shown.en[0].heading && shown.ar[0].heading !== shown.en[0].heading,
      JSON.stringify(shown, null, 1),
    );

    // With the bundle: hydrates in place (no layout shift, no messages), then works.
    const {context, page, problems} = await watchedPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => ['iop-overview', 'program-checklist', 'iop-faq', 'iop-helpline'].every((tag) => customElements.get(tag)), null, {timeout: 10000});
    await page.evaluate(() => Promise.all([...document.querySelectorAll('main > *')].map((el) => el.updateComplete)));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    const after = await page.evaluate(widgets);
    const duplicated = await page.evaluate(() => [...document.querySelectorAll('main > *')].filter((el) => el.shadowRoot?.querySelectorAll('h2').length > 1).map((el) => el.localName));
    check(
      'with the bundle: hydrates with no layout shift, no duplicate content, the same text',
      (await page.evaluate(() => window.__shift)) === 0 && duplicated.length === 0 && JSON.stringify(after.map((w) => w.heading)) === JSON.stringify(shown.en.map((w) => w.heading)),
      JSON.stringify({shift: await page.evaluate(() => window.__shift), duplicated, after: after.map((w) => w.heading)}),
    );
    const box = page.locator('program-checklist input[type=checkbox]').first();
    await box.check();
    await page.reload();
    await page.waitForFunction(() => customElements.get('program-checklist'));
    await page.evaluate(() => document.querySelector('program-checklist').updateComplete);
    check('the checklist works after hydration: a tick is kept across a reload (persist)', await page.locator('program-checklist input[type=checkbox]').first().isChecked());
    await page.evaluate(() => { document.documentElement.lang = 'es'; });
    await page
      .waitForFunction(() => document.querySelector('iop-overview')?.getAttribute('lang') === 'es', null, {timeout: 10000})
      .catch(() => {});
    const spanish = await page.evaluate(() => document.querySelector('iop-overview').shadowRoot.querySelector('h2, h3')?.textContent.trim());
    check('switching <html lang> to es re-renders the hydrated widgets in Spanish', spanish === shown.es[0].heading, `${spanish} vs ${shown.es[0].heading}`);
    check('no console errors or warnings', problems.length === 0, problems.join('\n'));
    await context.close();
  } catch (error) {
    check('the Eleventy site in Chromium', false, String(error));
  } finally {
    await new Promise((done) => server.close(done));
  }
}

/**
 * A tab in a new context that records console errors and warnings (but not the one notice
 * per page that a translation is not reviewed yet, by design) and sums layout shifts in
 * `window.__shift`.
 */
async function watchedPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (/is not reviewed by a qualified translator yet/.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  return {context, page, problems};
}

/** Express 5 running the README's example (tests/consumers/express/server.js). */
async function testExpress() {
  const {app} = await import(pathToFileURL(join(consumers, 'express/server.js')).href);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    // Nine requests at once in three languages: each page is wholly in its own language.
    const langs = ['en', 'es', 'ar', 'es', 'ar', 'en', 'ar', 'en', 'es'];
    const bodies = await Promise.all(langs.map((lang) => fetch(`${origin}/?lang=${lang}`).then((response) => response.text())));
    const widgetLangs = bodies.map((body) => [...body.matchAll(/<(?:iop|program)-[a-z-]+[^>]*\slang="([\w-]+)"[^>]*><template[^>]*shadowrootmode="open"/g)].map((match) => match[1]));
    check(
      'Express: 9 concurrent requests in en/es/ar, each page prerendered wholly in its language (3 widgets each)',
      widgetLangs.every((found, index) => found.length === 3 && found.every((lang) => lang === langs[index])),
      JSON.stringify(widgetLangs),
    );
    const {context, page, problems} = await watchedPage();
    await page.goto(`${origin}/?lang=ar`);
    await page.waitForFunction(() => ['iop-overview', 'program-checklist', 'iop-helpline'].every((tag) => customElements.get(tag)), null, {timeout: 10000});
    await page.evaluate(() => Promise.all([...document.querySelectorAll('main > *')].map((el) => el.updateComplete)));
    await page.locator('program-checklist input[type=checkbox]').first().check();
    const state = await page.evaluate(() => ({
      shift: window.__shift,
      direction: getComputedStyle(document.querySelector('iop-overview')).direction,
      ticked: document.querySelector('program-checklist').shadowRoot.querySelectorAll('input:checked').length,
      headings: [...document.querySelectorAll('main > *')].filter((el) => el.shadowRoot).map((el) => el.shadowRoot.querySelectorAll('h2').length),
    }));
    check(
      'Express: the Arabic page hydrates right to left with no layout shift or console message, and a box ticks',
      state.shift === 0 && state.direction === 'rtl' && state.ticked === 1 && state.headings.length === 3 && state.headings.every((count) => count === 1) && problems.length === 0,
      JSON.stringify({...state, problems}),
    );
    await context.close();
  } catch (error) {
    check('Express in Chromium', false, String(error));
  } finally {
    server.closeAllConnections?.();
    await new Promise((done) => server.close(done));
  }
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

function finish() {
  if (sizes.length) {
    console.log('\nWhat iop-widgets adds to each app (two widgets: iop-services-list + program-checklist), gzip:');
    console.log('  app     widgets+lit  Spanish fetched  (whole-language file)  (framework + app code)');
    for (const row of sizes) {
      console.log(
        `  ${row.app.padEnd(7)} ${kb(row.widgets).padStart(8)} KB ${kb(row.esFetched).padStart(10)} KB  (${kb(row.esWhole)} KB)  (${kb(row.app_and_framework)} KB)`,
      );
    }
  }
  console.log(`\n(consumers took ${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`consumers: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

