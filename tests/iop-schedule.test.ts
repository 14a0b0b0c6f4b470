import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-schedule/iop-schedule.js';
import type {IopSchedule} from '../components/iop-schedule/iop-schedule.component.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishFacts = [
  'A typical program lasts about 12 weeks.',
  'A typical week has about 10 to 12 hours of treatment.',
  'Sessions may be during the day or in the evening. You may be able to choose the time that fits your work and home life.',
  'For example, your sessions might be on 3 days a week. Each program sets its own days and times.',
  'Many programs let you add weeks or extra sessions if you need them. How long you stay is not fixed. It depends on how you are doing. Ask how often the program checks on your progress, and what continuing care it offers after the IOP.',
];

const root = (el: IopSchedule) => el.shadowRoot!;
const all = (el: IopSchedule, selector: string) => [...root(el).querySelectorAll(selector)];
const facts = (el: IopSchedule) => all(el, '[part~="fact"]').map(textOf);
const picture = (el: IopSchedule) => root(el).querySelector('[part~="picture"]')!;
/** The numbers written in the week boxes ("…" for the gap), without the "more" box. */
const weekBoxes = (el: IopSchedule) => all(el, '[part~="week"]:not([part~="more"])').map(textOf);
const sessions = (el: IopSchedule, track: string) => all(el, `[part~="session"][part~="${track}"]`).length;

async function render(markup: ReturnType<typeof html>, parentNode?: Element): Promise<{el: IopSchedule; warnings: string[]}> {
  let el!: IopSchedule;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopSchedule>(markup, parentNode ? {parentNode} : undefined);
  });
  return {el, warnings};
}

