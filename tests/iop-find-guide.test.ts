import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-find-guide/iop-find-guide.js';
import type {IopFindGuide} from '../components/iop-find-guide/iop-find-guide.component.js';
import {findWayIds} from '../src/content/help.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishTitles = ['Treatment centers of every kind', 'Local hospitals', 'Behavioral health centers', 'Your doctor'];

const $ = (el: IopFindGuide, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const parts = (el: IopFindGuide, part: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
const titles = (el: IopFindGuide) => parts(el, 'item-title').map(textOf);
const locator = (el: IopFindGuide) => $(el, '[part~="locator-link"]') as HTMLAnchorElement;

/** Every href in the shadow root must be https/http, a same-site path, or a plain tel:. */
function unsafeHrefs(el: IopFindGuide): string[] {
  return [...el.shadowRoot!.querySelectorAll('[href]')]
    .map((node) => node.getAttribute('href') ?? '')
    .filter((href) => !/^(https?:\/\/[^\s]+|\/[^\s]*|tel:\+?\d{3,15}|sms:988)$/.test(href));
}

async function render(markup: ReturnType<typeof html>): Promise<{el: IopFindGuide; warnings: string[]}> {
  let el!: IopFindGuide;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopFindGuide>(markup);
  });
  return {el, warnings};
}

