import {expect, fixture, html, elementUpdated, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../components/iop-faq/iop-faq.js';
import type {IopFaq} from '../components/iop-faq/iop-faq.component.js';
import {faqIds} from '../src/content/faq.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const englishQuestions = [
  'What is an IOP?',
  'How long does an IOP last, and how many hours a week?',
  'How is an IOP different from a PHP?',
  'Who is an IOP a good fit for?',
  'Are there medicines that help?',
  'How do I find an IOP near me?',
  'What should I check before I choose a program?',
];

const root = (el: IopFaq) => el.shadowRoot!;
const details = (el: IopFaq) => [...root(el).querySelectorAll('details')];
const questions = (el: IopFaq) => [...root(el).querySelectorAll('[part~="question"] span')].map(textOf);
const answers = (el: IopFaq) => [...root(el).querySelectorAll('[part~="answer"]')].map(textOf);
const ldScripts = (el: IopFaq) => [...el.querySelectorAll('script')];

interface FaqJsonLd {
  '@context': string;
  '@type': string;
  inLanguage: string;
  mainEntity: Array<{'@type': string; name: string; acceptedAnswer: {'@type': string; text: string}}>;
}

function jsonLd(el: IopFaq): FaqJsonLd {
  const scripts = ldScripts(el);
  expect(scripts, 'exactly one JSON-LD script').to.have.length(1);
  expect(scripts[0].type).to.equal('application/ld+json');
  return JSON.parse(scripts[0].textContent ?? '') as FaqJsonLd;
}

async function render(markup: ReturnType<typeof html>): Promise<{el: IopFaq; warnings: string[]}> {
  let el!: IopFaq;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopFaq>(markup);
  });
  return {el, warnings};
}

