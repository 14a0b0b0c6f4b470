import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-vs-php-table/iop-vs-php-table.js';
import type {IopVsPhpTable} from '../components/iop-vs-php-table/iop-vs-php-table.component.js';
import {criterionIds} from '../src/content/levels-of-care.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishHeaders = [
  'Level of care',
  'Hours a week',
  'Days a week',
  'Where it happens',
  'Where you live',
  'Supervision and medical care',
  'Who it suits',
  'How long',
];

const $ = (el: IopVsPhpTable, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: IopVsPhpTable, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const rowIds = (el: IopVsPhpTable) => $$(el, 'tbody tr').map((tr) => tr.getAttribute('data-level'));
const rowNames = (el: IopVsPhpTable) => $$(el, 'tbody th [part~="level-name"]').map(textOf);
/** A cell's own text, without the criterion label that only the card layout shows. */
const cellText = (el: IopVsPhpTable, level: string, criterion: string) => {
  const cell = $(el, `tr[data-level="${level}"] td[data-criterion="${criterion}"]`)!.cloneNode(true) as Element;
  cell.querySelector('[part~="cell-label"]')?.remove();
  return textOf(cell);
};

async function render(markup: ReturnType<typeof html>, parentNode?: HTMLElement) {
  let el!: IopVsPhpTable;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopVsPhpTable>(markup, parentNode ? {parentNode} : undefined);
  });
  return {el, warnings};
}

