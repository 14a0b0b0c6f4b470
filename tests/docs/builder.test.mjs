// Drives the built documentation site (build/docs, from npm run build:docs) in Chromium:
// the embed-code builder, its inline warnings, Copy, the chrome's own language and theme.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';
import {serve} from '../../scripts/docs/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const site = resolve(root, 'build/docs');
let server;
let browser;

before(async () => {
  assert.ok(existsSync(resolve(site, 'index.html')), 'build/docs is missing: run npm run build:docs');
  server = await serve(site);
  browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs});
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, ...options});
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${server.url}/${path}`);
  // Element pages: wait for the builder's first render (other pages have no #preview).
  await page.waitForFunction(() => {
    const preview = document.querySelector('#preview');
    return !preview || Number(preview.dataset.rendered ?? 0) >= 1;
  });
  return {page, context, problems};
}

/** Waits until the builder has re-rendered after an action. */
async function rendered(page, action) {
  const before = await page.evaluate(() => Number(document.querySelector('#preview').dataset.rendered ?? 0));
  await action();
  await page.waitForFunction((count) => Number(document.querySelector('#preview').dataset.rendered ?? 0) > count, before);
}

const previewIds = (page, tag) =>
  page.evaluate(
    (tag) => [...document.querySelector(`#preview ${tag}`).shadowRoot.querySelectorAll('[part~="item"]')].map((item) => item.dataset.id),
    tag,
  );

