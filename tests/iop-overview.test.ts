import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-overview/iop-overview.js';
import type {IopOverview} from '../components/iop-overview/iop-overview.component.js';
import {overviewFitIds} from '../src/content/overview.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishFit = [
  'do not need medical detox (medical care to get safely through withdrawal)',
  'do not need care around the clock',
  'have a safe and supportive place to live',
];

const part = (el: IopOverview, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: IopOverview, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const fit = (el: IopOverview) => parts(el, 'item').map(textOf);
const allText = (el: IopOverview) => textOf(part(el, 'base'));

async function render(markup: ReturnType<typeof html>): Promise<{el: IopOverview; warnings: string[]}> {
  let el!: IopOverview;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopOverview>(markup);
  });
  return {el, warnings};
}

describe('<iop-overview>', () => {
  afterEach(resetLanguage);

  it('explains what an IOP is, where you live, and that residential care is not the only option', async () => {
    const {el, warnings} = await render(html`<iop-overview></iop-overview>`);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('What is an IOP?');
    const intro = textOf(part(el, 'intro'));
    expect(intro).to.contain('intensive outpatient program (IOP)');
    expect(intro).to.contain('substance use disorders');
    expect(intro).to.contain('several hours each week');
    const text = allText(el);
    expect(text).to.contain('more kinds of care, like education, than in regular outpatient counseling');
    expect(text).to.contain('many kinds of professionals');
    expect(intro).to.contain('Outpatient means you go home each day.');
    expect(text).to.contain('Residential care gives you a safe place, staff day and night and many kinds of treatment.');
    expect(text).to.contain('day and night');
    expect(text).to.contain('living at home');
    expect(text).to.contain('sober living house');
    expect(text).to.contain('it is not the only one');
    expect(warnings).to.deep.equal([]);
  });

  it('lists who an IOP may suit under a nested heading, as a real list', async () => {
    const {el} = await render(html`<iop-overview></iop-overview>`);
    const h3 = el.shadowRoot!.querySelector('h3')!;
    expect(textOf(h3)).to.equal('Who an IOP may suit');
    expect(h3.getAttribute('part')).to.equal('subheading');
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-labelledby')).to.equal(h3.id);
    const items = list.querySelectorAll(':scope > li');
    expect(items).to.have.length(3);
    expect(fit(el)).to.deep.equal(englishFit);
    expect([...items].map((li) => li.getAttribute('data-id'))).to.deep.equal([...overviewFitIds]);
    expect(textOf(list.previousElementSibling)).to.equal('An IOP may be a good fit if you:');
  });

  it('limits the outcome claim to people an IOP suits, and names its sources with safe links', async () => {
    const {el} = await render(html`<iop-overview></iop-overview>`);
    const claim = parts(el, 'text').map(textOf).find((text) => text.includes('residential care') && text.includes('results'))!;
    expect(claim).to.equal('For people an IOP suits, studies have found results similar to those of residential care.');
    expect(allText(el)).not.to.contain('Studies have found that results from an IOP are similar');
    const sources = part(el, 'sources')!;
    expect(textOf(sources)).to.match(/^Sources: SAMHSA Advisory/);
    const links = [...sources.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://store.samhsa.gov/product/advisory-clinical-issues-intensive-outpatient-treatment-substance-use-disorders/pep20-02-01-021',
      'https://doi.org/10.1176/appi.ps.201300249',
      'https://www.samhsa.gov/substance-use/treatment/options',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).to.contain('noopener').and.contain('noreferrer');
      expect(link.getAttribute('lang')).to.equal('en');
    }
  });

  it('says a professional checks the safe level of care, and mentions medicines and continuing care', async () => {
    const {el} = await render(html`<iop-overview></iop-overview>`);
    const texts = parts(el, 'text').map(textOf);
    const fitList = el.shadowRoot!.querySelector('ul[part~="list"]')!;
    // Right after the "who it may suit" list, before the reader decides anything alone.
    expect(textOf(fitList.nextElementSibling)).to.equal(
      'You do not have to decide this alone. The program or a doctor checks first which level of care is safe for you. Stopping alcohol or some medicines all at once can be dangerous.',
    );
    expect(texts).to.include('Some programs offer medicines for alcohol or opioid use disorder, or help you get them. Many also offer continuing care after the IOP ends.');
  });

  it('marks its icons as decorative', async () => {
    const {el} = await render(html`<iop-overview></iop-overview>`);
    const icons = el.shadowRoot!.querySelectorAll('svg');
    expect(icons).to.have.length(3);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
    }
  });

  it('uses the heading level it is given, with the subheading one below', async () => {
    const {el, warnings} = await render(html`<iop-overview heading-level="4"></iop-overview>`);
    expect(textOf(el.shadowRoot!.querySelector('h4'))).to.equal('What is an IOP?');
    expect(textOf(el.shadowRoot!.querySelector('h5'))).to.equal('Who an IOP may suit');
    expect(el.shadowRoot!.querySelector('h2, h3')).to.be.null;
    el.headingLevel = 6;
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelectorAll('h6')).to.have.length(2);
    expect(warnings).to.deep.equal([]);
  });

  for (const [value, main, sub] of [['9', 'h6', 'h6'], ['1', 'h2', 'h3'], ['abc', 'h2', 'h3']] as const) {
    it(`turns heading-level="${value}" into <${main}> with one warning`, async () => {
      const {el, warnings} = await render(html`<iop-overview heading-level=${value}></iop-overview>`);
      expect(textOf(el.shadowRoot!.querySelector(main))).to.equal('What is an IOP?');
      expect(el.shadowRoot!.querySelector(`${sub}[part~="subheading"]`)).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-overview> heading-level:/);
    });
  }

  it('warns once for a bad headingLevel property and keeps working', async () => {
    const {el} = await render(html`<iop-overview></iop-overview>`);
    const warnings = await captureWarnings(async () => {
      el.headingLevel = '<h1>' as never;
      await elementUpdated(el);
    });
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iop-overview> heading-level:');
  });

  it('follows <html lang> into Spanish and back, live', async () => {
    const {el} = await render(html`<iop-overview></iop-overview>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('¿Qué es un IOP?');
    expect(textOf(el.shadowRoot!.querySelector('h3'))).to.equal('Para quién puede ser un IOP');
    expect(fit(el)[0]).to.equal('no necesita desintoxicación médica (atención médica para superar los síntomas de abstinencia de forma segura)');
    expect(textOf(part(el, 'sources'))).to.match(/^Fuentes: SAMHSA Advisory/);
    expect(allText(el)).to.contain('no es la única');
    await setPageLanguage('en', 'en', el);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('What is an IOP?');
    expect(fit(el)).to.deep.equal(englishFit);
  });

  it('is one column in a narrow container and three in a wide one', async () => {
    const narrow = await fixture<IopOverview>(html`<iop-overview></iop-overview>`, {parentNode: inWidth('320px')});
    const wide = await fixture<IopOverview>(html`<iop-overview></iop-overview>`, {parentNode: inWidth('900px')});
    const columns = (el: IopOverview) =>
      getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.equal(3);
  });

  it('inherits the host page font and text colour', async () => {
    const box = inWidth('600px');
    box.style.fontFamily = 'Georgia, serif';
    box.style.color = 'rgb(10, 20, 30)';
    const el = await fixture<IopOverview>(html`<iop-overview></iop-overview>`, {parentNode: box});
    const intro = part(el, 'intro')!;
    expect(getComputedStyle(intro).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(intro).color).to.equal('rgb(10, 20, 30)');
  });

  it('renders attribute text as text, never as HTML', async () => {
    const value = '<img src=x onerror="window.__pwnedOverview=1">';
    const {el, warnings} = await render(html`<iop-overview heading-level=${value}></iop-overview>`);
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect((window as unknown as {__pwnedOverview?: number}).__pwnedOverview).to.be.undefined;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<img src=x');
  });

  it('shows the not-medical-advice note only when asked, in the page language', async () => {
    const {el: plain} = await render(html`<iop-overview></iop-overview>`);
    await settle();
    expect(Boolean(part(plain, 'disclaimer')), 'the page note on a widget alone').to.equal(true);
    const {el} = await render(html`<iop-overview disclaimer></iop-overview>`);
    expect(textOf(part(el, 'disclaimer'))).to.contain('not medical advice');
    await setPageLanguage('es', 'es', el);
    expect(textOf(part(el, 'disclaimer'))).to.contain('No es un consejo médico');
  });

  it('passes axe in English, narrow and wide', async () => {
    const narrow = await fixture<IopOverview>(html`<iop-overview disclaimer></iop-overview>`, {parentNode: inWidth('300px')});
    await expect(narrow).to.be.accessible();
    const wide = await fixture<IopOverview>(html`<iop-overview></iop-overview>`, {parentNode: inWidth('900px')});
    await expect(wide).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await fixture<IopOverview>(html`<iop-overview disclaimer></iop-overview>`, {parentNode: inWidth('300px')});
    const wide = await fixture<IopOverview>(html`<iop-overview></iop-overview>`, {parentNode: inWidth('900px')});
    await setPageLanguage('es', 'es', narrow);
    await elementUpdated(wide);
    expect(textOf(wide.shadowRoot!.querySelector('h2'))).to.equal('¿Qué es un IOP?');
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });
});
