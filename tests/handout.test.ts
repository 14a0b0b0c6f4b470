/**
 * "Print a handout" on the checklist and the guide: the button, the sheet it builds for
 * printing (hidden on screen, removed after printing) and its lazily loaded QR encoder.
 * The printed result itself (one page, Letter and A4, the QR code decoding to the page)
 * is checked on real PDFs by tests/node/handout-pdf.test.mjs.
 */
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/program-checklist/program-checklist.js';
import '../components/iop-guide/iop-guide.js';
import {handoutQuestions} from '../src/content/handout.js';
import {samhsaHelpline} from '../src/content/help.js';
import {pageAddress} from '../src/internal/handout.js';
import {captureWarnings, resetLanguage, setPageLanguage, textOf} from './helpers.js';
import {fetched, openPage, until} from './page.js';

const handoutButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="handout-button"]');
const sheet = () => document.querySelector('[data-iop-handout]');
const sheetRoot = () => sheet()?.shadowRoot;
const loadedQrEncoder = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/lean-qr/'));

let printed = 0;
const realPrint = window.print;

async function printFrom(el: Element): Promise<ShadowRoot> {
  const before = printed;
  handoutButton(el)!.click();
  for (let i = 0; printed === before && i < 250; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(printed, 'window.print() called').to.equal(before + 1);
  return sheetRoot()!;
}

describe('Print a handout', () => {
  beforeEach(() => {
    window.print = () => {
      printed++;
    };
  });
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    window.print = realPrint;
    await resetLanguage();
  });

  it('loads the QR encoder only when printing', async () => {
    const el = await fixture(html`<program-checklist></program-checklist>`);
    expect(handoutButton(el)).to.exist;
    expect(loadedQrEncoder(), 'not loaded with the page').to.equal(false);
    await printFrom(el);
    expect(loadedQrEncoder(), 'loaded for printing').to.equal(true);
  });

  it('is on by default on the checklist and the guide; handout="off" hides it; the guide’s own checklist has none', async () => {
    expect(handoutButton(await fixture(html`<program-checklist></program-checklist>`))).to.exist;
    expect(handoutButton(await fixture(html`<program-checklist handout="off"></program-checklist>`))).to.equal(null);
    const guide = await fixture(html`<iop-guide sections="checklist"></iop-guide>`);
    expect(handoutButton(guide)).to.exist;
    const inner = guide.shadowRoot!.querySelector('program-checklist')!;
    await elementUpdated(inner);
    expect(handoutButton(inner)).to.equal(null);
    expect(handoutButton(await fixture(html`<iop-guide handout="off"></iop-guide>`))).to.equal(null);
    // Other widgets have no handout.
    const button = await fixture(html`<iop-guide sections="overview" handout="off" listen="off"></iop-guide>`);
    expect(button.shadowRoot!.querySelector('[part~="tools"]')).to.equal(null);
  });

  it('builds a sheet with the shown items as empty boxes, their questions and the clinic’s contact; hidden on screen, gone after printing', async () => {
    const el = await fixture(html`<program-checklist include="licensed visit" items='[{"label":"Ask about parking"}]'
      program-name="Cedar Grove Recovery" phone="(555) 010-2345" hours="Mon–Fri 8am–8pm"></program-checklist>`);
    const root = await printFrom(el);
    const boxes = [...root.querySelectorAll('.boxes li')].map(textOf);
    expect(boxes).to.deep.equal(['Check that it is licensed', 'Visit before you decide', 'Ask about parking']);
    expect(root.querySelectorAll('input').length, 'boxes are drawn, never ticked').to.equal(0);
    const questions = [...root.querySelectorAll('ol li')].map(textOf);
    expect(questions).to.deep.equal([handoutQuestions().licensed, handoutQuestions().visit]);
    const text = textOf(root.querySelector('.sheet'));
    expect(text).to.include('Program name:').and.include('Date:');
    expect(text).to.include('Cedar Grove Recovery').and.include('Phone: (555) 010-2345').and.include('Hours: Mon–Fri 8am–8pm');
    expect(text).to.include(samhsaHelpline.phone.display).and.include('988').and.include('911');
    expect(text).to.include(pageAddress()!);
    expect(root.querySelector('svg[role="img"] path')!.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
    // On screen the page is unchanged; on paper only the sheet shows.
    expect(getComputedStyle(sheet()!).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    expect(sheet()).to.equal(null);
  });

  it('prints in the page language, right to left in Arabic', async () => {
    const el = await fixture(html`<program-checklist include="visit"></program-checklist>`);
    await setPageLanguage('ar', 'ar', el);
    expect(textOf(handoutButton(el))).to.equal('اطبع ورقة معلومات');
    const root = await printFrom(el);
    const article = root.querySelector('.sheet')!;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(article.getAttribute('lang')).to.equal('ar');
    expect(textOf(root.querySelector('ol li'))).to.equal('هل يمكنني زيارة البرنامج قبل أن أقرر؟');
  });

  it('a bad phone gets one warning and no phone on the handout', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<program-checklist phone="call us!"></program-checklist>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<program-checklist> phone:');
    const root = await printFrom(el);
    expect(textOf(root.querySelector('.sheet'))).not.to.include('Phone:');
  });

  it('prints the address only for web pages, without its #fragment', () => {
    expect(pageAddress('https://clinic.example/iop?lang=es#faq')).to.equal('https://clinic.example/iop?lang=es');
    expect(pageAddress('file:///C:/page.html')).to.equal(undefined);
    expect(pageAddress('not a url')).to.equal(undefined);
  });

  it('prints from the script-tag bundle under a strict CSP with Trusted Types, loading its chunks only then', async () => {
    const page = await openPage('/tests/fixtures/strict-csp.html');
    try {
      const guide = page.document.querySelector('iop-guide')!;
      const button = (await until(() => handoutButton(guide), 'the guide’s handout button'))!;
      const chunks = () => fetched(page).filter((path) => /iop-widgets-(handout|lean-qr)-/.test(path));
      expect(chunks(), 'nothing loaded before printing').to.deep.equal([]);
      let calls = 0;
      page.window.print = () => {
        calls++;
      };
      button.click();
      await until(() => calls === 1, 'print()');
      const printedSheet = page.document.querySelector('[data-iop-handout]')!;
      expect(printedSheet.shadowRoot!.querySelector('svg[role="img"] path')).to.exist;
      expect(textOf(printedSheet.shadowRoot!.querySelector('.sheet'))).to.include('(555) 010-4477');
      expect(page.window.getComputedStyle(printedSheet).display, 'hidden on screen').to.equal('none');
      expect(chunks()).to.have.length(2);
      expect(page.window.__record.violations).to.deep.equal([]);
      expect(page.window.__record.errors).to.deep.equal([]);
      page.window.dispatchEvent(new Event('afterprint'));
      expect(page.document.querySelector('[data-iop-handout]')).to.equal(null);
    } finally {
      page.frame.remove();
    }
  });
});