describe('embed-code builder', () => {
  test('picking and reordering include ids changes the preview and the snippet', async () => {
    const {page, context, problems} = await open('elements/iop-services-list.html');
    const ids = await previewIds(page, 'iop-services-list');
    assert.equal(ids.length, 10, 'all ten services show at first');
    assert.doesNotMatch(await page.locator('[data-snippet="script"]').textContent(), /include=/, 'the default needs no include');

    // Keep three services, then move "relapse-prevention" above "support-groups".
    for (const id of ids) {
      if (!['individual-therapy', 'support-groups', 'relapse-prevention'].includes(id)) {
        await rendered(page, () => page.locator(`#attr-include-${id}`).uncheck());
      }
    }
    assert.deepEqual(await previewIds(page, 'iop-services-list'), ['individual-therapy', 'support-groups', 'relapse-prevention']);
    const up = page.getByRole('button', {name: /^Move .* up$/}).and(page.locator('[data-id="relapse-prevention"] button'));
    for (let step = 0; step < 8; step++) await rendered(page, () => up.click());
    assert.deepEqual(await previewIds(page, 'iop-services-list'), ['individual-therapy', 'relapse-prevention', 'support-groups']);
    assert.match(
      await page.locator('[data-snippet="script"]').textContent(),
      /include="individual-therapy relapse-prevention support-groups"/,
    );
    assert.match(await page.locator('[data-snippet="react"]').textContent(), /include="individual-therapy relapse-prevention support-groups"/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the items editor adds a clinic entry to the preview and the snippet', async () => {
    const {page, context} = await open('elements/iop-benefits.html');
    await page.getByRole('button', {name: 'Add an item'}).click();
    await rendered(page, () => page.getByRole('textbox', {name: 'Title'}).fill('Evening groups'));
    const text = await page.locator('#preview iop-benefits').evaluate((element) => element.shadowRoot.textContent);
    assert.match(text, /Evening groups/);
    assert.match(await page.locator('[data-snippet="script"]').textContent(), /items='\[\{"label":"Evening groups"\}\]'/);
    // React 19 gets the array as a property, not a JSON string.
    assert.match(await page.locator('[data-snippet="react"]').textContent(), /items=\{\[\{"label":"Evening groups"\}\]\}/);
    await rendered(page, () => page.getByRole('button', {name: 'Remove item'}).click());
    assert.doesNotMatch(await page.locator('[data-snippet="script"]').textContent(), /items=/);
    await context.close();
  });

  test('a bad phone shows the element’s own warning next to the phone field', async () => {
    const {page, context} = await open('elements/iop-helpline.html');
    const phone = page.getByRole('textbox', {name: 'phone'});
    const warning = page.locator('[data-warning-for="phone"]');
    assert.equal(await warning.isVisible(), false);
    await rendered(page, () => phone.fill('call us'));
    assert.equal(await warning.isVisible(), true);
    assert.match(await warning.textContent(), /^\[iop-widgets\] <iop-helpline> phone: "call us" is not a number a link can dial exactly/);
    assert.equal(await phone.getAttribute('aria-invalid'), 'true');
    assert.equal(await phone.getAttribute('aria-describedby'), await warning.getAttribute('id'));
    // The preview shows the fallback, the snippet shows what was typed.
    const call = await page.locator('#preview iop-helpline').evaluate((element) => element.shadowRoot.querySelector('[part~="call"]').getAttribute('href'));
    assert.notEqual(call, 'tel:5550104477');
    assert.match(await page.locator('[data-snippet="script"]').textContent(), /phone="call us"/);

    await rendered(page, () => phone.fill('(555) 010-4477'));
    assert.equal(await warning.isVisible(), false);
    assert.equal(await phone.getAttribute('aria-invalid'), null);
    await context.close();
  });

  test('a heading level out of range warns next to its number field', async () => {
    const {page, context} = await open('elements/iop-faq.html');
    const level = page.getByRole('spinbutton', {name: /heading-level/});
    await rendered(page, () => level.fill('9'));
    assert.match(await page.locator('[data-warning-for="heading-level"]').textContent(), /<iop-faq> heading-level:/);
    await context.close();
  });

  test('Copy copies the chosen snippet and says "Copied"', async () => {
    const {page, context} = await open('elements/iop-helpline.html', {permissions: ['clipboard-read', 'clipboard-write']});
    await page.getByRole('tab', {name: 'Vue'}).click();
    assert.equal(await page.locator('#panel-vue').isVisible(), true);
    await page.getByRole('button', {name: 'Copy code'}).click();
    await page.waitForFunction(() => document.querySelector('#copy').textContent === 'Copied');
    assert.equal(await page.locator('#copy-status').textContent(), 'Copied to the clipboard.');
    assert.equal(await page.locator('#copy-status').getAttribute('aria-live'), 'polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.locator('[data-snippet="vue"]').textContent());
    assert.match(copied, /<script setup>\nimport 'iop-widgets\/iop-helpline.js';/);
    await context.close();
  });

  test('snippet tabs work with the arrow keys', async () => {
    const {page, context} = await open('elements/iop-helpline.html');
    await page.getByRole('tab', {name: 'Script tag'}).focus();
    await page.keyboard.press('ArrowRight');
    const autoload = page.getByRole('tab', {name: 'Autoload'});
    assert.equal(await autoload.getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Autoload');
    assert.match(await page.locator('#panel-autoload').textContent(), /iop-widgets-autoload\.js/);
    assert.equal(await page.locator('#panel-script').isVisible(), false);
    await context.close();
  });

  test('the "HTML without JavaScript" tab shows only when src/ssr.ts exists', async () => {
    const {page, context} = await open('elements/iop-helpline.html');
    const hasSsr = existsSync(resolve(root, 'src/ssr.ts'));
    assert.equal(await page.getByRole('tab', {name: 'HTML without JavaScript'}).isVisible(), hasSsr);
    if (hasSsr) assert.match(await page.locator('[data-snippet="html"]').textContent(), /shadowrootmode/);
    await context.close();
  });
});

describe('site chrome', () => {
  test('only the preview follows the chosen language; the chrome stays English, left to right', async () => {
    const {page, context} = await open('elements/iop-helpline.html');
    await page.getByRole('combobox', {name: 'Preview language'}).selectOption('ar');
    const widget = page.locator('#preview iop-helpline');
    await page.waitForFunction(() => document.querySelector('#preview iop-helpline').getAttribute('lang') === 'ar');
    assert.equal(await widget.getAttribute('dir'), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    assert.equal(await page.locator('#builder-heading').textContent(), 'Build your embed code');
    // The choice carries over to the next page.
    await page.goto(`${server.url}/elements/iop-faq.html`);
    await page.waitForFunction(() => document.querySelector('#preview iop-faq')?.getAttribute('lang') === 'ar');
    await context.close();
  });

  test('the preview theme restyles only the preview', async () => {
    const {page, context} = await open('elements/iop-helpline.html');
    const background = () => page.locator('#preview').evaluate((preview) => getComputedStyle(preview).backgroundColor);
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.getByRole('combobox', {name: 'Preview theme'}).selectOption('dark');
    assert.equal(await background(), 'rgb(20, 24, 28)');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    await context.close();
  });

  test('in the dark theme the controls are dark too', async () => {
    const {page, context} = await open('elements/iop-helpline.html', {colorScheme: 'dark'});
    const colours = await page.locator('#attr-phone').evaluate((input) => {
      const style = getComputedStyle(input);
      return {background: style.backgroundColor, color: style.color};
    });
    assert.equal(colours.background, 'rgb(18, 21, 25)');
    assert.equal(colours.color, 'rgb(232, 234, 237)');
    // The reader's own choice wins over the system setting, and is remembered.
    await page.getByRole('combobox', {name: 'Site theme'}).selectOption('light');
    assert.equal(await page.locator('#attr-phone').evaluate((input) => getComputedStyle(input).backgroundColor), 'rgb(255, 255, 255)');
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await context.close();
  });

  test('the languages page lists every locale in locales/status.json', async () => {
    const {page, context, problems} = await open('languages.html');
    const status = JSON.parse(readFileSync(resolve(root, 'locales/status.json'), 'utf8'));
    for (const [locale, entry] of Object.entries(status)) {
      const row = page.locator('table.status tbody tr').filter({has: page.locator(`code:text-is("${locale}")`)});
      assert.equal(await row.count(), 1, locale);
      assert.match(await row.textContent(), entry.reviewed ? /Reviewed/ : /Not yet reviewed/);
    }
    await page.getByRole('button', {name: 'Show in es'}).click();
    await page.waitForFunction(() => document.querySelector('iop-schedule').getAttribute('lang') === 'es');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every page has one h1, a description, English chrome and working relative links', async () => {
    const {page, context} = await open('index.html');
    const links = await page.evaluate(() => [...document.querySelectorAll('.menu a')].map((a) => a.href));
    assert.ok(links.length >= 20);
    for (const link of links) {
      const response = await page.goto(link);
      assert.equal(response.status(), 200, link);
      assert.equal(await page.locator('h1').count(), 1, link);
      assert.ok((await page.locator('meta[name="description"]').getAttribute('content')).length > 20, link);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    }
    await context.close();
  });
});
