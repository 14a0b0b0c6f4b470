// Chromium checks against the real WordPress started by run.sh: the widget pages in the
// Spanish site locale, the settings page (nonce, sanitizing, page switches) and inserting
// a block in the block editor. Prints `ok - …` / `not ok - …` per check.
// Env: WP_URL, WP_PAGES (JSON of page ids), WP_USER, WP_PASSWORD, optional WP_SCREENSHOTS
// (a folder for the docs screenshots), CHROME_PATH.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';

const {WP_URL, WP_PAGES, WP_USER, WP_PASSWORD, WP_SCREENSHOTS} = process.env;
const pages = JSON.parse(WP_PAGES || '{}');
const origin = new URL(WP_URL).origin;
let failures = 0;
function check(ok, name, detail) {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
  if (!ok) {
    failures++;
    if (detail !== undefined) console.log(`    ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
  }
}

// Expected texts come from the translators' files, so copy edits do not break this test.
const xlf = readFileSync(new URL('../../locales/es.xlf', import.meta.url), 'utf8');
function text(id, part) {
  const unit = xlf.match(new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">([\\s\\S]*?)</trans-unit>`));
  const match = unit && unit[1].match(new RegExp(`<${part}>([\\s\\S]*?)</${part}>`));
  return match ? match[1].replace(/&amp;/g, '&').trim() : undefined;
}

function watch(page) {
  const seen = {errors: [], foreign: [], requests: [], dialogs: []};
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(`${m.text()} (${m.location().url})`); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => {
    seen.requests.push(r.url());
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) seen.foreign.push(r.url());
  });
  return seen;
}

// Text of the first element matching `selector` inside the shadow root of `host`.
const shadowText = (page, host, selector) => page.evaluate(([h, s]) => {
  const el = document.querySelector(h)?.shadowRoot?.querySelector(s);
  return el ? el.textContent.replace(/\s+/g, ' ').trim() : null;
}, [host, selector]);

