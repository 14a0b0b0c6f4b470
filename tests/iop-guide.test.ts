import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../components/iop-guide/iop-guide.js';
import type {IopGuide} from '../components/iop-guide/iop-guide.component.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf} from './helpers.js';

const defaultOrder = ['overview', 'services', 'schedule', 'benefits', 'comparison', 'checklist', 'find', 'faq', 'helpline'];

const sections = (el: IopGuide) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="section"]')].map((s) => s.dataset.section);
const links = (el: IopGuide) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];

/** Every heading in the guide and the widgets inside it, in document order, as levels. */
function headingLevels(root: ShadowRoot): number[] {
  const levels: number[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.children) {
      const match = /^H([1-6])$/.exec(child.tagName);
      if (match) levels.push(Number(match[1]));
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return levels;
}

async function settle(el: IopGuide) {
  // The page-note election runs a microtask after a change; its update follows.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await elementUpdated(el);
  for (const child of el.shadowRoot!.querySelectorAll('[part~="section"] > *')) await elementUpdated(child);
}

describe('<iop-guide>', () => {
  afterEach(resetLanguage);

  it('composes the widgets as one article in reading order, with a contents list', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(textOf(article.querySelector('h2'))).to.equal('A guide to intensive outpatient programs (IOPs)');
    expect(sections(el)).to.deep.equal(defaultOrder);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(textOf(nav.querySelector('h3'))).to.equal('On this page');
    expect(links(el).map(textOf)).to.deep.equal([
      'What is an IOP?',
      'What an IOP offers',
      'What a typical IOP schedule looks like',
      'Benefits of an IOP',
      'How levels of care compare',
      'Checklist for choosing a program',
      'How to find an IOP near you',
      'Common questions about IOPs',
      'Help is a phone call away',
    ]);
    // Each contents entry names the section's own heading.
    for (const [index, section] of [...el.shadowRoot!.querySelectorAll('[part~="section"]')].entries()) {
      const widget = section.firstElementChild!;
      expect(textOf(widget.shadowRoot!.querySelector('h3')), widget.localName).to.equal(textOf(links(el)[index]));
    }
  });

  it('nests every heading correctly below its own level', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide heading-level="3"></iop-guide>`);
    await settle(el);
    const levels = headingLevels(el.shadowRoot!);
    expect(levels[0]).to.equal(3);
    expect(Math.min(...levels)).to.equal(3);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - levels[index - 1], `heading ${index}: h${levels[index - 1]} → h${level}`).to.be.at.most(1);
    });
    expect(levels.filter((level) => level === 4).length).to.equal(10); // contents + 9 widgets
  });

  it('moves to a section from its contents link, inside shadow DOM', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    const faqLink = links(el).find((a) => textOf(a) === 'Common questions about IOPs')!;
    faqLink.click();
    // Focus lands on the section's own heading (inside the FAQ widget), not on a wrapper.
    const faq = el.shadowRoot!.querySelector('#section-faq > iop-faq')!;
    expect(el.shadowRoot!.activeElement).to.equal(faq);
    expect(faq.shadowRoot!.activeElement).to.equal(faq.shadowRoot!.querySelector('h3#heading'));
    // The address names the section, so it can be linked…
    expect(location.hash).to.equal('#iop-faq');
    // …and opening that link brings the section up, with its heading focused.
    const again = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(again);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const faqAgain = again.shadowRoot!.querySelector('#section-faq > iop-faq')!;
    expect(faqAgain.shadowRoot!.activeElement).to.equal(faqAgain.shadowRoot!.querySelector('h3#heading'));
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('leaves another fragment in the address alone (a hash router)', async () => {
    history.replaceState(null, '', '#/programs');
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    links(el)[1].click();
    expect(location.hash).to.equal('#/programs');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('brings a section into view below a sticky header (the page’s scroll-padding-top)', async () => {
    document.documentElement.style.scrollPaddingTop = '120px';
    try {
      const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
      await settle(el);
      links(el).find((a) => textOf(a) === 'Common questions about IOPs')!.click();
      const heading = el.shadowRoot!.querySelector('#section-faq > iop-faq')!.shadowRoot!.querySelector('h3')!;
      // Smooth scrolling: wait until the heading stops moving.
      let last = NaN;
      for (let i = 0; i < 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const top = heading.getBoundingClientRect().top;
        if (Math.abs(top - last) < 0.5) break;
        last = top;
      }
      const top = heading.getBoundingClientRect().top;
      expect(top).to.be.at.least(119);
      expect(top).to.be.below(120 + 40);
    } finally {
      document.documentElement.style.scrollPaddingTop = '';
      history.replaceState(null, '', location.pathname + location.search);
      scrollTo(0, 0);
    }
  });

  it('moves focus to the section with the keyboard (Tab to the link, Enter)', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    links(el)[0].focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(links(el)[1]);
    await sendKeys({press: 'Enter'});
    const services = el.shadowRoot!.querySelector('#section-services > iop-services-list')!;
    expect(el.shadowRoot!.activeElement).to.equal(services);
    const title = services.shadowRoot!.querySelector('h3#heading')!;
    expect(services.shadowRoot!.activeElement).to.equal(title);
    // Reached with the keyboard, the focused heading shows a ring.
    expect(title.matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(title).outlineStyle).to.equal('solid');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('passes the clinic’s details down to the widgets that use them', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide phone="(555) 010-4477" hours="Mon–Fri 8am–6pm"
      program-name="Cedar Grove Recovery" program-location="Springfield" tracks="day evening"
      locator-url="/find-a-program" levels="outpatient iop php residential"></iop-guide>`);
    await settle(el);
    expect(sections(el)).to.deep.equal([...defaultOrder.slice(0, 7), 'program', 'faq', 'helpline']);
    expect(links(el).map(textOf)).to.include('Cedar Grove Recovery');
    const root = el.shadowRoot!;
    const helpline = root.querySelector('iop-helpline')!;
    expect(helpline.shadowRoot!.querySelector('a[href="tel:5550104477"]')).to.exist;
    expect(textOf(helpline.shadowRoot!.querySelector('[part~="base"]'))).to.contain('Mon–Fri 8am–6pm');
    const card = root.querySelector('iop-program-card')!;
    expect(textOf(card.shadowRoot!.querySelector('h3'))).to.equal('Cedar Grove Recovery');
    expect(card.shadowRoot!.querySelector('a[href="tel:5550104477"]')).to.exist;
    const find = root.querySelector('iop-find-guide')!;
    expect(find.shadowRoot!.querySelector('a[href="/find-a-program"]')).to.exist;
    const table = root.querySelector('iop-vs-php-table')!;
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(4);
  });

  it('shows only the chosen sections, in the chosen order', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide sections="helpline, overview faq"></iop-guide>`);
    await settle(el);
    expect(sections(el)).to.deep.equal(['helpline', 'overview', 'faq']);
    expect(links(el)).to.have.length(3);
  });

  it('leaves the program section out without a program name', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide sections="program overview"></iop-guide>`);
    await settle(el);
    expect(sections(el)).to.deep.equal(['overview']);
  });

  it('warns once about unknown section ids and keeps the known ones', async () => {
    let el!: IopGuide;
    const warnings = await captureWarnings(async () => {
      el = await fixture<IopGuide>(html`<iop-guide sections="faq testimonials"></iop-guide>`);
    });
    expect(sections(el)).to.deep.equal(['faq']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-guide> sections:/).and.contain('"testimonials"');
  });

  it('shows 988 and 911 near the top, before its contents, with the note unless hide-disclaimer is set', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    const article = el.shadowRoot!.querySelector('article')!;
    const box = article.querySelector(':scope > [part~="disclaimer"]')!;
    expect(box.getAttribute('role')).to.equal('note');
    // Right after the title, before the skip link and the long contents list.
    expect(article.children[1] === box, 'crisis box second in the article').to.equal(true);
    expect(textOf(box)).to.contain('not medical advice');
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
    expect(textOf(box)).to.contain('if someone may have overdosed, call 911');
    // Only one note on the page: none of the guide's own widgets repeats it.
    const inner = [...el.shadowRoot!.querySelectorAll('.section > *')].filter((w) => w.shadowRoot!.querySelector('[part~="disclaimer"]'));
    expect(inner.length, 'widgets inside the guide with a note').to.equal(0);
    el.hideDisclaimer = true;
    await settle(el);
    const after = el.shadowRoot!.querySelector('[part~="disclaimer"]')!;
    expect(textOf(after)).not.to.contain('not medical advice');
    expect(textOf(after)).to.contain('988');
  });

  it('has a skip link past its contents to the first section, and few stops before it', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    const skip = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="skip"] a')!;
    expect(textOf(skip)).to.equal('Skip the list of sections');
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(skip.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // Tab stops before the skip link: Call 988 and Text 988 only.
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.indexOf(skip)).to.equal(2);
    skip.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Focus moves to the first section's heading (inside its widget).
    expect(el.shadowRoot!.activeElement?.closest('[id^="section-"]')?.id).to.equal('section-overview');
  });

  it('follows the page language, widgets included', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`);
    await settle(el);
    await setPageLanguage('es', 'es', el);
    await settle(el);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Guía sobre los programas intensivos ambulatorios (IOP)');
    expect(textOf(el.shadowRoot!.querySelector('nav h3'))).to.equal('En esta página');
    expect(textOf(links(el)[1])).to.equal('Lo que ofrece un IOP');
    const services = el.shadowRoot!.querySelector('iop-services-list')!;
    expect(textOf(services.shadowRoot!.querySelector('h3'))).to.equal('Lo que ofrece un IOP');
  });

  it('passes axe in English and Spanish, wide and narrow', async function () {
    this.timeout(30000); // four axe runs over the whole guide: ~8 s on a busy 2-core machine
    const wide = await fixture<IopGuide>(html`<iop-guide phone="(555) 010-4477" program-name="Cedar Grove Recovery"></iop-guide>`, {parentNode: inWidth('900px')});
    await settle(wide);
    await expect(wide).to.be.accessible();
    await setPageLanguage('es', 'es', wide);
    await settle(wide);
    await expect(wide).to.be.accessible();
    const narrow = await fixture<IopGuide>(html`<iop-guide></iop-guide>`, {parentNode: inWidth('320px')});
    await settle(narrow);
    await expect(narrow).to.be.accessible();
  });

  it('adds no region per section (each would be announced twice): the headings carry the structure', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide sections="overview faq"></iop-guide>`);
    await settle(el);
    const wrappers = [...el.shadowRoot!.querySelectorAll('[part~="section"]')];
    expect(wrappers).to.have.length(2);
    for (const wrapper of wrappers) {
      expect(wrapper.getAttribute('role')).to.equal(null);
      expect(wrapper.hasAttribute('aria-label')).to.be.false;
    }
    expect(el.shadowRoot!.querySelectorAll('[role="region"], section')).to.have.length(0);
  });

  it('keeps each contents number beside the first line of a wrapped title', async () => {
    const el = await fixture<IopGuide>(html`<iop-guide></iop-guide>`, {parentNode: inWidth('180px')});
    await settle(el);
    const wrapped = links(el).find((a) => a.getClientRects().length === 1 && a.getBoundingClientRect().height > 40)!;
    expect(wrapped, 'a contents title that wraps').to.exist;
    // A block link: the list item's first line box is the title's first line, where the marker sits.
    expect(getComputedStyle(wrapped).display).to.equal('block');
    const item = wrapped.parentElement!;
    expect(Math.abs(wrapped.getBoundingClientRect().top - item.getBoundingClientRect().top)).to.be.below(4);
  });
});
