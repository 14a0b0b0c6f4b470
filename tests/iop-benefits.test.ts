import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-benefits/iop-benefits.js';
import type {IopBenefits} from '../components/iop-benefits/iop-benefits.component.js';
import {benefitIds} from '../src/content/benefits.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishTitles = [
  'Stay with your family',
  'May cost less',
  'Time for work and daily life',
  'Results like residential care, if it fits',
  'Less drinking and drug use',
];

const parts = (el: IopBenefits, part: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
const part = (el: IopBenefits, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const titles = (el: IopBenefits) => parts(el, 'item-title').map(textOf);

async function render(markup: ReturnType<typeof html>): Promise<{el: IopBenefits; warnings: string[]}> {
  let el!: IopBenefits;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopBenefits>(markup);
  });
  return {el, warnings};
}

describe('<iop-benefits>', () => {
  afterEach(resetLanguage);

  it('renders a heading, the caveat and the five benefits as a list, in order', async () => {
    const {el, warnings} = await render(html`<iop-benefits></iop-benefits>`);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Benefits of an IOP');
    expect(textOf(part(el, 'intro'))).to.contain('No single treatment is right for everyone.');
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-labelledby')).to.equal('heading');
    const items = list.querySelectorAll(':scope > li');
    expect(items).to.have.length(5);
    expect(titles(el)).to.deep.equal(englishTitles);
    expect([...items].map((li) => li.getAttribute('data-id'))).to.deep.equal([...benefitIds]);
    for (const description of parts(el, 'item-description')) {
      expect(textOf(description).length).to.be.greaterThan(30);
    }
    const byId = (id: string) => textOf(el.shadowRoot!.querySelector(`li[data-id="${id}"] [part~="item-description"]`));
    expect(byId('lower-cost')).to.contain('may cost less');
    expect(byId('keep-working')).to.contain('keep working');
    expect(byId('less-use')).to.contain('drank less and used fewer drugs');
    expect(warnings).to.deep.equal([]);
  });

  it('names the published source of the research-based benefits', async () => {
    const {el} = await render(html`<iop-benefits></iop-benefits>`);
    const sources = part(el, 'sources')!;
    expect(textOf(sources)).to.match(/^Sources: McCarty D, et al\./);
    const link = sources.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://doi.org/10.1176/appi.ps.201300249');
    expect(link.getAttribute('rel')).to.contain('noopener').and.contain('noreferrer');
  });

  it('leaves the sources line out when no research-based benefit is shown', async () => {
    const {el} = await render(html`<iop-benefits include="stay-with-family lower-cost"></iop-benefits>`);
    expect(part(el, 'sources')).to.be.null;
    el.include = 'less-use';
    await elementUpdated(el);
    expect(part(el, 'sources')).to.exist;
  });

  it('marks every icon as decorative', async () => {
    const {el} = await render(html`<iop-benefits></iop-benefits>`);
    const icons = el.shadowRoot!.querySelectorAll('svg');
    expect(icons).to.have.length(5);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
    }
  });

  it('uses the heading level it is given', async () => {
    const {el, warnings} = await render(html`<iop-benefits heading-level="3"></iop-benefits>`);
    expect(textOf(el.shadowRoot!.querySelector('h3'))).to.equal('Benefits of an IOP');
    expect(el.shadowRoot!.querySelector('h2')).to.be.null;
    el.headingLevel = 5;
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('h5')).to.exist;
    expect(warnings).to.deep.equal([]);
  });

  for (const [value, expected] of [['7', 'h6'], ['0', 'h2'], ['big', 'h2']] as const) {
    it(`turns heading-level="${value}" into <${expected}> with one warning`, async () => {
      const {el, warnings} = await render(html`<iop-benefits heading-level=${value}></iop-benefits>`);
      expect(el.shadowRoot!.querySelector(expected)).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-benefits> heading-level:/);
    });
  }

  it('shows only the included benefits, in the order given', async () => {
    const {el, warnings} = await render(html`<iop-benefits include="less-use, stay-with-family"></iop-benefits>`);
    expect(titles(el)).to.deep.equal(['Less drinking and drug use', 'Stay with your family']);
    expect(warnings).to.deep.equal([]);
  });

  it('warns about unknown ids in include and keeps the known ones', async () => {
    const {el, warnings} = await render(html`<iop-benefits include="keep-working free-housing"></iop-benefits>`);
    expect(titles(el)).to.deep.equal(['Time for work and daily life']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-benefits> include:/);
    expect(warnings[0]).to.contain('"free-housing"');
  });

  it('shows all benefits with one warning when include names no known id', async () => {
    const {el, warnings} = await render(html`<iop-benefits include="cure guaranteed"></iop-benefits>`);
    expect(titles(el)).to.deep.equal(englishTitles);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('showing all');
  });

  it('appends a clinic’s own items after the defaults', async () => {
    const items = JSON.stringify([
      {label: 'Evening groups', description: 'Groups meet after work hours.'},
      {label: 'Sliding-scale fees'},
    ]);
    const {el, warnings} = await render(html`<iop-benefits include="lower-cost" items=${items}></iop-benefits>`);
    expect(titles(el)).to.deep.equal(['May cost less', 'Evening groups', 'Sliding-scale fees']);
    const custom = parts(el, 'custom-item');
    expect(custom).to.have.length(2);
    expect(custom.map((li) => li.getAttribute('data-id'))).to.deep.equal(['custom-1', 'custom-2']);
    expect(textOf(custom[0])).to.contain('Groups meet after work hours.');
    expect(custom[1].querySelector('[part~="item-description"]')).to.be.null;
    expect(part(el, 'sources')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('accepts items and include as properties', async () => {
    const {el} = await render(html`<iop-benefits></iop-benefits>`);
    el.include = ['similar-outcomes'];
    el.items = [{label: 'Free parking'}];
    await elementUpdated(el);
    expect(titles(el)).to.deep.equal(['Results like residential care, if it fits', 'Free parking']);
  });

  it('renders clinic text as text, never as HTML', async () => {
    const items = JSON.stringify([{label: '<img src=x onerror="window.__pwnedBenefits=1">', description: '<b>bold</b>'}]);
    const {el} = await render(html`<iop-benefits items=${items}></iop-benefits>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(titles(el).at(-1)).to.equal('<img src=x onerror="window.__pwnedBenefits=1">');
    expect(textOf(parts(el, 'item-description').at(-1))).to.equal('<b>bold</b>');
    expect((window as unknown as {__pwnedBenefits?: number}).__pwnedBenefits).to.be.undefined;
  });

  const badItems: Array<[string, string]> = [
    ['malformed JSON', '[{"label": "Evening groups"'],
    ['an object instead of an array', '{"label": "Evening groups"}'],
    ['a plain string', 'Evening groups'],
  ];
  for (const [name, value] of badItems) {
    it(`warns once and keeps the defaults for items with ${name}`, async () => {
      const {el, warnings} = await render(html`<iop-benefits items=${value}></iop-benefits>`);
      expect(titles(el)).to.deep.equal(englishTitles);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-benefits> items:/);
    });
  }

  it('skips entries without a text label and keeps the valid ones, with one warning', async () => {
    const value = JSON.stringify([{label: 'Evening groups'}, {description: 'no label'}, null, {label: ' '}]);
    const {el, warnings} = await render(html`<iop-benefits items=${value}></iop-benefits>`);
    expect(titles(el)).to.deep.equal([...englishTitles, 'Evening groups']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iop-benefits> items:').and.contain('index 1, 2, 3');
  });

  it('warns once for a bad include property and shows all', async () => {
    const {el} = await render(html`<iop-benefits></iop-benefits>`);
    const warnings = await captureWarnings(async () => {
      el.include = 42 as unknown as string;
      await elementUpdated(el);
    });
    expect(titles(el)).to.deep.equal(englishTitles);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iop-benefits> include:');
  });

  it('follows <html lang> into Spanish and back, live, keeping clinic text as written', async () => {
    const items = JSON.stringify([{label: 'Evening groups'}]);
    const {el} = await render(html`<iop-benefits items=${items}></iop-benefits>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Beneficios de un IOP');
    expect(textOf(part(el, 'intro'))).to.contain('Ningún tratamiento es adecuado para todas las personas.');
    expect(titles(el)[0]).to.equal('Quedarse con su familia');
    expect(titles(el).at(-1)).to.equal('Evening groups');
    expect(textOf(part(el, 'sources'))).to.match(/^Fuentes: McCarty/);
    await setPageLanguage('en', 'en', el);
    expect(titles(el)).to.deep.equal([...englishTitles, 'Evening groups']);
  });

  it('is one column in a narrow container and a grid in a wide one', async () => {
    const narrow = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`, {parentNode: inWidth('320px')});
    const wide = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`, {parentNode: inWidth('900px')});
    const columns = (el: IopBenefits) =>
      getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.equal(2);
  });

  it('shows the not-medical-advice note only when asked', async () => {
    const {el: plain} = await render(html`<iop-benefits></iop-benefits>`);
    await settle();
    expect(Boolean(part(plain, 'disclaimer')), 'the page note on a widget alone').to.equal(true);
    const {el} = await render(html`<iop-benefits disclaimer></iop-benefits>`);
    expect(textOf(part(el, 'disclaimer'))).to.contain('not medical advice');
  });

  it('passes axe in English, narrow and wide', async () => {
    const items = JSON.stringify([{label: 'Evening groups', description: 'Groups meet after work hours.'}]);
    const narrow = await fixture<IopBenefits>(html`<iop-benefits disclaimer items=${items}></iop-benefits>`, {
      parentNode: inWidth('300px'),
    });
    await expect(narrow).to.be.accessible();
    const wide = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`, {parentNode: inWidth('900px')});
    await expect(wide).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await fixture<IopBenefits>(html`<iop-benefits disclaimer></iop-benefits>`, {parentNode: inWidth('300px')});
    const wide = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`, {parentNode: inWidth('900px')});
    await setPageLanguage('es', 'es', narrow);
    await elementUpdated(wide);
    expect(textOf(wide.shadowRoot!.querySelector('h2'))).to.equal('Beneficios de un IOP');
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });
});
