// Server rendering (iop-widgets/ssr.js and the iop-widgets command), checked in Node and
// in real Chromium (playwright-core): no-JS pages in en/es/ar with axe, strict CSP,
// hydration without layout shift, bad attributes, concurrent locales, the CLI folder mode.
// Run by `npm test` (scripts/node-tests.mjs) after the build; needs dist/.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';
import {prerender, renderWidget, tagNames} from '../../dist/ssr.js';

const ROOT = process.cwd();
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Every widget once, with the attributes a clinic would set. */
const WIDGETS = `
  <iop-overview></iop-overview>
  <iop-services-list></iop-services-list>
  <iop-schedule></iop-schedule>
  <iop-benefits></iop-benefits>
  <iop-vs-php-table></iop-vs-php-table>
  <program-checklist id="choose"></program-checklist>
  <iop-find-guide></iop-find-guide>
  <iop-program-card name="Cedar Grove Evening IOP" tracks="evening" phone="555-010-4477"></iop-program-card>
  <iop-faq json-ld></iop-faq>
  <iop-helpline phone="(555) 010-4477"></iop-helpline>
  <iop-guide heading-level="2" id="guide"></iop-guide>`;

const BAD = `
  <iop-helpline phone="call us maybe" heading-level="9"></iop-helpline>
  <iop-services-list include="nope, goal-setting" items="[not json"></iop-services-list>
  <iop-program-card tracks="night" url="javascript:alert(1)" phone="12"></iop-program-card>
  <iop-find-guide locator-url="data:text/html,x"></iop-find-guide>
  <iop-vs-php-table levels="iop, moon"></iop-vs-php-table>
  <iop-faq items='[{"label": "No answer"}]' heading-level="x"></iop-faq>`;

function page(lang, body, {script = false, head = ''} = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>Server-rendered widgets</title>${head}</head><body><main><h1>IOP</h1>${body}</main>` +
    `${script ? '<script type="module" src="/dist/cdn/iop-widgets.js"></script>' : ''}</body></html>`;
}

/** Pages served at /<name>.html, with optional response headers (the CSP). */
const pages = new Map();
let server;
let origin;
let browser;

before(async () => {
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const served = pages.get(path);
    if (served) {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8', ...served.headers});
      response.end(served.html);
      return;
    }
    try {
      const body = readFileSync(join(ROOT, path));
      const type = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html'}[extname(path)];
      response.writeHead(200, {'content-type': type ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs});
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Captures `[iop-widgets]` warnings printed while `run` runs. */
async function serverWarnings(run) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return {result: await run(), warnings};
  } finally {
    console.warn = original;
  }
}

/** Opens `path` in a fresh context; collects console messages and page errors. */
async function open(path, options = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, ...options});
  return {context, ...(await openIn(context, path))};
}

/** Opens `path` in a new tab of `context`; collects console messages and page errors. */
async function openIn(context, path) {
  const tab = await context.newPage();
  const messages = [];
  tab.on('console', (message) => {
    // The one notice per page that a translation is not reviewed yet (#9) is by design.
    if (!/^\[iop-widgets\] "[\w-]+" is not reviewed by a qualified translator yet/.test(message.text())) {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await tab.goto(origin + path);
  return {tab, messages};
}

/** What each top-level widget shows: its text, host display, lang, dir and direction. */
function shown(tab) {
  return tab.evaluate((tags) => [...document.querySelectorAll(tags.join())]
    .filter((element) => !element.parentElement?.closest(tags.join()))
    .map((element) => ({
      tag: element.localName,
      shadow: Boolean(element.shadowRoot),
      text: [...(element.shadowRoot?.childNodes ?? [])].filter((node) => node.nodeType !== Node.COMMENT_NODE && !['STYLE', 'LINK'].includes(node.nodeName))
        .map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim(),
      ticked: element.shadowRoot?.querySelectorAll('input:checked').length ?? 0,
      display: getComputedStyle(element).display,
      lang: element.getAttribute('lang'),
      dir: element.getAttribute('dir'),
      direction: getComputedStyle(element).direction,
      headings: element.shadowRoot?.querySelectorAll('h2, h3, h4, h5, h6').length ?? 0,
    })), tagNames);
}

async function axe(tab) {
  await tab.addScriptTag({content: AXE});
  return tab.evaluate(async () => {
    const result = await window.axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']});
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' > ')).join(', ')}`);
  });
}

