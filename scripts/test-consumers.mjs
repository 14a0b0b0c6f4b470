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
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const consumers = join(root, 'tests/consumers');
const scratch = join(root, 'build/consumers');
const only = process.argv.slice(2);
const apps = ['react', 'vue', 'svelte', 'plain'].filter((app) => only.length === 0 || only.includes(app));
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

