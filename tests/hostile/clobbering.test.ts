/**
 * DOM clobbering: elements whose id or name matches a global that Lit (or the library)
 * reads must not stop the script-tag bundle. Each page renders the crisis lines, with no
 * uncaught error and at most one warning about it.
 */
import {expect} from '@open-wc/testing';
import {openPage, shadowText, until, type Page} from '../page.js';

const LIT_GLOBALS = [
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litPropertyMetadata',
  'litNonce',
  'ShadyCSS',
  'ShadyDOM',
  'trustedTypes',
  'customElements',
  'localStorage',
  'litIssuedWarnings',
];

async function expectRendered(page: Page, what: string) {
  const helpline = page.document.querySelector('iop-helpline')!;
  await until(() => shadowText(helpline).includes('Call 988'), `${what}: the helpline renders its crisis line`, 4000);
  const list = page.document.querySelector('iop-services-list')!;
  await until(() => shadowText(list).includes('What an IOP offers'), `${what}: the services list renders`);
  // Styles are adopted, not <style> elements (a clobbered ShadyCSS must not turn them off).
  expect(helpline.shadowRoot!.adoptedStyleSheets.length, what).to.be.greaterThan(0);
  expect(helpline.shadowRoot!.querySelector('style'), what).to.be.null;
  expect(page.window.__record.errors, what).to.deep.equal([]);
  expect(page.window.__record.warnings.filter((w) => w.includes('[iop-widgets]')).length, what).to.be.at.most(1);
}

describe('hostile: DOM clobbering of the globals Lit reads (dist/cdn)', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of LIT_GLOBALS) {
    it(`<a id="${name}">`, async () => {
      const page = await openPage(`/tests/fixtures/clobber.html?id=${name}`);
      await expectRendered(page, name);
    });
  }

  for (const variant of ['dup', 'name', 'form']) {
    it(`every name at once as ${variant === 'dup' ? 'two <a> with one id' : variant === 'name' ? '<img name>' : '<form name>'}`, async () => {
      const page = await openPage(`/tests/fixtures/clobber.html?${LIT_GLOBALS.map((name) => `${variant}=${name}`).join('&')}`);
      await expectRendered(page, variant);
    });
  }

  it('every Lit global clobbered at once', async () => {
    const page = await openPage(`/tests/fixtures/clobber.html?${LIT_GLOBALS.map((name) => `id=${name}`).join('&')}`);
    await expectRendered(page, 'all at once');
    const warning = page.window.__record.warnings.find((w) => w.includes('(Lit globals)'));
    expect(warning).to.contain('litHtmlVersions,reactiveElementVersions');
  });

  it('a named element cannot take over the page language (document.documentElement)', async () => {
    const page = await openPage('/tests/fixtures/clobber.html?name=documentElement&form=documentElement');
    await expectRendered(page, 'documentElement');
    const list = page.document.querySelector('iop-services-list')!;
    expect(list.getAttribute('lang')).to.equal('en');
    // The test too must not trust document.documentElement on this page.
    expect(page.document.documentElement).to.not.equal(page.document.querySelector('html'));
    page.document.querySelector('html')!.lang = 'es';
    await until(() => shadowText(list).includes('Lo que ofrece un IOP'), 'follows the real <html lang>');
    expect(page.window.__record.errors).to.deep.equal([]);
  });
});

describe('hostile: two copies of the bundle under Trusted Types', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [fixture, duplicates] of [['two-copies-tt.html', false], ['two-copies-tt-allow.html', true]] as const) {
    it(`${duplicates ? "with 'allow-duplicates'" : "without 'allow-duplicates'"}: the first copy renders, the second warns, nothing throws`, async () => {
      const page = await openPage(`/tests/fixtures/${fixture}`);
      const helpline = page.document.querySelector('iop-helpline')!;
      await until(() => shadowText(helpline).includes('Call 988'), 'render');
      await until(() => page.window.__record.warnings.some((w) => w.includes('is already defined')), 'the second copy’s warning');
      const policyWarnings = page.window.__record.warnings.filter((w) => w.includes('lit-html" policy'));
      expect(policyWarnings).to.have.length(duplicates ? 0 : 1);
      expect(page.window.__record.errors).to.deep.equal([]);
      // The page's own factory is left as it was.
      const factory = (page.window as unknown as {trustedTypes: object}).trustedTypes;
      expect(Object.prototype.hasOwnProperty.call(factory, 'createPolicy')).to.be.false;
      page.document.documentElement.lang = 'es';
      const list = page.document.querySelector('iop-services-list')!;
      await until(() => shadowText(list).includes('Lo que ofrece un IOP'), 'Spanish under Trusted Types');
      expect(page.window.__record.errors).to.deep.equal([]);
    });
  }
});

describe('hostile: <iop-faq json-ld> under enforced Trusted Types', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('tries once: one violation and one warning however often it updates', async () => {
    const page = await openPage('/tests/fixtures/trusted-types-faq.html');
    const faq = page.document.querySelector('iop-faq') as HTMLElement & {expanded: boolean; updateComplete: Promise<boolean>};
    await until(() => faq.shadowRoot?.querySelectorAll('details').length, 'FAQ render');
    for (let i = 0; i < 10; i++) {
      faq.expanded = !faq.expanded;
      await faq.updateComplete;
    }
    page.document.documentElement.lang = 'es';
    await until(() => faq.getAttribute('lang') === 'es', 'Spanish');
    faq.remove();
    page.document.body.append(faq);
    await faq.updateComplete;
    const scriptViolations = page.window.__record.violations.filter((v) => v.includes('trusted-types') || v.includes('require-trusted-types'));
    expect(scriptViolations.length).to.be.at.most(1);
    expect(page.window.__record.warnings.filter((w) => w.includes('json-ld'))).to.have.length(1);
    expect(page.window.__record.errors).to.deep.equal([]);
  });
});