const expectedHeading = {en: 'What is an IOP?', es: '¿Qué es un IOP?', ar: 'ما هو برنامج IOP؟'};

test('renderWidget(html, {locale}) writes declarative shadow DOM with styles, in that locale', async () => {
  const markup = await renderWidget('<p>Before</p><iop-overview heading-level="3"></iop-overview>', {locale: 'es-MX'});
  assert.match(markup, /^<p>Before<\/p><iop-overview\s+heading-level="3" disclaimer lang="es" dir="ltr"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(markup, /<h3 id="heading" part="heading"><!--lit-part-->¿Qué es un IOP\?<!--\/lit-part--><\/h3>/);
  const english = await renderWidget('<iop-overview></iop-overview>');
  assert.match(english, /lang="en" dir="ltr"/);
  assert.match(english, /What is an IOP\?/);
  const arabic = await renderWidget('<iop-overview></iop-overview>', {locale: 'ar'});
  assert.match(arabic, /lang="ar" dir="rtl"/);
});

test('concurrent server renders in different locales do not mix languages', async () => {
  const locales = ['en', 'es', 'ar', 'vi', 'ko', 'tl', 'zh-Hans', 'zh-Hant'];
  const alone = new Map();
  for (const locale of locales) alone.set(locale, await renderWidget(WIDGETS, {locale}));
  const jobs = [];
  for (let round = 0; round < 3; round++) {
    for (const locale of locales) jobs.push(renderWidget(WIDGETS, {locale}).then((markup) => ({locale, markup})));
  }
  const results = await Promise.all(jobs.reverse());
  for (const {locale, markup} of results) assert.equal(markup, alone.get(locale), `render in ${locale} mixed with another`);
  assert.notEqual(alone.get('es'), alone.get('en'));
});

test('prerender maps <html lang> as the browser does and is idempotent', async () => {
  const spanish = await prerender(page('es-MX', '<iop-overview></iop-overview>'));
  assert.match(spanish, /<iop-overview lang="es" dir="ltr"><template shadowrootmode="open"|<iop-overview lang="es" dir="ltr"><template shadowroot="open" shadowrootmode="open">/);
  assert.ok(spanish.startsWith('<!doctype html><html lang="es-MX"><head>'), 'the page around the widgets is kept');
  assert.equal(await prerender(spanish), spanish, 'prerendering twice changes nothing');
  const traditional = await prerender(page('zh-TW', '<iop-overview></iop-overview>'));
  assert.match(traditional, /lang="zh-Hant"/);
  const {result, warnings} = await serverWarnings(() => prerender(page('klingon-x', '<iop-overview></iop-overview>')));
  assert.match(result, /lang="en" dir="ltr"/);
  assert.deepEqual(warnings, [
    '[iop-widgets] no translation for language "klingon-x"; showing English. Supported: en, ar, es, ko, tl, vi, zh-Hans, zh-Hant.',
  ]);
});

const NOTE = 'This is general information to help you learn.';
/** Which of the page's top-level widgets show the page note in the server's output. */
const notes = (markup) => [...markup.matchAll(/<(iop-[\w-]+|program-checklist)\b[^>]*><template[^]*?<\/template>/g)]
  .map((match) => `${match[1]}:${match[0].includes(NOTE)}`);

test('the server elects the page note like the browser: first widget, a forced one, or none with the meta switch', async () => {
  const two = '<iop-overview></iop-overview><iop-faq></iop-faq>';
  assert.deepEqual(notes(await prerender(page('en', two))), ['iop-overview:true', 'iop-faq:false']);
  assert.deepEqual(notes(await prerender(page('en', '<iop-overview></iop-overview><iop-faq disclaimer></iop-faq>'))), ['iop-overview:false', 'iop-faq:true']);
  assert.deepEqual(notes(await prerender(page('en', '<iop-overview disclaimer="off"></iop-overview><iop-faq></iop-faq>'))), ['iop-overview:false', 'iop-faq:true']);
  const off = '<meta name="iop-widgets-disclaimer" content="off">';
  assert.deepEqual(notes(await prerender(page('en', '<iop-overview></iop-overview><iop-faq disclaimer></iop-faq>', {head: off}))), ['iop-overview:false', 'iop-faq:false']);
  // renderWidget elects within its fragment and writes `disclaimer` where it shows, so the browser keeps it there.
  const fragment = await renderWidget(two);
  assert.match(fragment, /^<iop-overview\s+disclaimer lang="en"/);
  assert.deepEqual(notes(fragment), ['iop-overview:true', 'iop-faq:false']);
  assert.deepEqual(notes(await renderWidget(`${off}${two}`)), ['iop-overview:false', 'iop-faq:false']);
});

test('prerender honours <meta name="iop-widgets-translations" content="reviewed-only"> and prints no notice', async () => {
  const head = '<meta name="iop-widgets-translations" content="reviewed-only">';
  const {result, warnings} = await serverWarnings(() => prerender(page('es', '<iop-overview></iop-overview>', {head})));
  assert.match(result, /<iop-overview lang="en" dir="ltr">/);
  assert.match(result, /What is an IOP\?/);
  assert.deepEqual(warnings, []);
  assert.match(await prerender(page('es', '<iop-overview></iop-overview>')), /¿Qué es un IOP\?/);
});

test('the FAQ JSON-LD is in the server output (light DOM), in the page language', async () => {
  const markup = await prerender(page('es', '<iop-faq json-ld include="how-long, what-is-iop"></iop-faq>'));
  const json = markup.match(/<\/template><script type="application\/ld\+json" data-iop-faq-json-ld>(.*?)<\/script><\/iop-faq>/s);
  assert.ok(json, 'a JSON-LD script right after the shadow root');
  const data = JSON.parse(json[1]);
  assert.equal(data['@type'], 'FAQPage');
  assert.equal(data.inLanguage, 'es');
  assert.equal(data.mainEntity.length, 2);
  assert.match(data.mainEntity[1].name, /IOP/);
  assert.doesNotMatch(await renderWidget('<iop-faq></iop-faq>'), /ld\+json/, 'only with json-ld');
});

for (const lang of ['en', 'es', 'ar']) {
  test(`without JavaScript a prerendered page shows every widget in ${lang}, styled, and passes axe`, async () => {
    pages.set(`/nojs-${lang}.html`, {html: await prerender(page(lang, WIDGETS))});
    const {tab, context} = await open(`/nojs-${lang}.html`, {javaScriptEnabled: false});
    const widgets = await shown(tab);
    assert.deepEqual(widgets.map((widget) => widget.tag), [...tagNames]);
    for (const widget of widgets) {
      assert.ok(widget.shadow, `${widget.tag} has its shadow root`);
      assert.ok(widget.text.length > 40, `${widget.tag} shows its text`);
      assert.ok(widget.headings >= 1, `${widget.tag} has its heading`);
      assert.equal(widget.display, 'block', `${widget.tag} is styled (:host display)`);
      assert.equal(widget.ticked, 0, `${widget.tag}: no box is ticked`);
      assert.equal(widget.lang, lang);
      assert.equal(widget.dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(widget.direction, lang === 'ar' ? 'rtl' : 'ltr');
    }
    assert.ok(widgets[0].text.includes(expectedHeading[lang]), widgets[0].text.slice(0, 80));
    // FAQ disclosures are native: they open without script.
    await tab.locator('iop-faq summary').first().click();
    assert.equal(await tab.locator('iop-faq details').first().getAttribute('open'), '');
    await context.close();
    // axe needs script; the same page in a context where only axe runs (the page has no script).
    const checked = await open(`/nojs-${lang}.html`);
    assert.deepEqual(await axe(checked.tab), []);
    await checked.context.close();
  });
}

test('under a strict CSP (style-src \'self\') the stylesheets option keeps prerendered widgets styled and accessible', async () => {
  const csp = {'content-security-policy': "style-src 'self'; object-src 'none'; base-uri 'none'"};
  pages.set('/csp-linked.html', {html: await prerender(page('ar', WIDGETS), {stylesheets: {href: '/dist/cdn/'}}), headers: csp});
  pages.set('/csp-inline.html', {html: await prerender(page('ar', WIDGETS)), headers: csp});
  const inline = await open('/csp-inline.html', {javaScriptEnabled: false});
  assert.ok((await shown(inline.tab)).every((widget) => widget.display !== 'block'), 'inline <style> is blocked by the CSP');
  await inline.context.close();
  const linked = await open('/csp-linked.html', {javaScriptEnabled: false});
  const widgets = await shown(linked.tab);
  assert.equal(widgets.length, tagNames.length);
  for (const widget of widgets) {
    assert.equal(widget.display, 'block', `${widget.tag} is styled from /dist/cdn/ssr/${widget.tag}.css`);
    assert.equal(widget.direction, 'rtl');
  }
  assert.deepEqual(linked.messages.filter((message) => /Content Security Policy|error/i.test(message)), []);
  await linked.context.close();
  const checked = await open('/csp-linked.html');
  assert.deepEqual(await axe(checked.tab), []);
  await checked.context.close();
});

for (const [name, options, bundle] of [
  ['inline styles', {}, 'iop-widgets.js'],
  ['linked stylesheets under a strict CSP', {stylesheets: {href: '/dist/cdn/'}}, 'iop-widgets.js'],
  ['the autoloader', {}, 'iop-widgets-autoload.js'],
]) {
  test(`with the bundle, a prerendered page hydrates without layout shift or errors and works (${name})`, async () => {
    const headers = options.stylesheets ? {'content-security-policy': "style-src 'self'"} : {};
    pages.set('/hydrate-base.html', {html: await prerender(page('es', WIDGETS), options), headers});
    const {tab, context, messages} = await open('/hydrate-base.html');
    // Mark the server's DOM before any script runs, then load the bundle.
    await tab.evaluate((tags) => {
      for (const element of document.querySelectorAll(tags.join())) element.shadowRoot.firstElementChild.dataset.server = '1';
    }, tagNames);
    await tab.addScriptTag({url: `/dist/cdn/${bundle}`, type: 'module'});
    await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), tagNames);
    await tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((element) => element.updateComplete)));
    await tab.waitForTimeout(300);
    assert.equal(await tab.evaluate(() => window.__shift), 0, 'layout-shift entries sum to 0');
    assert.deepEqual(messages, [], 'no console messages (errors, mismatch warnings)');
    const after = await tab.evaluate((tags) => [...document.querySelectorAll(tags.join())].map((element) => ({
      tag: element.localName,
      kept: element.shadowRoot.firstElementChild?.dataset.server === '1',
      hydrated: element.hasUpdated,
      children: element.shadowRoot.querySelectorAll('[part="base"], [part~="base"]').length,
    })), tagNames);
    for (const element of after) {
      assert.ok(element.hydrated, `${element.tag} is live`);
      assert.ok(element.kept, `${element.tag} took over the server's DOM (no re-render)`);
      assert.ok(element.children <= 1, `${element.tag} has no duplicate content`);
    }
    const checklist = tab.locator('program-checklist#choose');
    await checklist.locator('input[type=checkbox]').nth(1).check();
    assert.match(await checklist.locator('[part=progress]').textContent(), /1 de 6/);
    assert.deepEqual(await tab.evaluate(() => document.querySelector('program-checklist#choose').checkedIds), ['licensed']);
    // The guide's contents still move to its sections.
    await tab.locator('iop-guide nav a').nth(2).click();
    // Focus goes to the section's heading (#10), inside the section's widget.
    assert.ok(await tab.evaluate(() => document.querySelector('iop-guide').shadowRoot.activeElement?.closest('[id^="section-"]')));
    await tab.evaluate(() => (document.documentElement.lang = 'ar'));
    await tab.waitForFunction(() => document.querySelector('iop-overview').getAttribute('dir') === 'rtl');
    assert.match(await tab.locator('iop-overview h2').textContent(), /ما هو برنامج IOP؟/);
    assert.match(await checklist.locator('[part=progress]').textContent(), /1/);
    assert.equal(JSON.parse(await tab.locator('iop-faq > script[type="application/ld+json"]').textContent()).inLanguage, 'ar');
    assert.equal(await tab.locator('iop-faq > script[type="application/ld+json"]').count(), 1);
    assert.deepEqual(messages, []);
    await context.close();
  });
}