describe('<iop-schedule>', () => {
  afterEach(resetLanguage);

  it('renders a heading, a picture and the same facts as a list of sentences', async () => {
    const {el, warnings} = await render(html`<iop-schedule></iop-schedule>`);
    expect(textOf(root(el).querySelector('h2'))).to.equal('What a typical IOP schedule looks like');
    expect(textOf(root(el).querySelector('[part~="intro"]'))).to.contain('several times a week');
    const list = root(el).querySelector('ul[part~="facts"]')!;
    expect(list).to.exist;
    expect(list.querySelectorAll(':scope > li')).to.have.length(5);
    expect(facts(el)).to.deep.equal(englishFacts);
    expect(weekBoxes(el)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(all(el, '[part~="week"][part~="more"]')).to.have.length(1);
    expect(textOf(root(el).querySelector('[part~="hours"]'))).to.equal('10–12 hours a week');
    expect(all(el, '.weekday .wide').map(textOf)).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(sessions(el, 'day')).to.equal(3);
    expect(sessions(el, 'evening')).to.equal(3);
    expect(textOf(root(el).querySelector('.or'))).to.equal('or');
    expect(warnings).to.deep.equal([]);
  });

  it('hides the picture from screen readers and keeps every fact in the text', async () => {
    const {el} = await render(html`<iop-schedule weeks="8" hours="9-11"></iop-schedule>`);
    expect(picture(el).getAttribute('aria-hidden')).to.equal('true');
    for (const svg of all(el, 'svg')) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
    }
    // Nothing outside the picture is hidden, and the picture holds nothing focusable.
    expect(all(el, '[aria-hidden="true"]').filter((node) => !picture(el).contains(node) && node.localName !== 'svg')).to.deep.equal([]);
    expect(picture(el).querySelector('a, button, input, [tabindex]')).to.be.null;
    // What the picture shows, the list says: length, hours, tracks, example week, more weeks.
    const text = facts(el).join(' ');
    expect(weekBoxes(el)).to.have.length(8);
    expect(text).to.contain('about 8 weeks');
    expect(textOf(root(el).querySelector('[part~="hours"]'))).to.equal('9–11 hours a week');
    expect(text).to.contain('about 9 to 11 hours');
    expect(text).to.contain('during the day or in the evening');
    expect(sessions(el, 'day')).to.equal(3);
    expect(text).to.contain('on 3 days a week');
    expect(text).to.contain('add weeks or extra sessions');
  });

  it('uses the heading level it is given, with one warning for a bad one', async () => {
    const {el, warnings} = await render(html`<iop-schedule heading-level="4"></iop-schedule>`);
    expect(root(el).querySelector('h4')).to.exist;
    expect(warnings).to.deep.equal([]);
    const bad = await render(html`<iop-schedule heading-level="9"></iop-schedule>`);
    expect(root(bad.el).querySelector('h6')).to.exist;
    expect(bad.warnings).to.have.length(1);
    expect(bad.warnings[0]).to.match(/^\[iop-widgets\] <iop-schedule> heading-level:/);
  });

  describe('weeks', () => {
    it('draws one box per week and says the number', async () => {
      const {el, warnings} = await render(html`<iop-schedule weeks="6"></iop-schedule>`);
      expect(weekBoxes(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(facts(el)[0]).to.equal('A typical program lasts about 6 weeks.');
      expect(warnings).to.deep.equal([]);
    });

    it('uses the singular for one week', async () => {
      const {el} = await render(html`<iop-schedule weeks="1"></iop-schedule>`);
      expect(weekBoxes(el)).to.deep.equal(['1']);
      expect(facts(el)[0]).to.equal('A typical program lasts about 1 week.');
    });

    it('shortens a long program to the first weeks, a gap and the last week', async () => {
      const {el, warnings} = await render(html`<iop-schedule weeks="52"></iop-schedule>`);
      const boxes = weekBoxes(el);
      expect(boxes).to.have.length(16);
      expect(boxes.slice(0, 3)).to.deep.equal(['1', '2', '3']);
      expect(boxes.slice(-2)).to.deep.equal(['…', '52']);
      expect(facts(el)[0]).to.equal('A typical program lasts about 52 weeks.');
      expect(warnings).to.deep.equal([]);
    });

    it('accepts a number property and re-renders', async () => {
      const {el} = await render(html`<iop-schedule></iop-schedule>`);
      el.weeks = 10;
      await elementUpdated(el);
      expect(weekBoxes(el)).to.have.length(10);
      expect(facts(el)[0]).to.contain('about 10 weeks');
    });

    for (const value of ['abc', '0', '-3', '53', '1000', '12.5', '1e1', '<b>5</b>']) {
      it(`warns once and uses 12 for weeks="${value}"`, async () => {
        const {el, warnings} = await render(html`<iop-schedule weeks=${value}></iop-schedule>`);
        expect(weekBoxes(el)).to.have.length(12);
        expect(facts(el)[0]).to.equal(englishFacts[0]);
        expect(root(el).querySelector('b')).to.be.null;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-schedule> weeks: /);
        expect(warnings[0]).to.contain('using 12');
      });
    }

    it('warns once for a bad property value too', async () => {
      const {el} = await render(html`<iop-schedule></iop-schedule>`);
      const warnings = await captureWarnings(async () => {
        el.weeks = Number.NaN;
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<iop-schedule> weeks:');
      expect(weekBoxes(el)).to.have.length(12);
    });
  });

  describe('hours', () => {
    const cases: Array<[string, string, string]> = [
      ['9-12', '9–12 hours a week', 'A typical week has about 9 to 12 hours of treatment.'],
      ['9–12', '9–12 hours a week', 'A typical week has about 9 to 12 hours of treatment.'],
      [' 9 – 12 ', '9–12 hours a week', 'A typical week has about 9 to 12 hours of treatment.'],
      ['10', '10 hours a week', 'A typical week has about 10 hours of treatment.'],
      ['12-12', '12 hours a week', 'A typical week has about 12 hours of treatment.'],
      ['1', '1 hour a week', 'A typical week has about 1 hour of treatment.'],
      ['7.5-9', '7.5–9 hours a week', 'A typical week has about 7.5 to 9 hours of treatment.'],
    ];
    for (const [value, label, sentence] of cases) {
      it(`accepts hours="${value}"`, async () => {
        const {el, warnings} = await render(html`<iop-schedule hours=${value}></iop-schedule>`);
        expect(textOf(root(el).querySelector('[part~="hours"]'))).to.equal(label);
        expect(facts(el)[1]).to.equal(sentence);
        // Hours outside 9–19 a week are not an adult IOP: one warning for the clinic.
        const outside = ['1', '7.5-9'].includes(value);
        expect(warnings).to.have.length(outside ? 1 : 0);
        if (outside) expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-schedule> hours: is outside 9–19 a week/);
      });
    }

    for (const value of ['4', '7.5-9', '16-20', '25']) {
      it(`warns readers and does not say "typical IOP" for hours="${value}" (outside 9–19)`, async () => {
        const {el} = await render(html`<iop-schedule hours=${value}></iop-schedule>`);
        expect(textOf(root(el).querySelector('h2'))).to.equal('What this program’s schedule looks like');
        const warning = root(el).querySelector('[part~="warning"]')!;
        expect(warning.getAttribute('role')).to.equal('note');
        expect(textOf(warning)).to.equal(
          'For adults, an IOP has 9 to 19 hours of treatment a week. These hours are outside that range, so this may be a different level of care.',
        );
      });
    }

    for (const value of ['9', '9-19', '10-12', '19']) {
      it(`shows no warning and keeps "typical IOP" for hours="${value}"`, async () => {
        const {el, warnings} = await render(html`<iop-schedule hours=${value}></iop-schedule>`);
        expect(textOf(root(el).querySelector('h2'))).to.equal('What a typical IOP schedule looks like');
        expect(Boolean(root(el).querySelector('[part~="warning"]')), 'warning shown').to.equal(false);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('moves the warning with the hours, and shows it in Spanish', async () => {
      const {el} = await render(html`<iop-schedule hours="10"></iop-schedule>`);
      el.hours = '20-25';
      await elementUpdated(el);
      expect(Boolean(root(el).querySelector('[part~="warning"]')), 'warning shown').to.equal(true);
      await setPageLanguage('es', 'es', el);
      expect(textOf(root(el).querySelector('[part~="warning"]'))).to.contain('Para adultos, un IOP tiene de 9 a 19 horas');
      expect(textOf(root(el).querySelector('h2'))).to.equal('Cómo es el horario de este programa');
      el.hours = '12';
      await elementUpdated(el);
      expect(Boolean(root(el).querySelector('[part~="warning"]')), 'warning shown').to.equal(false);
    });

    it('shows fewer example days for few hours and more for many', async () => {
      const few = await render(html`<iop-schedule hours="4"></iop-schedule>`);
      expect(sessions(few.el, 'day')).to.equal(1);
      expect(facts(few.el)[3]).to.contain('on 1 day a week.');
      const many = await render(html`<iop-schedule hours="16-20"></iop-schedule>`);
      expect(sessions(many.el, 'evening')).to.equal(5);
      expect(facts(many.el)[3]).to.contain('on 5 days a week.');
    });

    it('accepts a number property', async () => {
      const {el} = await render(html`<iop-schedule></iop-schedule>`);
      el.hours = 15;
      await elementUpdated(el);
      expect(facts(el)[1]).to.equal('A typical week has about 15 hours of treatment.');
    });

    for (const value of ['abc', '0', '-5', '41', '12-9', '5-50', '0-10', '10-', 'ten', '9 to 12', '9--12']) {
      it(`warns once and uses 10–12 for hours="${value}"`, async () => {
        const {el, warnings} = await render(html`<iop-schedule hours=${value}></iop-schedule>`);
        expect(textOf(root(el).querySelector('[part~="hours"]'))).to.equal('10–12 hours a week');
        expect(facts(el)[1]).to.equal(englishFacts[1]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-schedule> hours: /);
        expect(warnings[0]).to.contain('using 10–12');
      });
    }
  });

  describe('tracks', () => {
    it('shows only the day track', async () => {
      const {el, warnings} = await render(html`<iop-schedule tracks="day"></iop-schedule>`);
      expect(sessions(el, 'day')).to.equal(3);
      expect(sessions(el, 'evening')).to.equal(0);
      expect(root(el).querySelector('.or')).to.be.null;
      expect(facts(el)[2]).to.equal('Sessions take place during the day.');
      expect(warnings).to.deep.equal([]);
    });

    it('shows only the evening track', async () => {
      const {el} = await render(html`<iop-schedule tracks="evening"></iop-schedule>`);
      expect(sessions(el, 'day')).to.equal(0);
      expect(sessions(el, 'evening')).to.equal(3);
      expect(facts(el)[2]).to.contain('in the evening');
    });

    it('shows both tracks, day first, whatever the order or separators', async () => {
      const {el, warnings} = await render(html`<iop-schedule tracks="evening, day"></iop-schedule>`);
      expect(all(el, '.track').map(textOf)).to.deep.equal(['Day', 'Evening']);
      expect(facts(el)[2]).to.equal(englishFacts[2]);
      expect(warnings).to.deep.equal([]);
    });

    it('drops unknown words with one warning', async () => {
      const {el, warnings} = await render(html`<iop-schedule tracks="day weekend brunch"></iop-schedule>`);
      expect(sessions(el, 'day')).to.equal(3);
      expect(sessions(el, 'evening')).to.equal(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-schedule> tracks: /);
      expect(warnings[0]).to.contain('"weekend"').and.contain('"brunch"');
    });

    it('falls back to both tracks with one warning when no word is valid', async () => {
      const {el, warnings} = await render(html`<iop-schedule tracks="night"></iop-schedule>`);
      expect(sessions(el, 'day')).to.equal(3);
      expect(sessions(el, 'evening')).to.equal(3);
      expect(facts(el)[2]).to.equal(englishFacts[2]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<iop-schedule> tracks:');
    });

    it('accepts an array property', async () => {
      const {el} = await render(html`<iop-schedule></iop-schedule>`);
      el.tracks = ['evening'];
      await elementUpdated(el);
      expect(sessions(el, 'day')).to.equal(0);
      expect(sessions(el, 'evening')).to.equal(3);
    });
  });

  it('follows <html lang> into Spanish and back, live', async () => {
    const {el} = await render(html`<iop-schedule></iop-schedule>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Cómo es el horario típico de un IOP');
    expect(facts(el)[0]).to.equal('Un programa típico dura unas 12 semanas.');
    expect(facts(el)[1]).to.equal('En una semana típica hay entre 10 y 12 horas de tratamiento, aproximadamente.');
    expect(facts(el)).to.have.length(5);
    expect(all(el, '.track').map(textOf)).to.deep.equal(['Día', 'Noche']);
    expect(textOf(all(el, '.weekday .wide')[0]).toLowerCase()).to.match(/^lun/);
    await setPageLanguage('en', 'en', el);
    expect(facts(el)).to.deep.equal(englishFacts);
    expect(textOf(all(el, '.weekday .wide')[0])).to.equal('Mon');
  });

  it('writes numbers, ranges and plurals the Spanish way', async () => {
    const {el} = await render(html`<iop-schedule weeks="1" hours="7.5-9"></iop-schedule>`);
    await setPageLanguage('es', 'es', el);
    expect(facts(el)[0]).to.equal('Un programa típico dura alrededor de 1 semana.');
    expect(facts(el)[1]).to.equal('En una semana típica hay entre 7,5 y 9 horas de tratamiento, aproximadamente.');
    expect(textOf(root(el).querySelector('[part~="hours"]'))).to.match(/^7,5\s?[-–]\s?9 horas por semana$/);
    expect(facts(el)[3]).to.contain('3 días a la semana');
    el.hours = '1';
    await elementUpdated(el);
    expect(facts(el)[1]).to.equal('En una semana típica hay alrededor de 1 hora de tratamiento.');
    expect(facts(el)[3]).to.contain('1 día a la semana');
  });

  it('keeps the picture inside a narrow container, even with 52 weeks', async () => {
    const {el} = await render(html`<iop-schedule weeks="52"></iop-schedule>`, inWidth('280px'));
    const base = root(el).querySelector('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(picture(el).scrollWidth).to.be.at.most(picture(el).clientWidth + 1);
  });

  it('inherits the host page font and text colour', async () => {
    const box = inWidth('600px');
    box.style.fontFamily = 'Georgia, serif';
    box.style.color = 'rgb(10, 20, 30)';
    const {el} = await render(html`<iop-schedule></iop-schedule>`, box);
    const fact = root(el).querySelector('[part~="fact"]')!;
    expect(getComputedStyle(fact).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(fact).color).to.equal('rgb(10, 20, 30)');
  });

  it('passes axe in English, narrow and wide', async () => {
    const narrow = await render(html`<iop-schedule></iop-schedule>`, inWidth('300px'));
    await expect(narrow.el).to.be.accessible();
    const wide = await render(html`<iop-schedule tracks="evening" weeks="30"></iop-schedule>`, inWidth('900px'));
    await expect(wide.el).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await render(html`<iop-schedule disclaimer></iop-schedule>`, inWidth('300px'));
    const wide = await render(html`<iop-schedule hours="9–12"></iop-schedule>`, inWidth('900px'));
    await setPageLanguage('es', 'es', narrow.el);
    await elementUpdated(wide.el);
    expect(facts(wide.el)[0]).to.contain('semanas');
    await expect(narrow.el).to.be.accessible();
    await expect(wide.el).to.be.accessible();
  });
});

describe('<iop-schedule disclaimer>', () => {
  afterEach(resetLanguage);

  it('shows the not-medical-advice note only when asked, in the page language', async () => {
    const plain = await fixture<IopSchedule>(html`<iop-schedule></iop-schedule>`);
    await settle();
    expect(Boolean(plain.shadowRoot!.querySelector('[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    const el = await fixture<IopSchedule>(html`<iop-schedule disclaimer></iop-schedule>`);
    const note = () => textOf(el.shadowRoot!.querySelector('[part~="disclaimer"]'));
    expect(note()).to.contain('not medical advice');
    await setPageLanguage('es', 'es', el);
    expect(note()).to.contain('No es un consejo médico');
  });

  it('uses narrow weekday names in a narrow container, so none is cut off', async () => {
    const narrow = await fixture<IopSchedule>(html`<iop-schedule></iop-schedule>`, {parentNode: inWidth('320px')});
    const wide = await fixture<IopSchedule>(html`<iop-schedule></iop-schedule>`, {parentNode: inWidth('900px')});
    const shown = (el: IopSchedule) =>
      all(el, '.weekday').map((day) => [...day.children].find((span) => getComputedStyle(span).display !== 'none')!.textContent);
    expect(shown(narrow)).to.deep.equal(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
    expect(shown(wide)).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    for (const day of all(narrow, '.weekday')) expect(day.scrollWidth).to.be.at.most(day.clientWidth + 1);
  });
});
