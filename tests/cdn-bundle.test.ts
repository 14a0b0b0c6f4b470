/**
 * The script-tag bundle (dist/cdn/iop-widgets.js), loaded into plain HTML pages the way
 * a clinic pastes it: elements already in the page before the script arrives.
 */
import {expect} from '@open-wc/testing';
import {fetched, openPage, shadowText, until} from './page.js';

const BUNDLE = '/dist/cdn/iop-widgets.js';

describe('script-tag bundle (dist/cdn)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('upgrades elements already in the page, in English, fetching no translation', async () => {
    const page = await openPage('/tests/fixtures/clinic.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('What an IOP offers'), 'English render');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    // Every element in the page upgraded and rendered its heading.
    const tags = ['iop-overview', 'iop-schedule', 'iop-benefits', 'iop-vs-php-table', 'program-checklist',
      'iop-find-guide', 'iop-program-card', 'iop-faq', 'iop-helpline', 'iop-guide'];
    for (const tag of tags) {
      const widget = page.document.querySelector(tag)!;
      await until(() => widget.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim(), `<${tag}> heading`);
    }
    const chunks = fetched(page).filter((path) => path.startsWith('/dist/cdn/'));
    expect(chunks).to.deep.equal([BUNDLE]);
    expect(page.window.__record.errors).to.deep.equal([]);
  });

  it('keeps its look inside a hostile theme (shadow DOM) but inherits the page font', async () => {
    const page = await openPage('/tests/fixtures/clinic.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => el.shadowRoot?.querySelector('h2'), 'render');
    const h2 = el.shadowRoot!.querySelector('h2')!;
    const style = page.window.getComputedStyle(h2);
    expect(style.textTransform).to.equal('none');
    expect(style.color).not.to.equal('rgb(255, 0, 0)');
    expect(style.fontFamily).to.equal('Georgia, serif');
    expect(page.window.getComputedStyle(el.shadowRoot!.querySelector('li')!).listStyleType).to.equal('none');
    // "* { line-height: 1 !important }" reaches the host element but not the text inside.
    const intro = page.window.getComputedStyle(el.shadowRoot!.querySelector('[part~="intro"]')!);
    expect(parseFloat(intro.lineHeight) / parseFloat(intro.fontSize)).to.be.closeTo(1.5, 0.01);
  });

  it('switches language live when <html lang> changes, loading only that chunk', async () => {
    const page = await openPage('/tests/fixtures/clinic.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('What an IOP offers'), 'English render');
    page.document.documentElement.lang = 'es';
    await until(() => shadowText(el).includes('Lo que ofrece un IOP'), 'Spanish render');
    const chunks = fetched(page).filter((path) => path.startsWith('/dist/cdn/') && path !== BUNDLE);
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/^\/dist\/cdn\/iop-widgets-es-[\w-]+\.js$/);
    // Every widget on the page follows, not just one.
    const widgets = [...page.document.body.children].filter((node) => node.localName.includes('-'));
    expect(widgets.length).to.equal(11);
    await until(() => widgets.every((widget) => widget.getAttribute('lang') === 'es'), 'every widget in Spanish');
    // A regional tag picks its script: zh-TW → Traditional Chinese, one more chunk.
    page.document.documentElement.lang = 'zh-TW';
    await until(() => widgets.every((widget) => widget.getAttribute('lang') === 'zh-Hant'), 'every widget in zh-Hant');
    const loaded = fetched(page).filter((path) => path.startsWith('/dist/cdn/') && path !== BUNDLE);
    expect(loaded).to.have.length(2);
    expect(loaded[1]).to.match(/^\/dist\/cdn\/iop-widgets-zh-Hant-[\w-]+\.js$/);
    page.document.documentElement.lang = 'en';
    await until(() => shadowText(el).includes('What an IOP offers'), 'back to English');
    expect(page.window.__record.errors).to.deep.equal([]);
  });

  it('starts in Spanish on an es-MX page', async () => {
    const page = await openPage('/tests/fixtures/clinic-es.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('Terapia individual'), 'Spanish render');
    expect(page.window.__record.warnings).to.deep.equal([]);
  });

  it('works under a strict CSP with Trusted Types enforced', async () => {
    const page = await openPage('/tests/fixtures/strict-csp.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('What an IOP offers'), 'render under CSP');
    page.document.documentElement.lang = 'es';
    await until(() => shadowText(el).includes('Lo que ofrece un IOP'), 'Spanish chunk under CSP');
    const guide = page.document.querySelector('iop-guide')!;
    await until(() => shadowText(guide).includes('Guía sobre los programas'), 'the guide in Spanish under CSP');
    const checklist = guide.shadowRoot!.querySelector('program-checklist')!;
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(page.window.localStorage.length).to.equal(1); // persist: the one opt-in storage
    page.window.localStorage.clear();
    expect(page.window.__record.violations).to.deep.equal([]);
    expect(page.window.__record.errors).to.deep.equal([]);
    // Styles still apply (constructable stylesheets are not blocked by style-src).
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(page.window.getComputedStyle(list).display).to.equal('grid');
  });

  it('FAQ JSON-LD under enforced Trusted Types: one warning, no exception, the FAQ still renders', async () => {
    const page = await openPage('/tests/fixtures/trusted-types-faq.html');
    const faq = page.document.querySelector('iop-faq')!;
    await until(() => faq.shadowRoot?.querySelectorAll('details').length, 'FAQ render');
    await until(() => page.window.__record.warnings.some((w) => w.includes('<iop-faq> json-ld')), 'json-ld warning');
    expect(page.window.__record.warnings.filter((w) => w.includes('json-ld'))).to.have.length(1);
    expect(page.window.__record.errors).to.deep.equal([]);
    expect(page.document.querySelector('script[type="application/ld+json"]')).to.be.null;
  });

  it('survives a second copy of the bundle on the page with one warning per tag', async () => {
    const page = await openPage('/tests/fixtures/two-copies.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('What an IOP offers'), 'render');
    await until(() => page.window.__record.warnings.length > 0, 'warning from the second copy');
    const defineWarnings = page.window.__record.warnings.filter((w) => w.includes('<iop-services-list> is already defined'));
    expect(defineWarnings).to.have.length(1);
    expect(defineWarnings[0]).to.match(/^\[iop-widgets\] /);
    expect(page.window.__record.errors).to.deep.equal([]);
  });

  it('sets no cookies and stores nothing', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const page = await openPage('/tests/fixtures/clinic.html');
    const el = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('What an IOP offers'), 'render');
    expect(page.document.cookie).to.equal('');
    expect(page.window.localStorage.length).to.equal(0);
    expect(page.window.sessionStorage.length).to.equal(0);
  });

  it('a persisted checklist keeps its ticks across a real page reload; one without persist does not', async () => {
    localStorage.clear();
    const page = await openPage('/tests/fixtures/checklist-persist.html');
    const boxes = (doc: Document, index: number) =>
      [...doc.querySelectorAll('program-checklist')[index].shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    await until(() => boxes(page.document, 0).length === 6 && boxes(page.document, 1).length === 6, 'checklists');
    boxes(page.document, 0)[1].click();
    boxes(page.document, 0)[3].click();
    boxes(page.document, 1)[0].click();
    expect(Object.keys(page.window.localStorage)).to.deep.equal(['iop-widgets:program-checklist:v1:reload-test']);

    const reloaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, {once: true}));
    page.window.location.reload();
    await reloaded;
    const doc = page.frame.contentDocument!;
    await until(() => boxes(doc, 0).length === 6 && boxes(doc, 1).length === 6, 'checklists after reload');
    expect(boxes(doc, 0).map((box) => box.checked)).to.deep.equal([false, true, false, true, false, false]);
    expect(boxes(doc, 1).some((box) => box.checked)).to.be.false;
    localStorage.clear();
  });
});