test('prerender of bad attributes warns and falls back exactly like the browser', async () => {
  const {result, warnings} = await serverWarnings(() => prerender(page('en', BAD)));
  assert.ok(warnings.length >= 8, warnings.join('\n'));
  pages.set('/bad-server.html', {html: result});
  pages.set('/bad-client.html', {html: page('en', BAD, {script: true})});
  const server = await open('/bad-server.html', {javaScriptEnabled: false});
  const serverView = await shown(server.tab);
  await server.context.close();
  const client = await open('/bad-client.html');
  await client.tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), tagNames);
  await client.tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((element) => element.updateComplete)));
  const clientView = await shown(client.tab);
  const clientWarnings = client.messages.filter((message) => message.startsWith('warning: [iop-widgets]')).map((message) => message.slice(9));
  await client.context.close();
  assert.deepEqual([...warnings].sort(), [...clientWarnings].sort(), 'the same warnings, word for word');
  assert.deepEqual(serverView.map((view) => view.text), clientView.map((view) => view.text), 'the same fallback content');
});

test('the iop-widgets command prerenders one page to stdout and a static site folder, which then hydrates', async () => {
  const bin = join(ROOT, 'bin/iop-widgets.mjs');
  const single = execFileSync(process.execPath, [bin, 'prerender', 'tests/fixtures/static-site/index.html'], {encoding: 'utf8'});
  assert.match(single, /<iop-overview lang="es" dir="ltr"><template shadowroot="open" shadowrootmode="open">/);
  const out = mkdtempSync(join(tmpdir(), 'iop-site-'));
  try {
    const log = execFileSync(process.execPath, [bin, 'prerender', 'tests/fixtures/static-site', '--out', out], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    assert.equal(log, '');
    const built = readFileSync(join(out, 'programs/index.html'), 'utf8');
    assert.match(built, /<iop-program-card\s+name="Cedar Grove Evening IOP" phone="555-010-4477" lang="en" dir="ltr"><template/);
    pages.set('/site/index.html', {html: readFileSync(join(out, 'index.html'), 'utf8')});
    pages.set('/site/programs/index.html', {html: built});
    const {tab, context, messages} = await open('/site/programs/index.html');
    await tab.waitForFunction(() => customElements.get('program-checklist') && document.querySelector('program-checklist').hasUpdated);
    await tab.locator('program-checklist input[type=checkbox]').first().check();
    assert.match(await tab.locator('program-checklist [part=progress]').textContent(), /1 of 6/);
    assert.equal(await tab.evaluate(() => window.__shift), 0);
    assert.deepEqual(messages, []);
    await context.close();
    assert.throws(() => execFileSync(process.execPath, [bin, 'render', 'x'], {stdio: 'pipe'}), /unknown command/);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
});

test('the npm entry (Lit external, resolved through an import map) hydrates a prerendered page too', async () => {
  const imports = {
    'lit': '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
    '@lit/localize/': '/node_modules/@lit/localize/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
  };
  const head = `<script type="importmap">${JSON.stringify({imports})}</script>`;
  pages.set('/npm-hydrate.html', {html: await prerender(page('es', '<program-checklist></program-checklist><iop-faq json-ld></iop-faq><iop-guide></iop-guide>', {head}))});
  const {tab, context, messages} = await open('/npm-hydrate.html');
  await tab.evaluate((tags) => {
    for (const element of document.querySelectorAll(tags.join())) element.shadowRoot.firstElementChild.dataset.server = '1';
  }, tagNames);
  await tab.addScriptTag({content: "import '/dist/index.js';", type: 'module'});
  await tab.waitForFunction(() => ['program-checklist', 'iop-faq', 'iop-guide'].every((tag) => customElements.get(tag)));
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((element) => element.updateComplete)));
  assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('program-checklist, iop-faq, iop-guide')]
    .map((element) => element.hasUpdated && element.shadowRoot.firstElementChild.dataset.server === '1')), [true, true, true]);
  assert.equal(await tab.evaluate(() => window.__shift), 0, 'hydration shifted nothing');
  await tab.locator('program-checklist').first().locator('input[type=checkbox]').first().check();
  assert.match(await tab.locator('program-checklist').first().locator('[part=progress]').textContent(), /1 de 6/);
  await tab.evaluate(() => (document.documentElement.lang = 'vi'));
  await tab.waitForFunction(() => document.querySelector('iop-faq').getAttribute('lang') === 'vi');
  assert.deepEqual(messages, []);
  await context.close();
});

