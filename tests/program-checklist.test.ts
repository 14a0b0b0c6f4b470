import {expect, fixture, html, elementUpdated, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../components/program-checklist/program-checklist.js';
import {STORAGE_PREFIX, type ProgramChecklist} from '../components/program-checklist/program-checklist.component.js';
import {checklistIds, checklistProgress} from '../src/content/checklist.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';
import {contrast, srgb} from './colors.js';

const englishTitles = [
  'Visit before you decide',
  'Check that it is licensed',
  'Look for many kinds of treatment',
  'Ask about medicines',
  'Ask for a plan made for you',
  'Make sure it meets your needs',
];

type Detail = {checked: string[]; total: number};

const root = (el: ProgramChecklist) => el.shadowRoot!;
const boxes = (el: ProgramChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: ProgramChecklist, id: string) => root(el).querySelector<HTMLInputElement>(`li[data-id="${id}"] input`)!;
const titles = (el: ProgramChecklist) => [...root(el).querySelectorAll('label')].map(textOf);
const progress = (el: ProgramChecklist) => root(el).querySelector<HTMLElement>('[part~="progress"]')!;
const resetButton = (el: ProgramChecklist) => root(el).querySelector<HTMLButtonElement>('button[part~="reset"]')!;
const ticked = (el: ProgramChecklist) => boxes(el).filter((b) => b.checked).map((b) => b.closest('li')!.dataset['id']);
const stored = (key: string) => localStorage.getItem(STORAGE_PREFIX + key);

async function render(markup: ReturnType<typeof html>, parentNode?: HTMLElement) {
  let el!: ProgramChecklist;
  const warnings = await captureWarnings(async () => {
    el = await fixture<ProgramChecklist>(markup, parentNode ? {parentNode} : undefined);
  });
  return {el, warnings};
}

/** Clicks a box like a person would (the native change event fires) and waits for the render. */
async function tick(el: ProgramChecklist, id: string): Promise<void> {
  box(el, id).click();
  await elementUpdated(el);
}

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('iop-widgets:')) localStorage.removeItem(key);
  }
}

