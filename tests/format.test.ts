/**
 * Numbers, ranges, lists and weekday names: English is written out in src/internal/format.ts
 * (a page's first Intl formatter costs 20–40 ms); these tests hold it to what Intl says in
 * this browser, and check the other locales still come from Intl.
 */
import {expect} from '@open-wc/testing';
import {formatList, formatNumber, formatNumberRange, formatWeekdays} from '../src/internal/format.js';
import {pageLocaleLoaded} from '../src/localization.js';
import {resetLanguage, setPageLanguage} from './helpers.js';

/** Intl.NumberFormat with formatRange (newer than the ES2022 typings). */
type RangeFormat = Intl.NumberFormat & {formatRange(min: number, max: number): string};
const numberFormat = (locale: string) => new Intl.NumberFormat(locale, {maximumFractionDigits: 1}) as RangeFormat;
const numbers = numberFormat('en');
const words = ['counseling', 'group therapy', 'medicines', 'family sessions'];

describe('format: English without starting Intl', () => {
  it('writes every whole number from 0 to 999 as Intl does', () => {
    for (let value = 0; value < 1000; value++) expect(formatNumber(value)).to.equal(numbers.format(value));
  });

  it('writes ranges as Intl does (en dash, no spaces)', () => {
    for (const [min, max] of [[9, 19], [6, 30], [0, 1], [3, 999], [20, 20], [10, 12]]) {
      expect(formatNumberRange(min, max)).to.equal(min === max ? numbers.format(min) : numbers.formatRange(min, max));
    }
  });

  it('leaves other numbers to Intl: decimals, thousands, negatives', () => {
    for (const value of [2.5, 1.25, 1000, 12345, -3, -0.5]) expect(formatNumber(value)).to.equal(numbers.format(value));
    expect(formatNumberRange(1.5, 2.5)).to.equal(numbers.formatRange(1.5, 2.5));
    expect(formatNumberRange(900, 1200)).to.equal(numbers.formatRange(900, 1200));
  });

  it('joins lists of 0 to 4 words as Intl does', () => {
    const list = new Intl.ListFormat('en', {type: 'conjunction'});
    for (let count = 0; count <= words.length; count++) {
      expect(formatList(words.slice(0, count))).to.equal(list.format(words.slice(0, count)));
    }
  });

  it('names the weekdays as Intl does, Monday first', () => {
    for (const width of ['short', 'narrow'] as const) {
      const days = new Intl.DateTimeFormat('en', {weekday: width, timeZone: 'UTC'});
      const expected = Array.from({length: 7}, (_, day) => days.format(new Date(Date.UTC(2024, 0, 1 + day))));
      expect(formatWeekdays(width)).to.deep.equal(expected);
    }
  });
});

describe('format: other locales through Intl', () => {
  before(() => pageLocaleLoaded());
  afterEach(resetLanguage);

  for (const locale of ['es', 'ar', 'zh-Hant']) {
    it(`${locale}: numbers, ranges, lists and weekdays come from Intl`, async () => {
      await setPageLanguage(locale, locale);
      const number = numberFormat(locale);
      expect(formatNumber(19)).to.equal(number.format(19));
      expect(formatNumberRange(9, 19)).to.equal(number.formatRange(9, 19));
      expect(formatList(words.slice(0, 3))).to.equal(new Intl.ListFormat(locale, {type: 'conjunction'}).format(words.slice(0, 3)));
      const days = new Intl.DateTimeFormat(locale, {weekday: 'short', timeZone: 'UTC'});
      expect(formatWeekdays()[2]).to.equal(days.format(new Date(Date.UTC(2024, 0, 3))));
    });
  }
});