test('a prerendered persist checklist with ticks stored earlier hydrates without a mismatch, then shows them', async () => {
  pages.set('/persist.html', {html: await prerender(page('en', '<program-checklist persist></program-checklist>', {script: true}))});
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const first = await context.newPage();
  await first.goto(`${origin}/persist.html`);
  await first.waitForFunction(() => customElements.get('program-checklist') && document.querySelector('program-checklist').hasUpdated);
  await first.locator('program-checklist input[type=checkbox]').first().check();
  await first.close();
  // The same visitor comes back: the server's HTML has no ticks, the browser's storage has one.
  const {tab, messages} = await openIn(context, '/persist.html');
  await tab.waitForFunction(() => customElements.get('program-checklist') && document.querySelector('program-checklist').hasUpdated);
  await tab.evaluate(() => document.querySelector('program-checklist').updateComplete);
  assert.equal(await tab.locator('program-checklist input[type=checkbox]').first().isChecked(), true);
  assert.match(await tab.locator('program-checklist [part=progress]').textContent(), /1 of 6/);
  assert.equal(await tab.locator('program-checklist [part=restored]').count(), 1, 'the notice that ticks were brought back');
  assert.deepEqual(messages, []);
  await context.close();
});

test('a program card shows its slotted description and actions without script, and keeps them after hydration', async () => {
  const card = '<iop-program-card name="Cedar Grove Evening IOP" phone="555-010-4477"><p>We meet in the old school on Elm Street.</p>' +
    '<a slot="actions" href="/apply">Apply now</a></iop-program-card><iop-program-card name="Empty slots"></iop-program-card>';
  pages.set('/card.html', {html: await prerender(page('en', card))});
  const visible = (tab) => tab.evaluate(() => [...document.querySelectorAll('iop-program-card')].map((element) =>
    [...element.shadowRoot.querySelectorAll('[part=description], [part=actions]')].map((part) => part.checkVisibility())));
  const plain = await open('/card.html', {javaScriptEnabled: false});
  assert.deepEqual(await visible(plain.tab), [[true, true], [false, false]]);
  assert.ok(await plain.tab.getByText('We meet in the old school on Elm Street.').isVisible());
  await plain.context.close();
  const {tab, context, messages} = await open('/card.html');
  await tab.addScriptTag({url: '/dist/cdn/iop-widgets.js', type: 'module'});
  await tab.waitForFunction(() => [...document.querySelectorAll('iop-program-card')].every((element) => element.hasUpdated));
  await tab.evaluate(() => (document.documentElement.lang = 'es'));
  await tab.waitForFunction(() => document.querySelector('iop-program-card').getAttribute('lang') === 'es');
  assert.deepEqual(await visible(tab), [[true, true], [false, false]], 'a re-render after hydration keeps them');
  // The hydrated card knows its slots are filled: emptying them hides the empty boxes.
  await tab.evaluate(() => document.querySelector('iop-program-card').replaceChildren());
  await tab.waitForTimeout(100);
  assert.deepEqual(await visible(tab), [[false, false], [false, false]], 'emptied slots are hidden again');
  assert.deepEqual(messages, []);
  await context.close();
});

test('a second copy of ssr.js in the process (a dev server reloading it) reuses the one localization', async () => {
  const again = await import(`../../dist/ssr.js?reloaded=${Date.now()}`);
  const [fresh, first] = await Promise.all([
    again.renderWidget('<iop-overview></iop-overview>', {locale: 'ar'}),
    renderWidget('<iop-overview></iop-overview>', {locale: 'es'}),
  ]);
  assert.match(fresh, /lang="ar" dir="rtl"/);
  assert.match(fresh, /ما هو برنامج IOP؟/);
  assert.match(first, /¿Qué es un IOP\?/);
});
