/** Right-to-left: under Arabic the widgets lay out from the right. */
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../src/index.js';
import {followPageLanguage, setLocale} from '../src/localization.js';
import {inWidth, setPageLanguage} from './helpers.js';

const x = (el: Element) => el.getBoundingClientRect().left;

describe('right-to-left (Arabic)', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    document.documentElement.lang = 'en';
    await followPageLanguage();
  });

  it('marks each widget dir="rtl" even on a page that does not set dir', async () => {
    const el = await fixture<HTMLElement>(html`<iop-services-list></iop-services-list>`);
    await setPageLanguage('ar', 'ar', el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(getComputedStyle(list).direction).to.equal('rtl');
    // The icon sits at the start of each item, which is now the right.
    const item = list.querySelector('li')!;
    expect(x(item.querySelector('svg')!)).to.be.greaterThan(x(item.querySelector('[part~="item-title"]')!));
    await setPageLanguage('en', 'en', el);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('reads the comparison table from the right', async () => {
    const el = await fixture<HTMLElement>(html`<iop-vs-php-table></iop-vs-php-table>`, {parentNode: inWidth('1300px')});
    await setLocale('ar');
    await elementUpdated(el);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')];
    expect(headers.length).to.be.greaterThan(2);
    expect(x(headers[0])).to.be.greaterThan(x(headers[headers.length - 1]));
  });

  it('draws the schedule’s weeks from the right', async () => {
    const el = await fixture<HTMLElement>(html`<iop-schedule></iop-schedule>`, {parentNode: inWidth('900px')});
    await setLocale('ar');
    await elementUpdated(el);
    const weeks = [...el.shadowRoot!.querySelectorAll('[part~="week"]:not([part~="gap"]):not([part~="more"])')];
    expect(weeks.length).to.be.greaterThan(2);
    expect(x(weeks[0])).to.be.greaterThan(x(weeks[1]));
  });

  it('mirrors directional icons only', async () => {
    const el = await fixture<HTMLElement>(html`<iop-benefits></iop-benefits>`);
    await setLocale('ar');
    await elementUpdated(el);
    const trend = el.shadowRoot!.querySelector('svg.directional');
    expect(trend, 'a directional icon').to.exist;
    expect(getComputedStyle(trend!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const other = el.shadowRoot!.querySelector('svg:not(.directional)')!;
    expect(getComputedStyle(other).transform).to.equal('none');
  });

  it('keeps phone numbers left to right inside Arabic text, so they can be dialed as read', async () => {
    const helpline = await fixture<HTMLElement>(html`<iop-helpline phone="(555) 010-4477"></iop-helpline>`);
    const national = await fixture<HTMLElement>(html`<iop-helpline></iop-helpline>`);
    const find = await fixture<HTMLElement>(html`<iop-find-guide></iop-find-guide>`);
    await setLocale('ar');
    for (const el of [helpline, national, find]) {
      await elementUpdated(el);
      const numbers = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"] bdi')];
      expect(numbers.length, el.localName).to.be.greaterThan(0);
      for (const number of numbers) {
        expect(number.getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(number).direction).to.equal('ltr');
      }
    }
    const clinic = helpline.shadowRoot!.querySelector('[part~="number"]')!;
    expect(clinic.textContent).to.equal('(555) 010-4477');
    // "(555)" is drawn to the left of "4477", as written.
    const text = [...clinic.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    const first = range.getBoundingClientRect().left;
    range.setStart(text, 10);
    range.setEnd(text, 14);
    expect(first).to.be.lessThan(range.getBoundingClientRect().left);
  });
});
