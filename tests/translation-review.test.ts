/**
 * Translations a clinic can stand behind: the review status per locale, one console notice
 * when an unreviewed translation is shown, the reviewed-only switch (meta and JS), and one
 * term per concept (locales/glossary.json).
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../components/iop-overview/iop-overview.js';
import {getLocale, isReviewedOnly, reviewedLocales, setLocale, setReviewedOnly, supportedLocales} from '../src/localization.js';
import {openPage, shadowText, until} from './page.js';
import {resetLanguage, settle} from './helpers.js';

interface Term {
  term: string;
  avoid: string[];
}

async function targets(locale: string): Promise<Array<{id: string; text: string}>> {
  const xml = await (await fetch(`/locales/${locale === 'en' ? 'es' : locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id') ?? '',
    text: unit.getElementsByTagName(locale === 'en' ? 'source' : 'target')[0]?.textContent ?? '',
  }));
}

function glossaryProblems(units: Array<{id: string; text: string}>, glossary: Record<string, Record<string, Term>>, locale: string) {
  const lower = (text: string) => text.toLocaleLowerCase(locale);
  const variants: string[] = [];
  const unused: string[] = [];
  for (const [concept, perLocale] of Object.entries(glossary)) {
    const {term, avoid} = perLocale[locale];
    if (!units.some((unit) => lower(unit.text).includes(lower(term)))) unused.push(`${concept}: "${term}"`);
    for (const variant of avoid) {
      for (const unit of units) {
        if (lower(unit.text).includes(lower(variant))) variants.push(`${unit.id}: "${variant}" (use "${term}" for ${concept})`);
      }
    }
  }
  return {variants, unused};
}

describe('translation review status', () => {
  it('locales/status.json records review, reviewer and date for every locale, matching reviewedLocales', async () => {
    const status = (await (await fetch('/locales/status.json')).json()) as Record<
      string,
      {reviewed: boolean; reviewer: string | null; date: string | null}
    >;
    expect(Object.keys(status)).to.have.members(supportedLocales.slice(1));
    for (const [locale, entry] of Object.entries(status)) {
      expect(entry, locale).to.have.keys('name', 'reviewed', 'reviewer', 'date', 'note');
      if (entry.reviewed) {
        expect(entry.reviewer, `${locale} reviewer`).to.be.a('string').and.not.empty;
        expect(entry.date, `${locale} date`).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const reviewed = Object.keys(status).filter((locale) => status[locale].reviewed);
    expect([...reviewedLocales]).to.have.members(reviewed);
  });
});

describe('unreviewed translations', () => {
  afterEach(async () => {
    await setReviewedOnly(false);
    await resetLanguage();
  });

  it('setReviewedOnly(true) shows English instead of an unreviewed locale, and false brings it back', async () => {
    const el = await fixture<HTMLElement>(html`<iop-overview></iop-overview>`);
    expect(reviewedLocales).not.to.include('es');
    await setReviewedOnly(true);
    expect(isReviewedOnly()).to.equal(true);
    await setLocale('es');
    await settle(el);
    expect(getLocale()).to.equal('en');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('What is an IOP?');
    await setReviewedOnly(false);
    await settle(el);
    expect(getLocale()).to.equal('es');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('¿Qué es un IOP?');
  });

  it('the meta switch shows English on a Spanish page; without it, one console notice per page', async () => {
    const page = await openPage('/tests/fixtures/reviewed-only.html');
    const list = page.document.querySelector('iop-services-list')!;
    await until(() => shadowText(list).includes('What an IOP offers'), 'English render');
    expect(list.getAttribute('lang')).to.equal('en');
    expect(page.window.__record.infos).to.deep.equal([]);
    page.frame.remove();

    const spanish = await openPage('/tests/fixtures/clinic-es.html');
    const es = spanish.document.querySelector('iop-services-list')!;
    await until(() => shadowText(es).includes('Lo que ofrece un IOP'), 'Spanish render');
    const notices = spanish.window.__record.infos!.filter((line) => line.startsWith('[iop-widgets]'));
    expect(notices).to.have.length(1);
    expect(notices[0]).to.contain('"es" is not reviewed by a qualified translator').and.contain('iop-widgets-translations');
    // Switching language again on the same page gives no second notice.
    spanish.document.documentElement.lang = 'vi';
    await until(() => es.getAttribute('lang') === 'vi', 'Vietnamese render');
    expect(spanish.window.__record.infos!.filter((line) => line.startsWith('[iop-widgets]'))).to.have.length(1);
    spanish.frame.remove();
  });
});

describe('glossary: one term per concept', () => {
  it('covers the concepts the review asked for, in every locale', async () => {
    const glossary = (await (await fetch('/locales/glossary.json')).json()).concepts as Record<string, Record<string, Term>>;
    expect(Object.keys(glossary)).to.have.members([
      'iop', 'php', 'outpatient', 'residential', 'sober-living-house', 'relapse', 'detox', 'withdrawal', 'craving',
      'evening-program', 'substance-use',
    ]);
    for (const [concept, perLocale] of Object.entries(glossary)) {
      expect(Object.keys(perLocale), concept).to.have.members([...supportedLocales]);
    }
  });

  for (const locale of supportedLocales) {
    it(`${locale}: every message uses the glossary term, never a listed variant`, async () => {
      const glossary = (await (await fetch('/locales/glossary.json')).json()).concepts as Record<string, Record<string, Term>>;
      const {variants, unused} = glossaryProblems(await targets(locale), glossary, locale);
      expect(variants, 'other renderings of a glossary concept').to.deep.equal([]);
      expect(unused, 'glossary terms no message uses').to.deep.equal([]);
    });
  }

  it('the check fails on a message that uses a listed variant', async () => {
    const glossary = (await (await fetch('/locales/glossary.json')).json()).concepts as Record<string, Record<string, Term>>;
    const units = [...(await targets('es')), {id: 'test.unit', text: 'Puede vivir en una vivienda sobria.'}];
    expect(glossaryProblems(units, glossary, 'es').variants).to.deep.equal([
      'test.unit: "vivienda sobria" (use "casa de vida sobria" for sober-living-house)',
    ]);
  });
});