describe('<iop-find-guide>', () => {
  afterEach(resetLanguage);

  it('renders a heading, the places to ask as a list, and the two national resources', async () => {
    const {el, warnings} = await render(html`<iop-find-guide></iop-find-guide>`);
    expect(textOf($(el, 'h2'))).to.equal('How to find an IOP near you');
    expect(textOf($(el, '[part~="intro"]'))).to.contain('someone you love');
    const items = el.shadowRoot!.querySelectorAll('ul[part~="list"] > li');
    expect(items).to.have.length(4);
    expect([...items].map((li) => li.getAttribute('data-id'))).to.deep.equal([...findWayIds]);
    expect(titles(el)).to.deep.equal(englishTitles);
    expect(textOf(items[0])).to.contain('residential');
    expect(textOf(items[3])).to.contain('doctor');

    const sub = $(el, 'h3')!;
    expect(textOf(sub)).to.equal('Search online or call');
    const resources = el.shadowRoot!.querySelector('ul[part~="resources"]')!;
    expect(resources.getAttribute('aria-labelledby')).to.equal(sub.id);
    expect(resources.querySelectorAll(':scope > li')).to.have.length(2);
    expect(warnings).to.deep.equal([]);
  });

  it('links to FindTreatment.gov safely, in the same tab', async () => {
    const {el} = await render(html`<iop-find-guide></iop-find-guide>`);
    const link = locator(el);
    expect(link.getAttribute('href')).to.equal('https://findtreatment.gov/');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.hasAttribute('target')).to.be.false;
    expect(textOf(link)).to.equal('Search FindTreatment.gov');
    expect(textOf($(el, '[part~="locator"] [part~="resource-description"]'))).to.contain('licensed by the state');
    expect(el.shadowRoot!.querySelectorAll('[target]')).to.have.length(0);
  });

  it('gives the SAMHSA National Helpline and its TTY number as tap-to-call links', async () => {
    const {el} = await render(html`<iop-find-guide></iop-find-guide>`);
    const helpline = $(el, '[part~="helpline"]')!;
    expect(textOf(helpline.querySelector('[part~="resource-title"]'))).to.equal('SAMHSA National Helpline');
    const call = helpline.querySelector('[part~="helpline-link"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+18006624357');
    expect(textOf(call)).to.equal('1-800-662-HELP (4357)');
    const about = textOf(helpline.querySelector('[part~="resource-description"]'));
    for (const fact of ['Free and confidential', '24 hours a day', '365 days a year', 'English and Spanish']) {
      expect(about).to.contain(fact);
    }
    const tty = helpline.querySelector('[part~="tty"] a')!;
    expect(tty.getAttribute('href')).to.equal('tel:+18004874889');
    expect(textOf(tty)).to.equal('1-800-487-4889');
    expect(unsafeHrefs(el)).to.deep.equal([]);
  });

  it('marks every icon as decorative', async () => {
    const {el} = await render(html`<iop-find-guide></iop-find-guide>`);
    const icons = el.shadowRoot!.querySelectorAll('svg');
    expect(icons).to.have.length(6);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
    }
  });

  it('uses the heading level it is given, with the subheading one below', async () => {
    const {el, warnings} = await render(html`<iop-find-guide heading-level="4"></iop-find-guide>`);
    expect(textOf($(el, 'h4'))).to.equal('How to find an IOP near you');
    expect(textOf($(el, 'h5'))).to.equal('Search online or call');
    expect($(el, 'h2')).to.be.null;
    el.headingLevel = 6;
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelectorAll('h6')).to.have.length(2);
    expect(warnings).to.deep.equal([]);
  });

  it('clamps a bad heading-level with one warning', async () => {
    const {el, warnings} = await render(html`<iop-find-guide heading-level="one"></iop-find-guide>`);
    expect($(el, 'h2')).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-find-guide> heading-level:/);
  });

  it('accepts an https locator-url, with a generic label and rel for another site', async () => {
    const {el, warnings} = await render(
      html`<iop-find-guide locator-url="https://example.org/our-locations"></iop-find-guide>`,
    );
    const link = locator(el);
    expect(link.getAttribute('href')).to.equal('https://example.org/our-locations');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(textOf(link)).to.equal('Search for a program near you');
    expect($(el, '[part~="locator"] [part~="resource-description"]')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('accepts a relative locator-url and keeps the referrer for the clinic’s own page', async () => {
    const {el, warnings} = await render(
      html`<iop-find-guide locator-url="/locations?type=iop" locator-label="Our locations"></iop-find-guide>`,
    );
    const link = locator(el);
    expect(link.getAttribute('href')).to.equal('/locations?type=iop');
    expect(link.hasAttribute('rel')).to.be.false;
    expect(textOf(link)).to.equal('Our locations');
    expect(warnings).to.deep.equal([]);
  });

  it('uses locator-label for the default locator too', async () => {
    const {el, warnings} = await render(html`<iop-find-guide locator-label="Find care near you"></iop-find-guide>`);
    expect(locator(el).getAttribute('href')).to.equal('https://findtreatment.gov/');
    expect(textOf(locator(el))).to.equal('Find care near you');
    expect(warnings).to.deep.equal([]);
  });

  const badUrls = [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    ' java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ];
  for (const value of badUrls) {
    it(`refuses locator-url=${JSON.stringify(value)} with one warning and uses the default locator`, async () => {
      const {el, warnings} = await render(
        html`<iop-find-guide locator-url=${value} locator-label="Our map"></iop-find-guide>`,
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-find-guide> locator-url:/);
      expect(warnings[0]).to.contain('https://findtreatment.gov/');
      expect(locator(el).getAttribute('href')).to.equal('https://findtreatment.gov/');
      expect(textOf(locator(el))).to.equal('Search FindTreatment.gov');
      expect(unsafeHrefs(el)).to.deep.equal([]);
    });
  }

  it('checks locator-url set as a property too, and recovers', async () => {
    const {el} = await render(html`<iop-find-guide></iop-find-guide>`);
    const warnings = await captureWarnings(async () => {
      el.locatorUrl = 'javascript:alert(1)';
      await elementUpdated(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iop-find-guide> locator-url:');
    expect(unsafeHrefs(el)).to.deep.equal([]);
    el.locatorUrl = 'https://example.org/map';
    await elementUpdated(el);
    expect(locator(el).getAttribute('href')).to.equal('https://example.org/map');
  });

  it('treats an empty locator-url as not set, without a warning', async () => {
    const {el, warnings} = await render(html`<iop-find-guide locator-url="  "></iop-find-guide>`);
    expect(locator(el).getAttribute('href')).to.equal('https://findtreatment.gov/');
    expect(warnings).to.deep.equal([]);
  });

  it('renders locator-label as text, never as HTML', async () => {
    const label = '<img src=x onerror="window.__findPwned=1"><b>Map</b>';
    const {el} = await render(html`<iop-find-guide locator-label=${label}></iop-find-guide>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(textOf(locator(el))).to.equal(label);
    expect((window as unknown as {__findPwned?: number}).__findPwned).to.be.undefined;
  });

  it('shortens a very long locator-label with one warning', async () => {
    const {el, warnings} = await render(html`<iop-find-guide locator-label=${'Find us '.repeat(30)}></iop-find-guide>`);
    expect(textOf(locator(el)).length).to.equal(80);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-find-guide> locator-label:/);
  });

  it('keeps link targets at least 24 by 24 pixels', async () => {
    const el = await fixture<IopFindGuide>(html`<iop-find-guide></iop-find-guide>`, {parentNode: inWidth('320px')});
    for (const link of el.shadowRoot!.querySelectorAll('[part~="link"]')) {
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
    expect(el.shadowRoot!.querySelector('[part~="tty"] a')!.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('is one column in a narrow container and two in a wide one', async () => {
    const narrow = await fixture<IopFindGuide>(html`<iop-find-guide></iop-find-guide>`, {parentNode: inWidth('320px')});
    const wide = await fixture<IopFindGuide>(html`<iop-find-guide></iop-find-guide>`, {parentNode: inWidth('900px')});
    const columns = (el: IopFindGuide, part: string) =>
      getComputedStyle($(el, `[part~="${part}"]`)!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow, 'list')).to.equal(1);
    expect(columns(narrow, 'resources')).to.equal(1);
    expect(columns(wide, 'list')).to.equal(2);
    expect(columns(wide, 'resources')).to.equal(2);
  });

  it('follows <html lang> into Spanish and back, with the same links', async () => {
    const {el} = await render(html`<iop-find-guide></iop-find-guide>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf($(el, 'h2'))).to.equal('Cómo encontrar un IOP cerca de usted');
    expect(titles(el)[1]).to.equal('Hospitales locales');
    expect(textOf(locator(el))).to.equal('Busque en FindTreatment.gov');
    expect(textOf($(el, '[part~="resource-title"]'))).to.equal('Línea Nacional de Ayuda de SAMHSA');
    expect(locator(el).getAttribute('href')).to.equal('https://findtreatment.gov/');
    expect($(el, '[part~="helpline-link"]')!.getAttribute('href')).to.equal('tel:+18006624357');
    await setPageLanguage('en', 'en', el);
    expect(titles(el)).to.deep.equal(englishTitles);
  });

  it('shows the not-medical-advice note only when asked', async () => {
    const {el} = await render(html`<iop-find-guide></iop-find-guide>`);
    await settle();
    expect(Boolean($(el, '[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    el.disclaimer = true;
    await elementUpdated(el);
    expect(textOf($(el, '[part~="disclaimer"]'))).to.contain('not medical advice');
  });

  it('passes axe in English, narrow and wide', async () => {
    const narrow = await fixture<IopFindGuide>(html`<iop-find-guide disclaimer></iop-find-guide>`, {parentNode: inWidth('300px')});
    await expect(narrow).to.be.accessible();
    const wide = await fixture<IopFindGuide>(html`<iop-find-guide locator-url="/find"></iop-find-guide>`, {parentNode: inWidth('900px')});
    await expect(wide).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await fixture<IopFindGuide>(html`<iop-find-guide disclaimer></iop-find-guide>`, {parentNode: inWidth('300px')});
    const wide = await fixture<IopFindGuide>(html`<iop-find-guide></iop-find-guide>`, {parentNode: inWidth('900px')});
    await setPageLanguage('es', 'es', narrow);
    await elementUpdated(wide);
    expect(textOf($(wide, 'h2'))).to.equal('Cómo encontrar un IOP cerca de usted');
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });
});
