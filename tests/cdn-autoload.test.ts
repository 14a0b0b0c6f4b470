/**
 * dist/cdn/iop-widgets-autoload.js: each element's code is fetched when its tag appears,
 * so a page with one widget loads only that widget (plus Lit and the shared base).
 */
import {expect} from '@open-wc/testing';
import {fetched, gzipSize, openPage, shadowText, until} from './page.js';

describe('script-tag autoloader (dist/cdn/iop-widgets-autoload.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads only the widgets in the page, then more as they are added, under a strict CSP', async () => {
    const page = await openPage('/tests/fixtures/autoload.html');
    const helpline = page.document.querySelector('iop-helpline')!;
    await until(() => shadowText(helpline).includes('Help is a phone call away'), 'helpline render');
    expect(page.window.customElements.get('iop-faq')).to.be.undefined;
    const loaded = fetched(page).filter((path) => path.startsWith('/dist/cdn/'));
    expect(loaded.some((path) => /\/iop-helpline-/.test(path))).to.be.true;
    expect(loaded.some((path) => /\/iop-faq-|\/iop-schedule-|\/program-checklist-/.test(path))).to.be.false;

    // Size of what this page loaded: at most 20 KB gzip.
    let total = 0;
    for (const path of loaded) total += (await gzipSize(path)).gzip;
    console.log(`autoload page with <iop-helpline>: ${loaded.length} files, ${total} bytes gzip`);
    expect(total).to.be.within(6 * 1024, 20 * 1024);

    const faq = page.document.createElement('iop-faq');
    page.document.body.append(faq);
    await until(() => faq.shadowRoot?.querySelectorAll('details').length, 'FAQ loaded on demand');

    page.document.documentElement.lang = 'es';
    await until(() => shadowText(faq).includes('Preguntas'), 'Spanish');
    expect(shadowText(helpline)).not.to.contain('Help is a phone call away');
    expect(page.window.__record.errors).to.deep.equal([]);
    expect(page.window.__record.violations).to.deep.equal([]);
  });
});