// WordPress under php -S on a busy 2-core machine can be slow: generous timeouts.
const newContext = async (options) => {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(60000);
  context.setDefaultNavigationTimeout(90000);
  return context;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  // ---------------------------------------------------------------- install the zip
  const admin = await newContext({viewport: {width: 1280, height: 900}});
  const a = await admin.newPage();
  await a.goto(`${WP_URL}/wp-login.php`);
  await a.fill('#user_login', WP_USER);
  await a.fill('#user_pass', WP_PASSWORD);
  await Promise.all([a.waitForNavigation(), a.click('#wp-submit')]);
  check(a.url().includes('/wp-admin/'), 'logs in to wp-admin', a.url());
  // Plugins > Add New > Upload Plugin, then Activate, as a site owner does.
  await a.goto(`${WP_URL}/wp-admin/plugin-install.php?tab=upload`);
  await a.setInputFiles('#pluginzip', process.env.WP_ZIP);
  await Promise.all([a.waitForNavigation(), a.click('#install-plugin-submit')]);
  const installed = await a.locator('.wrap').innerText();
  check(/Plugin installed successfully/.test(installed), 'the zip installs through Plugins > Add New > Upload Plugin', installed.slice(0, 500));
  await Promise.all([a.waitForNavigation(), a.locator('a.button-primary[href*="action=activate"]').click()]);
  const row = a.locator('tr[data-plugin="iop-widgets/iop-widgets.php"]');
  check(await row.getAttribute('class').then((c) => /\bactive\b/.test(c ?? '')) && /Version 0\.\d+\.\d+/.test(await row.innerText()),
    'the plugin activates and WordPress reads its header (Plugins screen)', await row.innerText().catch(() => ''));

  // ---------------------------------------------------------------- the public pages
  const visitor = await newContext({viewport: {width: 1280, height: 900}});
  const page = await visitor.newPage();
  const seen = watch(page);
  const response = await page.goto(`${WP_URL}/?page_id=${pages.widgets}`, {waitUntil: 'networkidle'});
  const html = await response.text();
  check(response.status() === 200, 'the widget page answers 200', response.status());
  check(await page.getAttribute('html', 'lang') === 'es-ES', '<html lang> follows the site locale: es-ES', await page.getAttribute('html', 'lang'));
  const scripts = await page.$$eval('script[src*="iop-widgets"]', (list) => list.map((s) => ({src: s.src, type: s.type})));
  check(scripts.length === 1 && scripts[0].type === 'module' && scripts[0].src.startsWith(`${origin}/wp-content/plugins/iop-widgets/bundle/iop-widgets.js`),
    'the bundle loads once, as a module, from the plugin\'s own folder', scripts);
  // dist/cdn/iop-widgets.css (space reserved before the elements upgrade) is linked in the head when the bundle has it.
  const hasCss = existsSync(join(process.env.WP_DIR, 'wp-content/plugins/iop-widgets/bundle/iop-widgets.css'));
  const cssInHead = /<link rel='stylesheet' id='iop-widgets-css' href='[^']*\/wp-content\/plugins\/iop-widgets\/bundle\/iop-widgets\.css/.test(html.slice(0, html.indexOf('</head>')));
  check(hasCss === cssInHead, `the bundle's stylesheet is linked in the head exactly when the bundle has one (${hasCss ? 'it has' : 'it has none'})`);

  await page.waitForFunction(() => ['iop-services-list', 'iop-helpline', 'iop-program-card', 'iop-benefits', 'iop-faq']
    .every((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount), null, {timeout: 15000}).catch(() => {});
  const servicesHeading = text('services.heading', 'target');
  await page.waitForFunction((t) => document.querySelector('iop-services-list')?.shadowRoot?.querySelector('h2')?.textContent.trim() === t,
    servicesHeading, {timeout: 10000}).catch(() => {});
  check(await shadowText(page, 'iop-services-list', 'h2') === servicesHeading, `the services block renders in Spanish ("${servicesHeading}")`, await shadowText(page, 'iop-services-list', 'h2'));
  check(seen.requests.some((u) => /\/wp-content\/plugins\/iop-widgets\/bundle\/iop-widgets-es-[\w-]+\.js/.test(u)), 'the Spanish translation chunk loads from the plugin folder');
  check(await shadowText(page, 'iop-helpline', 'h3') === text('helpline.heading', 'target'), 'the helpline block renders in Spanish with heading level 3', await shadowText(page, 'iop-helpline', 'h3'));
  check(await shadowText(page, 'iop-benefits', 'h2') === text('benefits.heading', 'target'), 'the benefits shortcode renders in Spanish', await shadowText(page, 'iop-benefits', 'h2'));
  check(await shadowText(page, 'iop-faq', 'h3') === text('faq.heading', 'target'), 'the FAQ shortcode (curly-quoted heading-level="3") renders in Spanish as an h3', await shadowText(page, 'iop-faq', 'h3'));

  const items = await page.evaluate(() => Object.fromEntries(['iop-services-list', 'iop-benefits', 'iop-faq'].map((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const list = root ? [...root.querySelectorAll('li[data-id], details[data-id]')] : [];
    return [tag, list.map((li) => li.textContent.replace(/\s+/g, ' ').trim())];
  })));
  check(items['iop-services-list'].length === 4 && items['iop-services-list'][2].startsWith('Coaching entre pares'),
    'block: include picks two services, the clinic\'s items follow', items['iop-services-list']);
  check(items['iop-benefits'].length === 3 && items['iop-benefits'][2].startsWith('Grupos por la tarde'),
    'shortcode with a curly-quoted items value (“…”) shows the clinic\'s item', items['iop-benefits']);
  check(items['iop-faq'].length === 3 && items['iop-faq'][2].startsWith('¿Tienen grupos de noche?'),
    'shortcode with JSON items in [ ] (which WordPress cuts at the first ]) shows the item', items['iop-faq']);

  // Nothing a site editor types becomes markup.
  const injected = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    return roots.reduce((n, r) => n + r.querySelectorAll('img[src="x"], img[onerror]').length
      + [...r.querySelectorAll('script')].filter((s) => /alert\(/.test(s.textContent)).length, 0);
  });
  check(injected === 0 && seen.dialogs.length === 0, 'markup typed into block attributes and shortcodes stays text (no element, no script ran)', {injected, dialogs: seen.dialogs});
  check(items['iop-services-list'][3]?.startsWith('<img src=x onerror=alert(1)>'), 'a block item label with markup shows as the literal text', items['iop-services-list'][3]);
  const callLabel = await page.evaluate(() => document.querySelectorAll('iop-helpline')[1]?.shadowRoot?.querySelector('[part~="call-label"]')?.textContent.trim());
  check(callLabel === '<img src=x onerror=alert(3)>Llámenos', 'a shortcode label with markup shows as the literal text', callLabel);
  const tel = await page.evaluate(() => document.querySelector('iop-helpline')?.shadowRoot?.querySelector('a[href^="tel:"]')?.getAttribute('href'));
  check(tel === 'tel:5550104477', 'the helpline block uses the site-wide phone from the settings', tel);
  check(html.includes('<noscript><p class="iop-widgets-noscript"><a href="tel:5550104477">(555) 010-4477</a></p></noscript>'),
    'without JavaScript, a tap-to-call link to the clinic is in the page (<noscript>)');
  const programName = await shadowText(page, 'iop-program-card', '[part~="heading"]');
  check(programName === 'Cedar Grove Recovery', 'the program card block uses the site-wide program name', programName);
  check(!html.includes('name="iop-widgets-disclaimer"') && !html.includes('name="iop-widgets-translations"'), 'default settings print no page switches');
  check(seen.errors.length === 0, 'no console errors on the widget page', seen.errors);
  check(seen.foreign.length === 0, 'no requests to other hosts from the widget page', seen.foreign);

  const classic = await visitor.newPage();
  const classicSeen = watch(classic);
  await classic.goto(`${WP_URL}/?page_id=${pages.classic}`, {waitUntil: 'networkidle'});
  await classic.waitForFunction(() => document.querySelector('program-checklist')?.shadowRoot?.querySelectorAll('li').length, null, {timeout: 10000}).catch(() => {});
  const steps = await classic.evaluate(() => [...(document.querySelector('program-checklist')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  check(steps.length === 3 && steps[2].startsWith('Pregunte por los horarios'), 'classic content: a pasted shortcode with JSON items (after wptexturize and wpautop) works', steps);
  const bare = await classic.evaluate(() => [...(document.querySelector('iop-services-list')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  check(bare.length === 3 && bare[1] === 'Sin corchetes' && bare[2].startsWith('Segundo'), 'classic content: items written without the outer [ ] work', bare);
  const weeks = await classic.evaluate(() => document.querySelector('iop-schedule')?.getAttribute('weeks'));
  check(weeks === '8', 'classic content: schedule shortcode attributes reach the element', weeks);
  check(classicSeen.errors.length === 0 && classicSeen.foreign.length === 0, 'classic page: no console errors, no requests to other hosts', classicSeen);
  if (WP_SCREENSHOTS) await classic.screenshot({path: join(WP_SCREENSHOTS, 'wordpress-page-es.png')});

  const plain = await visitor.newPage();
  const plainSeen = watch(plain);
  await plain.goto(`${WP_URL}/?page_id=${pages.plain}`, {waitUntil: 'networkidle'});
  check(!plainSeen.requests.some((u) => u.includes('/plugins/iop-widgets/')), 'a page without widgets loads nothing of the plugin', plainSeen.requests.filter((u) => u.includes('iop-widgets')));
  await visitor.close();

  // ---------------------------------------------------------------- admin: settings

  const settingsUrl = `${WP_URL}/wp-admin/options-general.php?page=iop-widgets`;
  await a.goto(settingsUrl);
  const form = await a.evaluate(() => ({
    nonce: !!document.querySelector('form[action$="options.php"] input[name="_wpnonce"]')?.value,
    group: document.querySelector('input[name="option_page"]')?.value,
    fields: [...document.querySelectorAll('[name^="iop_widgets_options["]')].map((i) => i.name),
  }));
  check(form.nonce && form.group === 'iop_widgets', 'the settings form posts to options.php with a nonce', form);
  if (WP_SCREENSHOTS) {
    await a.fill('#iop_widgets_hours', 'Lun–Vie, 8 a 20 h');
    await a.screenshot({path: join(WP_SCREENSHOTS, 'wordpress-settings.png'), fullPage: true});
  }
  await a.fill('#iop_widgets_phone', '(555) 010-2222');
  await a.fill('#iop_widgets_hours', 'Lun–Vie, 8 a 20 h');
  await a.uncheck('#iop_widgets_disclaimer');
  await a.check('#iop_widgets_reviewed_only');
  await Promise.all([a.waitForNavigation(), a.click('#submit')]);
  check(await a.locator('#setting-error-settings_updated').count() === 1, 'saving the settings works (Settings saved)');
  await a.fill('#iop_widgets_phone', '<b>call</b>');
  await Promise.all([a.waitForNavigation(), a.click('#submit')]);
  check(await a.locator('#setting-error-iop_widgets_phone').count() === 1 && await a.inputValue('#iop_widgets_phone') === '(555) 010-2222',
    'a bad phone is refused with a notice and the old value kept (sanitize callback)', await a.inputValue('#iop_widgets_phone'));
  // A forged request without the nonce changes nothing.
  const forged = await admin.request.post(`${WP_URL}/wp-admin/options.php`, {
    form: {option_page: 'iop_widgets', action: 'update', 'iop_widgets_options[phone]': '(555) 010-6666'}, failOnStatusCode: false,
  });
  await a.goto(settingsUrl);
  check(forged.status() === 403 && await a.inputValue('#iop_widgets_phone') === '(555) 010-2222', 'a POST without the nonce is refused (403) and changes nothing', forged.status());
  const anonymous = await newContext();
  const anon = await anonymous.newPage();
  await anon.goto(settingsUrl);
  check(anon.url().includes('wp-login.php'), 'the settings page needs a logged-in administrator');
  await anonymous.close();

  const after = await newContext();
  const p2 = await after.newPage();
  const p2seen = watch(p2);
  const r2 = await p2.goto(`${WP_URL}/?page_id=${pages.widgets}`, {waitUntil: 'networkidle'});
  const html2 = await r2.text();
  const head = html2.slice(0, html2.indexOf('</head>'));
  check(head.includes('<meta name="iop-widgets-disclaimer" content="off">') && head.includes('<meta name="iop-widgets-translations" content="reviewed-only">'),
    'the settings print the page switches in the head (disclaimer off, reviewed translations only)');
  await p2.waitForFunction(() => document.querySelector('iop-helpline')?.shadowRoot?.querySelector('a[href^="tel:"]'), null, {timeout: 10000}).catch(() => {});
  const tel2 = await p2.evaluate(() => document.querySelector('iop-helpline')?.shadowRoot?.querySelector('a[href^="tel:"]')?.getAttribute('href'));
  const hours2 = await p2.evaluate(() => document.querySelector('iop-helpline')?.getAttribute('hours'));
  check(tel2 === 'tel:5550102222' && hours2 === 'Lun–Vie, 8 a 20 h', 'widgets use the new site-wide phone and hours', {tel2, hours2});
  check(p2seen.errors.length === 0, 'no console errors with the page switches on', p2seen.errors);
  await after.close();

  // ---------------------------------------------------------------- admin: block editor
  const e = await admin.newPage();
  const editorSeen = watch(e);
  await e.goto(`${WP_URL}/wp-admin/post-new.php?post_type=page`);
  await e.waitForSelector('.edit-post-layout', {timeout: 60000});
  await e.evaluate(() => {
    const prefs = window.wp?.data?.select('core/edit-post');
    if (prefs?.isFeatureActive?.('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  await e.locator('.edit-post-header-toolbar__inserter-toggle').click();
  await e.locator('.block-editor-inserter__search input, input[type="search"]').first().fill('IOP services');
  await e.locator('.block-editor-block-types-list__item', {hasText: 'IOP services'}).first().click();
  const block = e.locator('[data-type="iop-widgets/services-list"]');
  await block.waitFor({timeout: 20000});
  await e.waitForFunction(() => document.querySelector('[data-type="iop-widgets/services-list"] iop-services-list')?.shadowRoot?.querySelector('h2'), null, {timeout: 30000}).catch(() => {});
  // Close the inserter, open the block settings sidebar.
  await e.locator('.edit-post-header-toolbar__inserter-toggle').click();
  await e.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
  const englishHeading = text('services.heading', 'source');
  check(await shadowText(e, '[data-type="iop-widgets/services-list"] iop-services-list', 'h2') === englishHeading,
    'the block editor inserts the block and previews the real widget', await shadowText(e, '[data-type="iop-widgets/services-list"] iop-services-list', 'h2'));
  await e.getByLabel('Heading level').selectOption('3');
  await e.getByLabel('Support groups').check();
  await e.getByRole('button', {name: 'Add an entry'}).click();
  await e.getByLabel('Title 1').fill('Peer recovery coaching');
  await e.getByLabel('Description 1').fill('A coach who has been in recovery meets with you.');
  await e.waitForFunction(() => {
    const root = document.querySelector('[data-type="iop-widgets/services-list"] iop-services-list')?.shadowRoot;
    return root?.querySelector('h3') && root.querySelectorAll('li').length === 2 && /Peer recovery coaching/.test(root.textContent);
  }, null, {timeout: 30000}).catch(() => {});
  const preview = await e.evaluate(() => {
    const root = document.querySelector('[data-type="iop-widgets/services-list"] iop-services-list')?.shadowRoot;
    return root ? {h3: !!root.querySelector('h3'), items: [...root.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim().slice(0, 40))} : null;
  });
  check(preview?.h3 && preview.items.length === 2 && preview.items[1].startsWith('Peer recovery coaching'),
    'block settings (heading level, include pick list, repeatable items) update the preview', preview);
  if (WP_SCREENSHOTS) {
    await e.locator('.editor-post-title__input, [aria-label="Add title"]').first().fill('Our program');
    await block.click({position: {x: 10, y: 10}}).catch(() => {});
    await e.screenshot({path: join(WP_SCREENSHOTS, 'wordpress-block.png')});
  } else {
    await e.locator('.editor-post-title__input, [aria-label="Add title"]').first().fill('Our program');
  }
  await e.locator('.editor-post-save-draft').click();
  await e.waitForFunction(() => window.wp.data.select('core/editor').didPostSaveRequestSucceed() && !window.wp.data.select('core/editor').isSavingPost(), null, {timeout: 30000}).catch(() => {});
  const saved = await e.evaluate(async () => {
    const id = window.wp.data.select('core/editor').getCurrentPostId();
    const post = await window.wp.apiFetch({path: `/wp/v2/pages/${id}?context=edit`});
    return post.content.raw;
  });
  check(/<!-- wp:iop-widgets\/services-list \{"headingLevel":3,"include":\["support-groups"\],"items":\[\{"label":"Peer recovery coaching","description":"A coach who has been in recovery meets with you."\}\]\} \/-->/.test(saved),
    'saving stores the block with its settings', saved);
  // WordPress's own block directory search needs the internet (blocked here): not ours.
  const pluginErrors = editorSeen.errors.filter((m) => /iop/i.test(m) && !/block-directory/.test(m));
  check(pluginErrors.length === 0, 'no console errors from the plugin in the editor', pluginErrors);
  await admin.close();
} catch (error) {
  for (const context of browser.contexts()) {
    for (const [index, open] of context.pages().entries()) await open.screenshot({path: `/tmp/iop-wp-failure-${index}.png`}).catch(() => {});
  }
  check(false, 'the browser checks ran to the end', String(error?.stack ?? error));
} finally {
  await browser.close();
}
process.exitCode = failures ? 1 : 0;
