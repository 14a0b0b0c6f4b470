/**
 * Every widget in every shipped locale: translated text, `lang`/`dir` on the element, and
 * axe with no violations.
 */
import {expect, fixture, fixtureCleanup, html, elementUpdated} from '@open-wc/testing';
import '../src/index.js';
import {setLocale, supportedLocales, followPageLanguage} from '../src/localization.js';
import {inWidth, textOf} from './helpers.js';

const widgets = [
  html`<iop-overview disclaimer></iop-overview>`,
  html`<iop-services-list></iop-services-list>`,
  html`<iop-schedule></iop-schedule>`,
  html`<iop-benefits></iop-benefits>`,
  html`<iop-vs-php-table levels="outpatient iop php residential"></iop-vs-php-table>`,
  html`<program-checklist></program-checklist>`,
  html`<iop-find-guide></iop-find-guide>`,
  html`<iop-program-card name="Cedar Grove Recovery" tracks="day evening" phone="(555) 010-4477" continuing-care claims="licensed"></iop-program-card>`,
  html`<iop-faq expanded></iop-faq>`,
  html`<iop-helpline></iop-helpline>`,
];

async function headingsIn(locale: string): Promise<string[]> {
  await setLocale(locale);
  const headings: string[] = [];
  for (const widget of widgets) {
    const el = await fixture<HTMLElement>(widget, {parentNode: inWidth('900px')});
    await elementUpdated(el);
    headings.push(textOf(el.shadowRoot!.querySelector('[part~="heading"]')));
  }
  fixtureCleanup();
  return headings;
}

describe('every widget in every locale', function () {
  this.timeout(60000);
  after(() => followPageLanguage());

  let english: string[] = [];
  before(async () => {
    english = await headingsIn('en');
  });

  for (const locale of supportedLocales) {
    it(`${locale}: translated, marked with lang and dir, and passes axe (wide and narrow)`, async () => {
      await setLocale(locale);
      for (const width of ['900px', '320px']) {
        for (const [index, widget] of widgets.entries()) {
          const el = await fixture<HTMLElement>(widget, {parentNode: inWidth(width)});
          await elementUpdated(el);
          expect(el.getAttribute('lang'), el.localName).to.equal(locale);
          expect(el.getAttribute('dir'), el.localName).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
          const heading = textOf(el.shadowRoot!.querySelector('[part~="heading"]'));
          expect(heading.length, `${el.localName} heading`).to.be.greaterThan(0);
          if (locale !== 'en' && el.localName !== 'iop-program-card') {
            expect(heading, `${el.localName} heading in ${locale}`).not.to.equal(english[index]);
          }
          await expect(el, `${el.localName} in ${locale} at ${width}`).to.be.accessible();
        }
        fixtureCleanup();
      }
    });
  }
});
