/**
 * The page note: "educational information, not medical advice" with the 988 and 911 lines,
 * shown once per page without configuration, by the first widget; a clinic can force it on
 * an element, hide it on one, or turn it off page-wide with a meta switch.
 */
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {render} from 'lit';
import '../src/index.js';
import {openPage, until, type Page} from './page.js';
import {settle, textOf} from './helpers.js';

const notes = (root: ParentNode) =>
  [...root.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('[part~="disclaimer"]'));

/** The widgets of a fixture that show the "not medical advice" sentence. */
function withAdvice(page: Page): string[] {
  return [...page.document.body.children]
    .filter((el) => (el.shadowRoot?.querySelector('[part~="disclaimer"]')?.textContent ?? '').includes('not medical advice'))
    .map((el) => el.localName);
}

describe('the page note (script-tag bundle, real pages)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a page with one widget shows the note with 988 (call or text) and 911, without configuration', async () => {
    const page = await openPage('/tests/fixtures/note-single.html');
    const faq = page.document.querySelector('iop-faq')!;
    const note = (await until(() => faq.shadowRoot?.querySelector('[part~="disclaimer"]'), 'the note'))!;
    expect(note.getAttribute('role')).to.equal('note');
    const text = textOf(note);
    expect(text).to.contain('It is not medical advice.');
    expect(text).to.contain('988 Suicide & Crisis Lifeline');
    expect(text).to.contain('In an emergency, or if someone may have overdosed, call 911.');
    expect([...note.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
    // Near the top: right after the widget's heading, before its questions.
    expect(faq.shadowRoot!.querySelector('[part~="heading"]')!.nextElementSibling === note, 'note after the heading').to.equal(true);
    expect(page.window.__record.errors).to.deep.equal([]);
  });

  it('a page with many widgets shows it once, on the first one', async () => {
    const page = await openPage('/tests/fixtures/clinic.html');
    const first = page.document.querySelector('iop-services-list')!;
    await until(() => first.shadowRoot?.querySelector('[part~="disclaimer"]'), 'the note on the first widget');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(withAdvice(page)).to.deep.equal(['iop-services-list']);
  });

  it('<meta name="iop-widgets-disclaimer" content="off"> turns it off everywhere, even where forced', async () => {
    const page = await openPage('/tests/fixtures/note-off.html');
    const guide = page.document.querySelector('iop-guide')!;
    await until(() => guide.shadowRoot?.querySelector('[part~="heading"]'), 'the guide');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(withAdvice(page)).to.deep.equal([]);
    // The guide still shows 988 and 911 near its top: they are content, not the note.
    expect(textOf(guide.shadowRoot!.querySelector('[part~="disclaimer"]'))).to.contain('988');
  });
});

/** A container in the page (no animation frame needed, unlike a fixture of a plain element). */
function page(template: ReturnType<typeof html>): HTMLElement {
  const box = document.createElement('div');
  box.className = 'note-test';
  document.body.append(box);
  render(template, box);
  return box;
}

describe('the page note (elements)', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('.note-test').forEach((box) => box.remove());
  });

  it('is shown by the first widget in document order, once', async () => {
    const box = page(html`<iop-benefits></iop-benefits><iop-overview></iop-overview><iop-helpline></iop-helpline>`);
    const [benefits, overview, helpline] = [...box.children];
    await settle(benefits, overview, helpline);
    expect(notes(box).map((el) => el.localName)).to.deep.equal(['iop-benefits']);
  });

  it('moves to the next widget when the one showing it is removed', async () => {
    const box = page(html`<iop-benefits></iop-benefits><iop-overview></iop-overview>`);
    const [benefits, overview] = [...box.children];
    await settle(benefits, overview);
    benefits.remove();
    await settle(overview);
    expect(notes(box).map((el) => el.localName)).to.deep.equal(['iop-overview']);
    box.prepend(benefits);
    await settle(benefits, overview);
    expect(notes(box).map((el) => el.localName)).to.deep.equal(['iop-benefits']);
  });

  it('disclaimer shows it there (and nowhere else); disclaimer="off" skips an element', async () => {
    const box = page(html`<iop-benefits disclaimer="off"></iop-benefits><iop-overview></iop-overview><iop-faq disclaimer></iop-faq>`);
    const [benefits, overview, faq] = [...box.children] as Array<HTMLElement & {disclaimer: unknown}>;
    await settle(benefits, overview, faq);
    expect(notes(box).map((el) => el.localName)).to.deep.equal(['iop-faq']);
    faq.disclaimer = null;
    await settle(benefits, overview, faq);
    expect(notes(box).map((el) => el.localName)).to.deep.equal(['iop-overview']);
  });

  it('the helpline shows the note without repeating its own 988 and 911 lines', async () => {
    const el = await fixture<HTMLElement>(html`<iop-helpline></iop-helpline>`);
    await settle(el);
    const note = el.shadowRoot!.querySelector('[part~="disclaimer"]')!;
    expect(textOf(note)).to.contain('not medical advice');
    expect(Boolean(note.querySelector('a')), 'links in the note').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('a[href="sms:988"]')).to.have.length(1);
  });

  it('renders a forced note on the first render (as on the server), before any page-wide choice', async () => {
    const el = document.createElement('iop-overview') as HTMLElement & {disclaimer: unknown; updateComplete: Promise<unknown>};
    el.disclaimer = '';
    document.body.append(el);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="disclaimer"]'))).to.contain('not medical advice');
    el.remove();
  });
});