describe('<iop-vs-php-table>', () => {
  afterEach(resetLanguage);

  it('renders a real table comparing an IOP and a PHP by default', async () => {
    const {el, warnings} = await render(html`<iop-vs-php-table></iop-vs-php-table>`);
    expect(textOf($(el, 'h2'))).to.equal('How levels of care compare');
    expect(textOf($(el, '[part~="intro"]')).length).to.be.greaterThan(60);
    const table = $(el, 'table')!;
    expect(textOf(table.querySelector('caption'))).to.equal('At a glance: IOP and PHP');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map(textOf)).to.deep.equal(englishHeaders);
    for (const th of headers) expect(th.getAttribute('scope')).to.equal('col');
    expect(headers.slice(1).map((th) => th.getAttribute('data-criterion'))).to.deep.equal([...criterionIds]);
    expect(rowIds(el)).to.deep.equal(['iop', 'php']);
    expect(rowNames(el)).to.deep.equal(['Intensive outpatient (IOP)', 'Partial hospitalization (PHP)']);
    for (const th of $$(el, 'tbody th')) expect(th.getAttribute('scope')).to.equal('row');
    expect(textOf($(el, 'tr[data-level="iop"] [part~="asam"]'))).to.equal('ASAM level 2.1');
    expect(textOf($(el, 'tr[data-level="php"] [part~="asam"]'))).to.equal('ASAM level 2.5');
    for (const tr of $$(el, 'tbody tr')) {
      const cells = [...tr.querySelectorAll('td')];
      expect(cells.map((td) => td.getAttribute('data-criterion'))).to.deep.equal([...criterionIds]);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('states the facts: hours, days, setting, home and length', async () => {
    const {el} = await render(html`<iop-vs-php-table></iop-vs-php-table>`);
    expect(cellText(el, 'iop', 'hours')).to.equal('9–19 hours, often 10–12');
    expect(cellText(el, 'php', 'hours')).to.equal('20 hours or more');
    expect(cellText(el, 'iop', 'home')).to.equal('At home or in a sober living house');
    expect(cellText(el, 'php', 'setting')).to.contain('hospital');
    expect(cellText(el, 'php', 'days')).to.contain('More days than an IOP');
    expect(cellText(el, 'iop', 'length')).to.contain('12 weeks');
    // No fixed length of stay is promised anywhere.
    expect(cellText(el, 'php', 'length')).to.equal('Depends on how you are doing');
    const notes = $$(el, '[part~="note"]').map(textOf);
    expect(notes).to.have.length(3);
    // Before the table: the words it uses, explained where the reader meets them.
    expect(notes[0]).to.equal(
      'Outpatient means you go home each day. Detox is medical care to get safely through withdrawal. The ASAM level comes from a U.S. guide for matching people with care.',
    );
    expect(notes[1]).to.contain('adults').and.contain('6–19');
    expect(notes[2]).to.contain('No level of care has a set length');
  });

  it('says the program or a doctor checks the safe level before anyone decides there is no need for detox', async () => {
    const {el} = await render(html`<iop-vs-php-table></iop-vs-php-table>`);
    expect(cellText(el, 'iop', 'suits')).to.contain('No need for detox');
    const lead = textOf($(el, '[part~="intro"]'));
    expect(lead).to.contain('the program or a doctor checks which level is safe for you');
    expect(lead).to.contain('Stopping some substances all at once can be dangerous.');
    expect(lead).not.to.contain('care team');
    // The lead comes before the table.
    expect($(el, '[part~="intro"]')!.compareDocumentPosition($(el, 'table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('sets explicit table roles on every table element', async () => {
    const {el} = await render(html`<iop-vs-php-table levels="outpatient iop php residential"></iop-vs-php-table>`);
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    for (const group of $$(el, 'thead, tbody')) expect(group.getAttribute('role')).to.equal('rowgroup');
    for (const tr of $$(el, 'tr')) expect(tr.getAttribute('role')).to.equal('row');
    for (const th of $$(el, 'th[scope="col"]')) expect(th.getAttribute('role')).to.equal('columnheader');
    for (const th of $$(el, 'th[scope="row"]')) expect(th.getAttribute('role')).to.equal('rowheader');
    const cells = $$(el, 'td');
    expect(cells).to.have.length(4 * 7);
    for (const td of cells) expect(td.getAttribute('role')).to.equal('cell');
    for (const label of $$(el, '[part~="cell-label"]')) expect(label.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows a subset of levels, always least to most care, whatever the order given', async () => {
    const {el, warnings} = await render(html`<iop-vs-php-table levels="residential, iop outpatient"></iop-vs-php-table>`);
    expect(rowIds(el)).to.deep.equal(['outpatient', 'iop', 'residential']);
    expect(rowNames(el)).to.deep.equal(['Outpatient', 'Intensive outpatient (IOP)', 'Residential']);
    expect(textOf($(el, 'caption'))).to.equal('At a glance: outpatient care, IOP, and residential care');
    expect(cellText(el, 'outpatient', 'hours')).to.equal('Less than 9 hours');
    expect(cellText(el, 'residential', 'home')).to.equal('At the treatment center');
    expect(warnings).to.deep.equal([]);
  });

  it('accepts upper-case words, duplicates and a single level', async () => {
    const {el, warnings} = await render(html`<iop-vs-php-table levels="PHP php"></iop-vs-php-table>`);
    expect(rowIds(el)).to.deep.equal(['php']);
    expect(textOf($(el, 'caption'))).to.equal('At a glance: PHP');
    expect(warnings).to.deep.equal([]);
  });

  it('accepts levels as a property (array) and re-renders', async () => {
    const {el} = await render(html`<iop-vs-php-table></iop-vs-php-table>`);
    el.levels = ['php', 'outpatient'];
    await elementUpdated(el);
    expect(rowIds(el)).to.deep.equal(['outpatient', 'php']);
    el.levels = null;
    await elementUpdated(el);
    expect(rowIds(el)).to.deep.equal(['iop', 'php']);
  });

  it('warns once about unknown level words and drops them', async () => {
    const {el, warnings} = await render(html`<iop-vs-php-table levels="iop detox residential inpatient"></iop-vs-php-table>`);
    expect(rowIds(el)).to.deep.equal(['iop', 'residential']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-vs-php-table> levels:/);
    expect(warnings[0]).to.contain('"detox"').and.contain('"inpatient"').and.contain('known: outpatient, iop, php, residential');
  });

  const fallbacks: Array<[string, unknown]> = [
    ['only unknown words', 'detox inpatient'],
    ['a number property', 42],
    ['an object property', {iop: true}],
    ['an array of non-strings', [1, 2]],
  ];
  for (const [name, value] of fallbacks) {
    it(`falls back to IOP and PHP with one warning for ${name}`, async () => {
      const {el} = await render(html`<iop-vs-php-table levels="outpatient"></iop-vs-php-table>`);
      expect(rowIds(el)).to.deep.equal(['outpatient']);
      const warnings = await captureWarnings(async () => {
        el.levels = value as string;
        await elementUpdated(el);
      });
      expect(rowIds(el)).to.deep.equal(['iop', 'php']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-vs-php-table> levels:/);
      expect(warnings[0]).to.contain('using "iop php"');
    });
  }

  it('treats an empty levels attribute as the default, without a warning', async () => {
    const {el, warnings} = await render(html`<iop-vs-php-table levels="  "></iop-vs-php-table>`);
    expect(rowIds(el)).to.deep.equal(['iop', 'php']);
    expect(warnings).to.deep.equal([]);
  });

  it('renders attribute text as text, never as HTML', async () => {
    const {el, warnings} = await render(
      html`<iop-vs-php-table levels=${'<img src=x onerror=window.__pwnedLevels=1>'}></iop-vs-php-table>`,
    );
    expect($(el, 'img')).to.be.null;
    expect(rowIds(el)).to.deep.equal(['iop', 'php']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<img');
    expect((window as unknown as {__pwnedLevels?: number}).__pwnedLevels).to.be.undefined;
  });

  it('uses the heading level it is given, and clamps a bad one with one warning', async () => {
    const {el, warnings} = await render(html`<iop-vs-php-table heading-level="4"></iop-vs-php-table>`);
    expect($(el, 'h4')).to.exist;
    expect($(el, 'h2')).to.be.null;
    expect(warnings).to.deep.equal([]);
    const bad = await render(html`<iop-vs-php-table heading-level="9"></iop-vs-php-table>`);
    expect($(bad.el, 'h6')).to.exist;
    expect(bad.warnings).to.have.length(1);
    expect(bad.warnings[0]).to.match(/^\[iop-widgets\] <iop-vs-php-table> heading-level:/);
  });

  it('shows the sources line with safe links', async () => {
    const {el} = await render(html`<iop-vs-php-table></iop-vs-php-table>`);
    const links = $$(el, '[part~="sources"] a');
    expect(links.map(textOf)).to.have.length(2);
    expect(textOf(links[0])).to.contain('ASAM Criteria');
    expect(textOf(links[1])).to.contain('SAMHSA');
    for (const link of links) expect(link.getAttribute('rel')).to.contain('noopener').and.contain('noreferrer');
  });

  it('shows the not-medical-advice note only when asked', async () => {
    const {el} = await render(html`<iop-vs-php-table></iop-vs-php-table>`);
    await settle();
    expect(Boolean($(el, '[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    el.disclaimer = true;
    await elementUpdated(el);
    expect(textOf($(el, '[part~="disclaimer"]'))).to.contain('not medical advice');
  });

  it('follows <html lang> into Spanish and back, live', async () => {
    const {el} = await render(html`<iop-vs-php-table levels="outpatient iop php residential" disclaimer></iop-vs-php-table>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf($(el, 'h2'))).to.equal('Cómo se comparan los niveles de atención');
    expect(textOf($(el, 'caption'))).to.equal('De un vistazo: atención ambulatoria, IOP, PHP y atención residencial');
    expect(textOf($(el, 'thead th'))).to.equal('Nivel de atención');
    expect(rowNames(el)).to.deep.equal([
      'Ambulatorio',
      'Intensivo ambulatorio (IOP)',
      'Hospitalización parcial (PHP)',
      'Residencial',
    ]);
    expect(textOf($(el, 'tr[data-level="iop"] [part~="asam"]'))).to.equal('Nivel 2.1 de ASAM');
    expect(cellText(el, 'iop', 'hours')).to.equal('9-19 horas, a menudo 10-12');
    expect(textOf($(el, 'td[data-criterion="hours"] [part~="cell-label"]'))).to.equal('Horas por semana');
    expect(textOf($(el, '[part~="sources"]'))).to.match(/^Fuentes:/);
    expect(textOf($(el, '[part~="disclaimer"]'))).to.contain('No es un consejo médico');
    // Every visible string is translated: nothing English is left in the table body.
    expect(textOf($(el, 'tbody'))).not.to.match(/\b(hours|home|people|weeks|care team)\b/i);
    await setPageLanguage('en', 'en', el);
    expect(textOf($(el, 'h2'))).to.equal('How levels of care compare');
    expect($$(el, 'thead th').map(textOf)).to.deep.equal(englishHeaders);
  });

  it('is a table in a wide container and one card per level in a narrow one', async () => {
    const wide = (await render(html`<iop-vs-php-table></iop-vs-php-table>`, inWidth('1300px'))).el;
    const narrow = (await render(html`<iop-vs-php-table></iop-vs-php-table>`, inWidth('320px'))).el;
    const style = (el: IopVsPhpTable, selector: string) => getComputedStyle($(el, selector)!);

    expect(style(wide, 'tbody tr').display).to.equal('table-row');
    expect(style(wide, 'td').display).to.equal('table-cell');
    expect(style(wide, '[part~="cell-label"]').display).to.equal('none');
    expect(style(wide, 'thead').position).to.equal('static');

    expect(style(narrow, 'tbody tr').display).to.equal('grid');
    expect(style(narrow, 'td').display).to.equal('block');
    expect(style(narrow, '[part~="cell-label"]').display).to.equal('block');
    // The column headers are hidden visually only, so screen readers keep them.
    expect(style(narrow, 'thead').display).not.to.equal('none');
    expect($(narrow, 'thead')!.getBoundingClientRect().width).to.be.at.most(1);
    // Each card is as wide as the container allows, and the cards stack.
    const [first, second] = $$(narrow, 'tbody tr').map((tr) => tr.getBoundingClientRect());
    expect(first.width).to.be.greaterThan(250);
    expect(second.top).to.be.greaterThan(first.bottom - 1);
    // Nothing spills out of the narrow container.
    expect($(narrow, 'table')!.getBoundingClientRect().width).to.be.at.most(320);
    // The explicit roles are still there in the card layout.
    expect($(narrow, 'tbody tr')!.getAttribute('role')).to.equal('row');
    expect($(narrow, 'td')!.getAttribute('role')).to.equal('cell');
  });

  it('puts two cards side by side in a medium container, with the criteria lined up', async () => {
    const {el} = await render(html`<iop-vs-php-table></iop-vs-php-table>`, inWidth('600px'));
    expect(getComputedStyle($(el, 'tbody tr')!).display).to.equal('grid');
    const [iop, php] = $$(el, 'tbody tr').map((tr) => tr.getBoundingClientRect());
    expect(Math.abs(iop.top - php.top)).to.be.below(1);
    expect(php.left).to.be.greaterThan(iop.right - 1);
    // The same criterion starts at the same height in both cards (subgrid).
    for (const criterion of criterionIds) {
      const [a, b] = $$(el, `td[data-criterion="${criterion}"]`).map((td) => td.getBoundingClientRect().top);
      expect(Math.abs(a - b), criterion).to.be.below(1);
    }
  });

  it('fits a wide container with all four levels, in English and Spanish', async () => {
    const {el} = await render(
      html`<iop-vs-php-table levels="outpatient iop php residential"></iop-vs-php-table>`,
      inWidth('1300px'),
    );
    expect(getComputedStyle($(el, 'tbody tr')!).display).to.equal('table-row');
    expect($(el, 'table')!.getBoundingClientRect().width).to.be.at.most(1300);
    await setPageLanguage('es', 'es', el);
    expect($(el, 'table')!.getBoundingClientRect().width).to.be.at.most(1300);
    expect($(el, '.scroll')!.scrollWidth).to.be.at.most(1300);
  });

  /** Lines the value text of a cell takes (its text after the criterion label). */
  function valueLines(td: Element): number {
    const range = document.createRange();
    range.setStartAfter(td.querySelector('[part~="cell-label"]')!);
    range.setEnd(td, td.childNodes.length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }

  for (const width of [800, 900, 1000]) {
    it(`stays readable at ${width}px: no value wraps onto three lines, in English and Spanish`, async () => {
      const {el} = await render(
        html`<iop-vs-php-table levels="outpatient iop php residential"></iop-vs-php-table>`,
        inWidth(`${width}px`),
      );
      for (const locale of ['en', 'es']) {
        if (locale === 'es') await setPageLanguage('es', 'es', el);
        for (const td of $$(el, 'td')) expect(valueLines(td), `${locale} ${td.textContent}`).to.be.at.most(2);
        expect($(el, '.scroll')!.scrollWidth).to.be.at.most(width);
      }
    });
  }

  for (const [width, label] of [['1300px', 'wide'], ['320px', 'narrow']] as const) {
    it(`passes axe in English and Spanish in a ${label} container`, async () => {
      const {el} = await render(
        html`<iop-vs-php-table levels="outpatient iop php residential" disclaimer></iop-vs-php-table>`,
        inWidth(width),
      );
      await expect(el).to.be.accessible();
      await setPageLanguage('es', 'es', el);
      await expect(el).to.be.accessible();
    });
  }
});