describe('<program-checklist>', () => {
  afterEach(async () => {
    clearStorage();
    await emulateMedia({media: 'screen'});
    await resetLanguage();
  });

  it('renders a real heading and a fieldset of six labelled native checkboxes', async () => {
    const {el, warnings} = await render(html`<program-checklist></program-checklist>`);
    const h2 = root(el).querySelector('h2')!;
    expect(textOf(h2)).to.equal('Checklist for choosing a program');
    expect(h2.closest('fieldset')).to.be.null;
    const fieldset = root(el).querySelector('fieldset')!;
    expect(textOf(fieldset.querySelector(':scope > legend'))).to.equal('Steps to check');
    const items = fieldset.querySelectorAll('ul[role="list"] > li');
    expect([...items].map((li) => li.getAttribute('data-id'))).to.deep.equal([...checklistIds]);
    expect(titles(el)).to.deep.equal(englishTitles);
    for (const input of boxes(el)) {
      expect(input.checked).to.be.false;
      expect(input.labels).to.have.length(1);
      expect(englishTitles).to.include(textOf(input.labels![0]));
      const help = root(el).getElementById(input.getAttribute('aria-describedby')!);
      expect(textOf(help).length).to.be.greaterThan(40);
    }
    expect(textOf(box(el, 'licensed').labels![0])).to.equal('Check that it is licensed');
    expect(textOf(root(el).getElementById(box(el, 'licensed').getAttribute('aria-describedby')!))).to.contain(
      'FindTreatment.gov',
    );
    expect(el.checkedIds).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('shows a polite progress line that does not change after the first render', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    const status = progress(el);
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.getAttribute('aria-atomic')).to.equal('true');
    expect(textOf(status)).to.equal('0 of 6 checked');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(status, {childList: true, subtree: true, characterData: true});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mutations).to.have.length(0);
    await tick(el, 'visit');
    await tick(el, 'needs-met');
    observer.disconnect();
    expect(mutations.length).to.be.greaterThan(0);
    expect(progress(el)).to.equal(status);
    expect(textOf(status)).to.equal('2 of 6 checked');
  });

  it('formats the progress numbers for the locale', async () => {
    expect(checklistProgress(1234, 12345)).to.equal('1,234 of 12,345 checked');
    const {el} = await render(html`<program-checklist></program-checklist>`);
    await setPageLanguage('es', 'es', el);
    expect(checklistProgress(1234, 12345)).to.equal('Marcados: 1234 de 12.345');
  });

  it('ticks a box from the keyboard: Tab to it, Space ticks it, the event tells what is checked', async () => {
    // Without the "Print a handout" button, which comes first in the tab order.
    const {el} = await render(html`<program-checklist handout="off"></program-checklist>`);
    (document.activeElement as HTMLElement | null)?.blur();
    // The page note's Call 988 and Text 988 links come first.
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(root(el).activeElement).to.equal(box(el, 'visit'));
    let event = oneEvent(el, 'iop-checklist-change');
    await sendKeys({press: 'Space'});
    let fired = (await event) as CustomEvent<Detail>;
    expect(fired.detail).to.deep.equal({checked: ['visit'], total: 6});
    expect(fired.bubbles).to.be.true;
    expect(fired.composed).to.be.true;
    expect(box(el, 'visit').checked).to.be.true;
    await sendKeys({press: 'Tab'});
    expect(root(el).activeElement).to.equal(box(el, 'licensed'));
    event = oneEvent(el, 'iop-checklist-change');
    await sendKeys({press: 'Space'});
    fired = (await event) as CustomEvent<Detail>;
    expect(fired.detail).to.deep.equal({checked: ['visit', 'licensed'], total: 6});
    await elementUpdated(el);
    expect(textOf(progress(el))).to.equal('2 of 6 checked');
    event = oneEvent(el, 'iop-checklist-change');
    await sendKeys({press: 'Space'});
    fired = (await event) as CustomEvent<Detail>;
    expect(fired.detail).to.deep.equal({checked: ['visit'], total: 6});
  });

  it('reports checked ids in display order, whatever order they were ticked in', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    const details: Detail[] = [];
    document.addEventListener('iop-checklist-change', (e) => details.push((e as CustomEvent<Detail>).detail));
    await tick(el, 'needs-met');
    await tick(el, 'licensed');
    await tick(el, 'visit');
    expect(details.at(-1)).to.deep.equal({checked: ['visit', 'licensed', 'needs-met'], total: 6});
    expect(details).to.have.length(3);
    expect(el.checkedIds).to.deep.equal(['visit', 'licensed', 'needs-met']);
  });

  it('clears every tick with the reset button, fires the event and keeps focus on the button', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    const button = resetButton(el);
    expect(button.getAttribute('type')).to.equal('button');
    expect(textOf(button)).to.equal('Clear all checks');
    expect(button.disabled).to.be.false;
    await tick(el, 'visit');
    await tick(el, 'individual-plan');
    button.focus();
    const event = oneEvent(el, 'iop-checklist-change');
    await sendKeys({press: 'Enter'});
    const fired = (await event) as CustomEvent<Detail>;
    expect(fired.detail).to.deep.equal({checked: [], total: 6});
    await elementUpdated(el);
    expect(ticked(el)).to.deep.equal([]);
    expect(textOf(progress(el))).to.equal('0 of 6 checked');
    expect(root(el).activeElement).to.equal(button);
    expect(button.disabled).to.be.false;
  });

  it('does nothing and fires nothing when reset with no ticks', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    let count = 0;
    el.addEventListener('iop-checklist-change', () => count++);
    resetButton(el).click();
    el.reset();
    await elementUpdated(el);
    expect(count).to.equal(0);
  });

  it('clears ticks with reset() and exposes checkedIds as a copy', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    await tick(el, 'licensed');
    const ids = el.checkedIds;
    ids.push('visit');
    expect(el.checkedIds).to.deep.equal(['licensed']);
    const event = oneEvent(el, 'iop-checklist-change');
    el.reset();
    expect(((await event) as CustomEvent<Detail>).detail).to.deep.equal({checked: [], total: 6});
    await elementUpdated(el);
    expect(ticked(el)).to.deep.equal([]);
    expect(el.checkedIds).to.deep.equal([]);
  });

  it('uses the heading level it is given', async () => {
    const {el, warnings} = await render(html`<program-checklist heading-level="4"></program-checklist>`);
    expect(root(el).querySelector('h4')).to.exist;
    expect(root(el).querySelector('h2')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('clamps a bad heading-level with one warning', async () => {
    const {el, warnings} = await render(html`<program-checklist heading-level="nine"></program-checklist>`);
    expect(root(el).querySelector('h2')).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <program-checklist> heading-level:/);
  });

  it('shows only the included items, in that order, and counts only those', async () => {
    const {el, warnings} = await render(html`<program-checklist include="needs-met visit"></program-checklist>`);
    expect(titles(el)).to.deep.equal(['Make sure it meets your needs', 'Visit before you decide']);
    expect(textOf(progress(el))).to.equal('0 of 2 checked');
    const event = oneEvent(el, 'iop-checklist-change');
    box(el, 'visit').click();
    expect(((await event) as CustomEvent<Detail>).detail).to.deep.equal({checked: ['visit'], total: 2});
    expect(warnings).to.deep.equal([]);
  });

  it('warns once about unknown include ids and keeps the known ones', async () => {
    const {el, warnings} = await render(html`<program-checklist include="visit price"></program-checklist>`);
    expect(titles(el)).to.deep.equal(['Visit before you decide']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<program-checklist> include:').and.contain('"price"');
  });

  it('appends a clinic’s own items with ids custom-1, custom-2', async () => {
    const items = JSON.stringify([
      {label: 'Ask about evening sessions', description: 'Find out if the times fit your work.'},
      {label: 'Ask about cost'},
    ]);
    const {el, warnings} = await render(html`<program-checklist include="visit" items=${items}></program-checklist>`);
    expect(titles(el)).to.deep.equal(['Visit before you decide', 'Ask about evening sessions', 'Ask about cost']);
    const custom = [...root(el).querySelectorAll('[part~="custom-item"]')];
    expect(custom.map((li) => li.getAttribute('data-id'))).to.deep.equal(['custom-1', 'custom-2']);
    const first = box(el, 'custom-1');
    expect(textOf(root(el).getElementById(first.getAttribute('aria-describedby')!))).to.equal(
      'Find out if the times fit your work.',
    );
    expect(box(el, 'custom-2').hasAttribute('aria-describedby')).to.be.false;
    const event = oneEvent(el, 'iop-checklist-change');
    box(el, 'custom-2').click();
    expect(((await event) as CustomEvent<Detail>).detail).to.deep.equal({checked: ['custom-2'], total: 3});
    expect(warnings).to.deep.equal([]);
  });

  it('accepts include and items as properties', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    el.include = ['licensed'];
    el.items = [{label: 'Ask about childcare'}];
    await elementUpdated(el);
    expect(titles(el)).to.deep.equal(['Check that it is licensed', 'Ask about childcare']);
  });

  it('renders clinic text as text, never as HTML', async () => {
    const items = JSON.stringify([{label: '<img src=x onerror="window.__pwned=1">', description: '<b>bold</b>'}]);
    const {el} = await render(html`<program-checklist items=${items}></program-checklist>`);
    expect(root(el).querySelector('img, b')).to.be.null;
    expect(titles(el).at(-1)).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as {__pwned?: number}).__pwned).to.be.undefined;
  });

  for (const [name, value] of [['malformed JSON', '[{"label": "x"'], ['an object', '{"label": "x"}']]) {
    it(`warns once and shows the defaults for items with ${name}`, async () => {
      const {el, warnings} = await render(html`<program-checklist items=${value}></program-checklist>`);
      expect(titles(el)).to.deep.equal(englishTitles);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <program-checklist> items:/);
    });
  }

  it('has checkboxes of at least 24×24 px, in narrow and wide containers', async () => {
    for (const width of ['280px', '900px']) {
      const {el} = await render(html`<program-checklist></program-checklist>`, inWidth(width));
      for (const input of [...boxes(el), resetButton(el)]) {
        const rect = input.getBoundingClientRect();
        expect(rect.width, width).to.be.at.least(24);
        expect(rect.height, width).to.be.at.least(24);
      }
    }
  });

  it('gives the reset button the full width only in a narrow container', async () => {
    const {el: narrow} = await render(html`<program-checklist></program-checklist>`, inWidth('300px'));
    const {el: wide} = await render(html`<program-checklist></program-checklist>`, inWidth('900px'));
    expect(resetButton(narrow).getBoundingClientRect().width).to.be.closeTo(300, 1);
    expect(resetButton(wide).getBoundingClientRect().width).to.be.lessThan(400);
  });

  it('prints empty boxes and hides the progress line and the reset button', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    await tick(el, 'licensed');
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(resetButton(el)).display).to.equal('none');
    expect(getComputedStyle(progress(el)).display).to.equal('none');
    const on = box(el, 'licensed');
    const off = box(el, 'visit');
    expect(on.checked).to.be.true;
    for (const input of [on, off]) {
      const style = getComputedStyle(input);
      expect(style.appearance).to.equal('none');
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(input.getBoundingClientRect().width).to.be.at.least(16);
    }
    const look = (input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      return [style.backgroundColor, style.backgroundImage, style.borderColor, style.content].join('|');
    };
    expect(look(on)).to.equal(look(off));
    await emulateMedia({media: 'screen'});
    expect(getComputedStyle(on).appearance).to.not.equal('none');
    expect(getComputedStyle(resetButton(el)).display).to.not.equal('none');
  });

  it('asks about medicines and the state licensing agency, with the source of the medicine facts', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    const help = (id: string) => textOf(root(el).getElementById(`help-${id}`));
    expect(titles(el)).to.include('Ask about medicines');
    expect(help('medicines')).to.equal(
      'Medicines can ease withdrawal and cravings for alcohol or opioid use disorder. Ask if the program offers them or helps you get them.',
    );
    expect(help('licensed')).to.contain('state’s licensing agency').and.contain('FindTreatment.gov');
    const sources = root(el).querySelector('[part~="sources"]')!;
    expect(sources.querySelector('a')!.getAttribute('href')).to.equal('https://www.samhsa.gov/substance-use/treatment/options');
    const without = await fixture<ProgramChecklist>(html`<program-checklist include="visit licensed"></program-checklist>`);
    expect(Boolean(root(without).querySelector('[part~="sources"]')), 'sources without the medicines step').to.equal(false);
  });

  it('follows <html lang> into Spanish and back, live', async () => {
    const {el} = await render(html`<program-checklist></program-checklist>`);
    await tick(el, 'visit');
    await setPageLanguage('es', 'es', el);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Lista para elegir un programa');
    expect(titles(el)[0]).to.equal('Visítelo antes de decidir');
    expect(textOf(progress(el))).to.equal('Marcados: 1 de 6');
    expect(textOf(resetButton(el))).to.equal('Borre todas las marcas');
    expect(box(el, 'visit').checked).to.be.true;
    await setPageLanguage('en', 'en', el);
    expect(titles(el)).to.deep.equal(englishTitles);
  });

  it('passes axe in English, narrow and wide, with and without ticks', async () => {
    for (const width of ['300px', '900px']) {
      const {el} = await render(html`<program-checklist disclaimer></program-checklist>`, inWidth(width));
      await expect(el).to.be.accessible();
      await tick(el, 'visit');
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const {el: wide} = await render(html`<program-checklist></program-checklist>`, inWidth('900px'));
    const {el: narrow} = await render(
      html`<program-checklist items='[{"label": "Pregunte por el horario"}]'></program-checklist>`,
      inWidth('300px'),
    );
    await setPageLanguage('es', 'es', wide);
    await elementUpdated(narrow);
    await expect(wide).to.be.accessible();
    await expect(narrow).to.be.accessible();
  });

  it('shows the not-medical-advice note only when asked', async () => {
    const {el: plain} = await render(html`<program-checklist></program-checklist>`);
    await settle();
    expect(Boolean(root(plain).querySelector('[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    const {el} = await render(html`<program-checklist disclaimer></program-checklist>`);
    expect(textOf(root(el).querySelector('[part~="disclaimer"]'))).to.contain('not medical advice');
  });
});

describe('<program-checklist> storage', () => {
  afterEach(clearStorage);

  it('stores nothing anywhere without persist', async () => {
    const before = {local: {...localStorage}, session: {...sessionStorage}, cookie: document.cookie};
    const calls: string[] = [];
    const proto = Storage.prototype;
    const originals = {getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem};
    for (const name of Object.keys(originals) as Array<keyof typeof originals>) {
      (proto as unknown as Record<string, unknown>)[name] = function (this: Storage, ...args: unknown[]) {
        calls.push(name);
        return (originals[name] as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
    try {
      const {el} = await render(html`<program-checklist id="clinic" storage-key="intake"></program-checklist>`);
      await tick(el, 'visit');
      await tick(el, 'licensed');
      el.reset();
      await tick(el, 'needs-met');
      el.id = 'other';
      el.remove();
      await render(html`<program-checklist storage-key="intake"></program-checklist>`);
    } finally {
      Object.assign(proto, originals);
    }
    expect(calls).to.deep.equal([]);
    expect({local: {...localStorage}, session: {...sessionStorage}, cookie: document.cookie}).to.deep.equal(before);
  });

  it('restores ticks after a “reload” with the same storage-key', async () => {
    const {el} = await render(html`<program-checklist persist storage-key="intake"></program-checklist>`);
    await tick(el, 'needs-met');
    await tick(el, 'visit');
    expect(JSON.parse(stored('intake')!)).to.deep.equal({version: 1, checked: ['visit', 'needs-met']});
    el.remove();
    let count = 0;
    document.addEventListener('iop-checklist-change', () => count++, {once: true});
    const {el: again, warnings} = await render(html`<program-checklist persist storage-key="intake"></program-checklist>`);
    expect(ticked(again)).to.deep.equal(['visit', 'needs-met']);
    expect(again.checkedIds).to.deep.equal(['visit', 'needs-met']);
    expect(textOf(progress(again))).to.equal('2 of 6 checked');
    expect(count).to.equal(0);
    expect(warnings).to.deep.equal([]);
  });

  it('keys by id when there is no storage-key, else by "default"', async () => {
    const {el: byId} = await render(html`<program-checklist persist id="intake-list"></program-checklist>`);
    await tick(byId, 'licensed');
    expect(stored('intake-list')).to.equal('{"version":1,"checked":["licensed"]}');
    const {el: plain} = await render(html`<program-checklist persist></program-checklist>`);
    await tick(plain, 'visit');
    expect(stored('default')).to.equal('{"version":1,"checked":["visit"]}');
  });

  it('keeps two checklists with different keys apart', async () => {
    const {el: a} = await render(html`<program-checklist persist storage-key="a"></program-checklist>`);
    const {el: b} = await render(html`<program-checklist persist storage-key="b"></program-checklist>`);
    await tick(a, 'visit');
    await tick(b, 'needs-met');
    const {el: a2} = await render(html`<program-checklist persist storage-key="a"></program-checklist>`);
    const {el: b2} = await render(html`<program-checklist persist storage-key="b"></program-checklist>`);
    expect(ticked(a2)).to.deep.equal(['visit']);
    expect(ticked(b2)).to.deep.equal(['needs-met']);
  });

  it('re-reads storage when the key changes', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}two`, '{"version":1,"checked":["licensed"]}');
    const {el} = await render(html`<program-checklist persist id="one"></program-checklist>`);
    expect(ticked(el)).to.deep.equal([]);
    el.id = 'two';
    await elementUpdated(el);
    expect(ticked(el)).to.deep.equal(['licensed']);
    el.storageKey = 'one';
    await elementUpdated(el);
    expect(ticked(el)).to.deep.equal(['licensed']);
    expect(stored('one')).to.equal('{"version":1,"checked":["licensed"]}');
  });

  it('keeps stored ids that this checklist does not show (another page may show them)', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}k`, '{"version":1,"checked":["visit","bogus","needs-met"]}');
    const {el, warnings} = await render(html`<program-checklist persist storage-key="k" include="visit licensed"></program-checklist>`);
    expect(ticked(el)).to.deep.equal(['visit']);
    expect(warnings).to.deep.equal([]);
    await tick(el, 'licensed');
    expect(stored('k')).to.equal('{"version":1,"checked":["visit","licensed","bogus","needs-met"]}');
  });

  it('removes the stored ticks when nothing is checked and when persist is turned off', async () => {
    const {el} = await render(html`<program-checklist persist storage-key="k"></program-checklist>`);
    await tick(el, 'visit');
    el.reset();
    expect(stored('k')).to.be.null;
    await tick(el, 'licensed');
    expect(stored('k')).to.not.be.null;
    el.persist = false;
    await elementUpdated(el);
    expect(stored('k')).to.be.null;
    expect(ticked(el)).to.deep.equal(['licensed']);
    await tick(el, 'visit');
    expect(stored('k')).to.be.null;
    el.persist = true;
    await elementUpdated(el);
    expect(stored('k')).to.equal('{"version":1,"checked":["visit","licensed"]}');
  });

  const corrupted: Array<[string, string]> = [
    ['not JSON', '{"version":1,"checked":["visit"'],
    ['an array', '["visit"]'],
    ['a string list', '{"version":1,"checked":"visit"}'],
    ['numbers', '{"version":1,"checked":[1,2]}'],
    ['no version', '{"checked":["visit"]}'],
    ['a foreign version', '{"version":2,"checked":["visit"]}'],
    ['null', 'null'],
  ];
  for (const [name, value] of corrupted) {
    it(`ignores a stored value that is ${name}, with one warning`, async () => {
      localStorage.setItem(`${STORAGE_PREFIX}bad`, value);
      const {el, warnings} = await render(html`<program-checklist persist storage-key="bad"></program-checklist>`);
      expect(ticked(el)).to.deep.equal([]);
      expect(textOf(progress(el))).to.equal('0 of 6 checked');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <program-checklist> persist: .*"iop-widgets:program-checklist:v1:bad"/);
      const later = await captureWarnings(async () => {
        el.requestUpdate();
        await elementUpdated(el);
        await tick(el, 'visit');
      });
      expect(later).to.deep.equal([]);
      expect(stored('bad')).to.equal('{"version":1,"checked":["visit"]}');
    });
  }

  it('keeps working in memory with one warning when storage throws', async () => {
    const proto = Storage.prototype;
    const originals = {getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem};
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.assign(proto, {getItem: fail, setItem: fail, removeItem: fail});
    let el!: ProgramChecklist;
    let fired: Detail | undefined;
    try {
      const first = await render(html`<program-checklist persist storage-key="q"></program-checklist>`);
      el = first.el;
      const later = await captureWarnings(async () => {
        el.addEventListener('iop-checklist-change', (e) => (fired = (e as CustomEvent<Detail>).detail));
        await tick(el, 'visit');
        await tick(el, 'licensed');
        el.reset();
        el.persist = false;
        await elementUpdated(el);
      });
      expect(first.warnings).to.have.length(1);
      expect(first.warnings[0]).to.match(/^\[iop-widgets\] <program-checklist> persist: could not use localStorage/);
      expect(later).to.deep.equal([]);
    } finally {
      Object.assign(proto, originals);
    }
    expect(fired).to.deep.equal({checked: [], total: 6});
    await tick(el, 'needs-met');
    expect(ticked(el)).to.deep.equal(['needs-met']);
    expect(stored('q')).to.be.null;
  });

  it('keeps working when the localStorage getter itself throws', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const {el, warnings} = await render(html`<program-checklist persist></program-checklist>`);
      const later = await captureWarnings(() => tick(el, 'visit'));
      expect(ticked(el)).to.deep.equal(['visit']);
      expect(textOf(progress(el))).to.equal('1 of 6 checked');
      expect(warnings).to.have.length(1);
      expect(later).to.deep.equal([]);
      expect(warnings[0]).to.contain('SecurityError');
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as unknown as Record<string, unknown>)['localStorage'];
    }
    expect(() => localStorage.length).to.not.throw();
  });

  for (const value of ['', 'has space', 'x'.repeat(65), 'ünïcode']) {
    it(`warns once about storage-key="${value.slice(0, 12)}" and falls back to the id`, async () => {
      const {el, warnings} = await render(html`<program-checklist persist id="fallback" storage-key=${value}></program-checklist>`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <program-checklist> storage-key:/);
      await tick(el, 'visit');
      expect(stored('fallback')).to.equal('{"version":1,"checked":["visit"]}');
    });
  }

  it('draws its checkboxes in the page text colour and the accent (dark pages too)', async () => {
    const box = inWidth('600px');
    box.style.background = '#111';
    box.style.color = 'rgb(238, 238, 238)';
    const el = await fixture<HTMLElement>(html`<program-checklist></program-checklist>`, {parentNode: box});
    const checkbox = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(getComputedStyle(checkbox).color).to.equal('rgb(238, 238, 238)');
    // The ticks take the accent, which is mixed light on a dark page: at least 3:1 on #111.
    expect(contrast(srgb(getComputedStyle(checkbox).accentColor), [17, 17, 17])).to.be.at.least(3);
  });
});
