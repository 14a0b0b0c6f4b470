import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-services-list/iop-services-list.js';
import type {IopServicesList} from '../components/iop-services-list/iop-services-list.component.js';
import {serviceIds} from '../src/content/services.js';
import {setLocale, getLocale} from '../src/localization.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishTitles = [
  'One-on-one therapy',
  '12-step support groups',
  'Family education and therapy',
  'Medical and whole-person care',
  'Art, outdoor and hands-on therapies',
  'Skills for living on your own',
  'Setting goals',
  'Healthy ways to cope',
  'Relationship skills',
  'Planning to prevent relapse',
];

const parts = (el: IopServicesList, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
const titles = (el: IopServicesList) => parts(el, 'item-title').map(textOf);

async function render(markup: ReturnType<typeof html>): Promise<{el: IopServicesList; warnings: string[]}> {
  let el!: IopServicesList;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopServicesList>(markup);
  });
  return {el, warnings};
}

describe('<iop-services-list>', () => {
  afterEach(resetLanguage);

  it('renders a heading and the ten core services as a list, in order', async () => {
    const {el, warnings} = await render(html`<iop-services-list></iop-services-list>`);
    const h2 = el.shadowRoot!.querySelector('h2');
    expect(textOf(h2)).to.equal('What an IOP offers');
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    const items = list.querySelectorAll(':scope > li');
    expect(items).to.have.length(10);
    expect(titles(el)).to.deep.equal(englishTitles);
    expect([...items].map((li) => li.getAttribute('data-id'))).to.deep.equal([...serviceIds]);
    for (const description of parts(el, 'item-description')) {
      expect(textOf(description).length).to.be.greaterThan(30);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('marks every icon as decorative', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    const icons = el.shadowRoot!.querySelectorAll('svg');
    expect(icons).to.have.length(10);
    for (const svg of icons) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
    }
  });

  it('uses the heading level it is given', async () => {
    const {el, warnings} = await render(html`<iop-services-list heading-level="4"></iop-services-list>`);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.be.null;
    el.headingLevel = 3;
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    expect(warnings).to.deep.equal([]);
  });

  for (const [value, expected] of [['9', 'h6'], ['1', 'h2'], ['abc', 'h2'], ['3.7', 'h4']] as const) {
    it(`clamps heading-level="${value}" to <${expected}> with one warning`, async () => {
      const {el, warnings} = await render(html`<iop-services-list heading-level=${value}></iop-services-list>`);
      expect(el.shadowRoot!.querySelector(expected)).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-services-list> heading-level:/);
    });
  }

  it('shows only the included services, in the order given', async () => {
    const {el, warnings} = await render(
      html`<iop-services-list include="goal-setting, support-groups relapse-prevention"></iop-services-list>`,
    );
    expect(titles(el)).to.deep.equal(['Setting goals', '12-step support groups', 'Planning to prevent relapse']);
    expect(warnings).to.deep.equal([]);
  });

  it('warns about unknown ids in include and keeps the known ones', async () => {
    const {el, warnings} = await render(html`<iop-services-list include="goal-setting yoga"></iop-services-list>`);
    expect(titles(el)).to.deep.equal(['Setting goals']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iop-services-list> include:').and.contain('"yoga"');
  });

  it('shows all services when include names no known id', async () => {
    const {el, warnings} = await render(html`<iop-services-list include="yoga pilates"></iop-services-list>`);
    expect(titles(el)).to.deep.equal(englishTitles);
    expect(warnings).to.have.length(1);
  });

  it('appends a clinic’s own items after the defaults', async () => {
    const items = JSON.stringify([
      {label: 'Peer recovery coaching', description: 'A coach who has been there walks with you.'},
      {label: 'Yoga'},
    ]);
    const {el, warnings} = await render(
      html`<iop-services-list include="goal-setting" items=${items}></iop-services-list>`,
    );
    expect(titles(el)).to.deep.equal(['Setting goals', 'Peer recovery coaching', 'Yoga']);
    const custom = parts(el, 'custom-item');
    expect(custom).to.have.length(2);
    expect(textOf(custom[0])).to.contain('A coach who has been there walks with you.');
    expect(custom[1].querySelector('[part~="item-description"]')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('accepts items and include as properties', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    el.include = ['coping-skills'];
    el.items = [{label: 'Childcare during sessions'}];
    await elementUpdated(el);
    expect(titles(el)).to.deep.equal(['Healthy ways to cope', 'Childcare during sessions']);
  });

  it('renders clinic text as text, never as HTML', async () => {
    const items = JSON.stringify([{label: '<img src=x onerror="window.__pwned=1">', description: '<b>bold</b>'}]);
    const {el} = await render(html`<iop-services-list items=${items}></iop-services-list>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(titles(el).at(-1)).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as {__pwned?: number}).__pwned).to.be.undefined;
  });

  const badItems: Array<[string, string]> = [
    ['malformed JSON', '[{"label": "Yoga"'],
    ['an object instead of an array', '{"label": "Yoga"}'],
    ['a number', '42'],
  ];
  for (const [name, value] of badItems) {
    it(`warns once and keeps the defaults for items with ${name}`, async () => {
      const {el, warnings} = await render(html`<iop-services-list items=${value}></iop-services-list>`);
      expect(titles(el)).to.deep.equal(englishTitles);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-services-list> items:/);
    });
  }

  it('skips entries without a text label and keeps the valid ones, with one warning', async () => {
    const value = JSON.stringify([{label: 'Yoga'}, {description: 'no label'}, {label: 7}, 'text', {label: 'Music', description: 5}]);
    const {el, warnings} = await render(html`<iop-services-list items=${value}></iop-services-list>`);
    expect(titles(el)).to.deep.equal([...englishTitles, 'Yoga']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('index 1, 2, 3, 4');
  });

  it('follows <html lang> into Spanish and back, live', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Lo que ofrece un IOP');
    expect(titles(el)[0]).to.equal('Terapia individual');
    await setPageLanguage('en', 'en', el);
    expect(titles(el)).to.deep.equal(englishTitles);
  });

  it('maps a regional tag like es-MX to Spanish', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    await setPageLanguage('es-MX', 'es', el);
    expect(titles(el)[0]).to.equal('Terapia individual');
  });

  it('falls back to English with one warning for a language it does not have', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    await setPageLanguage('es', 'es', el);
    const warnings = await captureWarnings(async () => {
      await setPageLanguage('xx-YY', 'en', el);
      document.documentElement.lang = 'xx-YY-extra';
      document.documentElement.lang = 'xx-YY';
      await elementUpdated(el);
    });
    expect(titles(el)).to.deep.equal(englishTitles);
    expect(warnings.filter((w) => w.includes('"xx-YY"'))).to.have.length(1);
  });

  it('lets setLocale() override the page language', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    await setLocale('es');
    await elementUpdated(el);
    expect(getLocale()).to.equal('es');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('es');
    expect(titles(el)[0]).to.equal('Terapia individual');
  });

  it('is one column in a narrow container and a grid in a wide one', async () => {
    const narrow = await fixture<IopServicesList>(html`<iop-services-list></iop-services-list>`, {parentNode: inWidth('320px')});
    const wide = await fixture<IopServicesList>(html`<iop-services-list></iop-services-list>`, {parentNode: inWidth('900px')});
    const columns = (el: IopServicesList) =>
      getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.equal(2);
  });

  it('inherits the host page font and text colour', async () => {
    const box = inWidth('600px');
    box.style.fontFamily = 'Georgia, serif';
    box.style.color = 'rgb(10, 20, 30)';
    const el = await fixture<IopServicesList>(html`<iop-services-list></iop-services-list>`, {parentNode: box});
    const title = el.shadowRoot!.querySelector('[part~="item-title"]')!;
    expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(title).color).to.equal('rgb(10, 20, 30)');
  });

  it('passes axe in English', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const {el} = await render(html`<iop-services-list></iop-services-list>`);
    await setPageLanguage('es', 'es', el);
    await expect(el).to.be.accessible();
    const narrow = await fixture<IopServicesList>(html`<iop-services-list></iop-services-list>`, {parentNode: inWidth('300px')});
    await expect(narrow).to.be.accessible();
  });
});

describe('<iop-services-list disclaimer>', () => {
  afterEach(resetLanguage);

  it('shows the not-medical-advice note only when asked, in the page language', async () => {
    const plain = await fixture<IopServicesList>(html`<iop-services-list></iop-services-list>`);
    await settle();
    expect(Boolean(plain.shadowRoot!.querySelector('[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    const el = await fixture<IopServicesList>(html`<iop-services-list disclaimer></iop-services-list>`);
    const note = () => textOf(el.shadowRoot!.querySelector('[part~="disclaimer"]'));
    expect(note()).to.contain('not medical advice');
    await setPageLanguage('es', 'es', el);
    expect(note()).to.contain('No es un consejo médico');
  });
});