describe('<iop-faq>', () => {
  afterEach(resetLanguage);

  it('renders a heading and seven closed questions with plain answers', async () => {
    const {el, warnings} = await render(html`<iop-faq></iop-faq>`);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Common questions about IOPs');
    const items = details(el);
    expect(items).to.have.length(7);
    expect(items.map((d) => d.dataset['id'])).to.deep.equal([...faqIds]);
    expect(items.every((d) => !d.open)).to.be.true;
    expect(questions(el)).to.deep.equal(englishQuestions);
    for (const item of items) {
      expect(item.querySelector(':scope > summary')).to.exist;
    }
    expect(answers(el)[0]).to.contain('intensive outpatient program');
    expect(answers(el)[1]).to.contain('12 weeks').and.contain('10 to 12 hours').and.contain('not fixed');
    for (const answer of answers(el)) expect(answer.length).to.be.greaterThan(60);
    expect(ldScripts(el)).to.have.length(0);
    expect(warnings).to.deep.equal([]);
  });

  it('has a decorative marker and question targets at least 24px tall', async () => {
    const {el} = await render(html`<iop-faq></iop-faq>`);
    const markers = root(el).querySelectorAll('svg[part~="marker"]');
    expect(markers).to.have.length(7);
    for (const svg of markers) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
    }
    for (const summary of root(el).querySelectorAll('summary')) {
      expect(summary.getBoundingClientRect().height).to.be.at.least(24);
    }
  });

  it('turns the marker when a question opens', async () => {
    const {el} = await render(html`<iop-faq></iop-faq>`);
    const marker = root(el).querySelector('[part~="marker"]')!;
    expect(getComputedStyle(marker).transform).to.equal('none');
    details(el)[0].open = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(getComputedStyle(marker).transform).not.to.equal('none');
  });

  it('limits the outcome claim, puts the level-of-care check next to "no detox", and names its sources', async () => {
    const {el} = await render(html`<iop-faq></iop-faq>`);
    const suits = textOf(root(el).querySelector('[data-id="who-it-suits"] [part~="answer"]'));
    expect(suits).to.contain('do not need medical detox');
    expect(suits).to.contain('The program or a doctor checks first which level of care is safe for you.');
    expect(suits).to.contain('Stopping some substances all at once can be dangerous.');
    expect(suits).to.contain('For people an IOP suits, results are like those of residential care.');
    expect(suits).not.to.contain('You also need');
    const medicines = textOf(root(el).querySelector('[data-id="medicines"] [part~="answer"]'));
    expect(medicines).to.contain('alcohol use disorder and opioid use disorder');
    expect(medicines).to.contain('Ask if the program offers them or helps you get them.');
    const check = textOf(root(el).querySelector('[data-id="what-to-check"] [part~="answer"]'));
    expect(check).to.contain('state’s licensing agency').and.contain('FindTreatment.gov');
    const sources = root(el).querySelector('[part~="sources"]')!;
    expect(textOf(sources)).to.match(/^Sources: SAMHSA Advisory/);
    expect([...sources.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://store.samhsa.gov/product/advisory-clinical-issues-intensive-outpatient-treatment-substance-use-disorders/pep20-02-01-021',
      'https://doi.org/10.1176/appi.ps.201300249',
      'https://www.samhsa.gov/substance-use/treatment/options',
    ]);
  });

  it('opens and closes a question with the keyboard (Tab, Enter, Space)', async () => {
    const {el} = await render(html`<iop-faq></iop-faq>`);
    const [first, second] = details(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    // The page note comes first (Call 988, Text 988), then the questions.
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(root(el).activeElement).to.equal(first.querySelector('summary'));
    await sendKeys({press: 'Enter'});
    expect(first.open).to.be.true;
    await sendKeys({press: 'Enter'});
    expect(first.open).to.be.false;
    await sendKeys({press: 'Tab'});
    expect(root(el).activeElement).to.equal(second.querySelector('summary'));
    await sendKeys({press: 'Space'});
    expect(second.open).to.be.true;
    before.remove();
  });

  it('fires iop-faq-toggle with the question id', async () => {
    const {el} = await render(html`<iop-faq></iop-faq>`);
    const event = oneEvent(el, 'iop-faq-toggle');
    root(el).querySelectorAll('summary')[2].click();
    const {detail, bubbles, composed} = (await event) as CustomEvent<{id: string; open: boolean}>;
    expect(detail).to.deep.equal({id: 'iop-vs-php', open: true});
    expect(bubbles && composed).to.be.true;
  });

  it('opens every answer with expanded, closes them when it goes, and keeps reader choices', async () => {
    const {el} = await render(html`<iop-faq expanded></iop-faq>`);
    expect(details(el).every((d) => d.open)).to.be.true;
    details(el)[1].open = false;
    el.disclaimer = true;
    await elementUpdated(el);
    expect(details(el)[1].open, 'a re-render keeps what the reader closed').to.be.false;
    el.expanded = false;
    await elementUpdated(el);
    expect(details(el).some((d) => d.open)).to.be.false;
  });

  it('uses the heading level it is given', async () => {
    const {el, warnings} = await render(html`<iop-faq heading-level="3"></iop-faq>`);
    expect(root(el).querySelector('h3')).to.exist;
    expect(root(el).querySelector('h2')).to.be.null;
    expect(warnings).to.deep.equal([]);
  });

  it('clamps a bad heading-level with one warning', async () => {
    const {el, warnings} = await render(html`<iop-faq heading-level="banana"></iop-faq>`);
    expect(root(el).querySelector('h2')).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-faq> heading-level:/);
  });

  it('shows only the included questions, in the order given', async () => {
    const {el, warnings} = await render(html`<iop-faq include="how-to-find what-is-iop"></iop-faq>`);
    expect(questions(el)).to.deep.equal([englishQuestions[5], englishQuestions[0]]);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once about unknown include ids and keeps the known ones', async () => {
    const {el, warnings} = await render(html`<iop-faq include="how-long cost"></iop-faq>`);
    expect(questions(el)).to.deep.equal([englishQuestions[1]]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iop-faq> include:').and.contain('"cost"');
  });

  it('appends a clinic’s own questions with their answers', async () => {
    const items = JSON.stringify([{label: 'Do you offer evening groups?', description: 'Yes, on weekdays from 6 to 9 pm.'}]);
    const {el, warnings} = await render(html`<iop-faq include="what-is-iop" items=${items}></iop-faq>`);
    expect(questions(el)).to.deep.equal([englishQuestions[0], 'Do you offer evening groups?']);
    expect(answers(el)[1]).to.equal('Yes, on weekdays from 6 to 9 pm.');
    const custom = root(el).querySelectorAll('[part~="custom-item"]');
    expect(custom).to.have.length(1);
    expect((custom[0] as HTMLElement).dataset['id']).to.equal('custom-1');
    expect(warnings).to.deep.equal([]);
  });

  it('skips a clinic question without an answer, with one warning that also covers other bad entries', async () => {
    const items = JSON.stringify([{label: 'No answer here'}, {label: 'Kept', description: 'An answer.'}, {description: 'no label'}]);
    const {el, warnings} = await render(html`<iop-faq items=${items}></iop-faq>`);
    expect(questions(el)).to.deep.equal([...englishQuestions, 'Kept']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-faq> items:/);
    expect(warnings[0]).to.contain('index 2').and.contain('"No answer here"').and.contain('description');
  });

  for (const [name, value] of [['malformed JSON', '[{"label"'], ['an object', '{"label": "Q"}']]) {
    it(`warns once and keeps the defaults for items with ${name}`, async () => {
      const {el, warnings} = await render(html`<iop-faq items=${value}></iop-faq>`);
      expect(questions(el)).to.deep.equal(englishQuestions);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-faq> items:/);
    });
  }

  it('renders clinic text as text, never as HTML', async () => {
    const items = JSON.stringify([{label: '<img src=x onerror="window.__faqPwned=1">', description: '<b>bold</b> answer'}]);
    const {el} = await render(html`<iop-faq items=${items}></iop-faq>`);
    details(el).at(-1)!.open = true;
    await elementUpdated(el);
    expect(root(el).querySelector('img, b')).to.be.null;
    expect(questions(el).at(-1)).to.equal('<img src=x onerror="window.__faqPwned=1">');
    expect(answers(el).at(-1)).to.equal('<b>bold</b> answer');
    expect((window as unknown as {__faqPwned?: number}).__faqPwned).to.be.undefined;
  });

  it('shows the disclaimer only when asked', async () => {
    const {el} = await render(html`<iop-faq></iop-faq>`);
    await settle();
    expect(Boolean(root(el).querySelector('[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    el.disclaimer = true;
    await elementUpdated(el);
    expect(textOf(root(el).querySelector('[part~="disclaimer"]'))).to.contain('not medical advice');
  });

  it('follows <html lang> into Spanish and back, keeping clinic text as given', async () => {
    const items = JSON.stringify([{label: 'Do you offer evening groups?', description: 'Yes, weekdays.'}]);
    const {el} = await render(html`<iop-faq items=${items} disclaimer></iop-faq>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Preguntas frecuentes sobre los IOP');
    expect(questions(el)[0]).to.equal('¿Qué es un IOP?');
    expect(answers(el)[1]).to.contain('12 semanas');
    expect(questions(el).at(-1)).to.equal('Do you offer evening groups?');
    expect(answers(el).at(-1)).to.equal('Yes, weekdays.');
    expect(textOf(root(el).querySelector('[part~="disclaimer"]'))).to.contain('No es un consejo médico');
    await setPageLanguage('en', 'en', el);
    expect(questions(el)).to.deep.equal([...englishQuestions, 'Do you offer evening groups?']);
  });

  it('passes axe in English, closed and open', async () => {
    const {el} = await render(html`<iop-faq disclaimer></iop-faq>`);
    await expect(el).to.be.accessible();
    el.expanded = true;
    await elementUpdated(el);
    await expect(el).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await fixture<IopFaq>(html`<iop-faq expanded></iop-faq>`, {parentNode: inWidth('300px')});
    const wide = await fixture<IopFaq>(html`<iop-faq expanded></iop-faq>`, {parentNode: inWidth('900px')});
    await setPageLanguage('es', 'es', narrow);
    await elementUpdated(wide);
    expect(questions(wide)[0]).to.equal('¿Qué es un IOP?');
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });
});

describe('<iop-faq json-ld>', () => {
  afterEach(resetLanguage);

  it('writes one FAQPage script into the light DOM matching the shown questions', async () => {
    const {el, warnings} = await render(html`<iop-faq json-ld></iop-faq>`);
    const data = jsonLd(el);
    expect(ldScripts(el)[0].parentNode).to.equal(el);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('FAQPage');
    expect(data.inLanguage).to.equal('en');
    expect(data.mainEntity).to.have.length(7);
    expect(data.mainEntity.map((q) => q['@type'])).to.deep.equal(Array(7).fill('Question'));
    expect(data.mainEntity.map((q) => q.name)).to.deep.equal(questions(el));
    expect(data.mainEntity.map((q) => q.acceptedAnswer['@type'])).to.deep.equal(Array(7).fill('Answer'));
    expect(data.mainEntity.map((q) => q.acceptedAnswer.text)).to.deep.equal(answers(el));
    expect(warnings).to.deep.equal([]);
  });

  it('escapes "<" so a clinic’s "</script>" cannot end the script', async () => {
    const items = JSON.stringify([{label: 'Q </script><script>window.__ldPwned=1</script>', description: 'A <!-- x'}]);
    const {el} = await render(html`<iop-faq json-ld items=${items}></iop-faq>`);
    const raw = ldScripts(el)[0].textContent ?? '';
    expect(raw).not.to.contain('<');
    expect(raw).to.contain('\\u003c/script>');
    const data = jsonLd(el);
    expect(data.mainEntity.at(-1)!.name).to.equal('Q </script><script>window.__ldPwned=1</script>');
    expect(data.mainEntity.at(-1)!.acceptedAnswer.text).to.equal('A <!-- x');
    expect((window as unknown as {__ldPwned?: number}).__ldPwned).to.be.undefined;
  });

  it('follows include and items, keeping a single script', async () => {
    const {el} = await render(html`<iop-faq json-ld></iop-faq>`);
    el.include = 'how-long';
    await elementUpdated(el);
    expect(jsonLd(el).mainEntity.map((q) => q.name)).to.deep.equal([englishQuestions[1]]);
    el.items = [{label: 'Is parking free?', description: 'Yes.'}];
    await elementUpdated(el);
    expect(jsonLd(el).mainEntity.map((q) => q.name)).to.deep.equal([englishQuestions[1], 'Is parking free?']);
  });

  it('is written in the current language, with inLanguage', async () => {
    const {el} = await render(html`<iop-faq json-ld include="what-is-iop"></iop-faq>`);
    await setPageLanguage('es', 'es', el);
    let data = jsonLd(el);
    expect(data.inLanguage).to.equal('es');
    expect(data.mainEntity[0].name).to.equal('¿Qué es un IOP?');
    expect(data.mainEntity[0].acceptedAnswer.text).to.equal(answers(el)[0]);
    await setPageLanguage('en', 'en', el);
    data = jsonLd(el);
    expect(data.inLanguage).to.equal('en');
    expect(data.mainEntity[0].name).to.equal('What is an IOP?');
  });

  it('removes the script when json-ld goes, and adds it back', async () => {
    const {el} = await render(html`<iop-faq json-ld></iop-faq>`);
    expect(ldScripts(el)).to.have.length(1);
    el.removeAttribute('json-ld');
    await elementUpdated(el);
    expect(ldScripts(el)).to.have.length(0);
    el.jsonLd = true;
    await elementUpdated(el);
    expect(jsonLd(el).mainEntity).to.have.length(7);
  });

  it('removes the script on disconnect and writes it again when moved back', async () => {
    const {el} = await render(html`<iop-faq json-ld></iop-faq>`);
    const parent = el.parentNode!;
    el.remove();
    expect(ldScripts(el)).to.have.length(0);
    parent.append(el);
    await elementUpdated(el);
    expect(jsonLd(el).mainEntity).to.have.length(7);
  });

  it('keeps one script in a deep clone', async () => {
    const {el} = await render(html`<iop-faq json-ld></iop-faq>`);
    const copy = el.cloneNode(true) as IopFaq;
    expect(copy.querySelectorAll('script')).to.have.length(1);
    el.after(copy);
    await elementUpdated(copy);
    expect(jsonLd(copy).mainEntity).to.have.length(7);
    copy.remove();
  });

  it('still renders with one warning when Trusted Types blocks the script text', async () => {
    const proto = HTMLScriptElement.prototype;
    Object.defineProperty(proto, 'textContent', {
      configurable: true,
      get() {
        return Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.get!.call(this);
      },
      set() {
        throw new TypeError("Failed to set the 'textContent' property: This document requires 'TrustedScript' assignment.");
      },
    });
    let warnings: string[] = [];
    try {
      let first!: IopFaq;
      let second!: IopFaq;
      warnings = await captureWarnings(async () => {
        first = await fixture<IopFaq>(html`<iop-faq json-ld></iop-faq>`);
        second = await fixture<IopFaq>(html`<iop-faq json-ld include="how-long"></iop-faq>`);
      });
      const more = await captureWarnings(async () => {
        first.include = 'what-is-iop';
        await elementUpdated(first);
      });
      expect(more, 'no repeat warning on later updates').to.deep.equal([]);
      expect(questions(first)).to.deep.equal([englishQuestions[0]]);
      expect(questions(second)).to.deep.equal([englishQuestions[1]]);
      expect(first.querySelectorAll('script')).to.have.length(0);
      expect(second.querySelectorAll('script')).to.have.length(0);
    } finally {
      delete (proto as unknown as Record<string, unknown>)['textContent'];
    }
    expect(document.createElement('script').textContent, 'stub removed').to.equal('');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-faq> json-ld:/);
    expect(warnings[0]).to.contain('Trusted Types');
  });
});
