import {expect} from '@open-wc/testing';
import {matchLocale, supportedLocales} from '../src/localization.js';
import {targetLocales} from '../src/generated/locale-codes.js';

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
  note: string | undefined;
}

async function readXliff(locale: string): Promise<Unit[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf exists`).to.be.true;
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `locales/${locale}.xlf is well-formed XML`).to.be.null;
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id') ?? '',
    source: unit.getElementsByTagName('source')[0]?.textContent ?? '',
    target: unit.getElementsByTagName('target')[0]?.textContent ?? undefined,
    note: unit.getElementsByTagName('note')[0]?.textContent ?? undefined,
  }));
}

describe('localization', () => {
  it('ships English plus every configured target locale', () => {
    expect(supportedLocales[0]).to.equal('en');
    expect(supportedLocales.slice(1)).to.deep.equal([...targetLocales]);
    expect(targetLocales).to.include('es');
  });

  for (const locale of targetLocales) {
    it(`${locale}: every message has a non-empty translation`, async () => {
      const units = await readXliff(locale);
      expect(units.length).to.be.greaterThan(20);
      const missing = units.filter((unit) => !unit.target || unit.target.trim() === '').map((unit) => unit.id);
      expect(missing, `untranslated in locales/${locale}.xlf`).to.deep.equal([]);
    });

    it(`${locale}: no translation shows an escaped character such as &amp;`, async () => {
      const module = (await import(`../src/generated/locales/${locale}.ts`)) as {templates: Record<string, unknown>};
      const escaped = Object.entries(module.templates)
        .filter(([, template]) => /&(amp|lt|gt|quot|apos|#\d+);/.test(JSON.stringify(template)))
        .map(([id]) => id);
      expect(escaped, 'lit-localize keeps XML entities in plain-text messages').to.deep.equal([]);
    });

    it(`${locale}: the generated module holds every message`, async () => {
      const units = await readXliff(locale);
      const module = (await import(`../src/generated/locales/${locale}.ts`)) as {templates: Record<string, unknown>};
      expect(Object.keys(module.templates).sort()).to.deep.equal(units.map((unit) => unit.id).sort());
    });
  }

  it('every message has an explicit id and a translator note', async () => {
    const units = await readXliff(targetLocales[0]);
    for (const unit of units) {
      expect(unit.id, `id of "${unit.source}"`).to.match(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/);
      expect(unit.note?.trim().length ?? 0, `note for ${unit.id}`).to.be.greaterThan(10);
    }
  });

  it('matches page language tags to shipped locales', () => {
    expect(matchLocale('en')).to.equal('en');
    expect(matchLocale('en-US')).to.equal('en');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES_us')).to.equal('es');
    const expected: Record<string, string> = {
      'zh-CN': 'zh-Hans', 'zh-SG': 'zh-Hans', zh: 'zh-Hans', 'zh-Hans-CN': 'zh-Hans',
      'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant', 'zh-MO': 'zh-Hant', 'zh-Hant-TW': 'zh-Hant',
      fil: 'tl', 'fil-PH': 'tl', 'tl-PH': 'tl', 'ar-EG': 'ar', 'es-419': 'es', 'ko-KR': 'ko', 'vi-VN': 'vi',
    };
    for (const [tag, locale] of Object.entries(expected)) expect(matchLocale(tag), tag).to.equal(locale);
    expect(matchLocale('fr-CA')).to.be.undefined;
    expect(matchLocale('xx')).to.be.undefined;
    expect(matchLocale('')).to.be.undefined;
  });
});
