import {getLocale} from '../localization.js';

// Number, range, list and weekday formatting shared by content modules (no messages here,
// so importing it loads no other widget's translations).
//
// Speed: a page's first Intl formatter costs Chromium 20–40 ms while ICU starts up — more
// than the first render of every widget on the page together (measured with
// `npm run bench`). English, the source language and the default, is therefore written out
// here for the values the widgets use (whole numbers under 1,000, short lists, weekday
// names); tests/format.test.ts checks each against Intl in the browser and
// tests/node/format.test.mjs in Node, so a change in the platform's data fails a test.
// Every other value and locale goes through Intl, one cached formatter per locale.

const formatters = new Map<string, unknown>();

/** One formatter per locale and kind, made on first use (making one is the costly part). */
function formatter<T>(kind: string, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind} ${locale}`;
  let found = formatters.get(key) as T | undefined;
  if (found === undefined) {
    try {
      found = make(locale);
    } catch {
      found = make('en');
    }
    formatters.set(key, found);
  }
  return found;
}

/** Whole numbers from 0 to 999: English writes them with plain digits, no separators. */
const plainEnglish = (value: number) => getLocale() === 'en' && Number.isInteger(value) && value >= 0 && value < 1000;

/** A number written the way the current locale writes it. */
export function formatNumber(value: number): string {
  if (plainEnglish(value)) return String(value);
  try {
    return formatter('number', (locale) => new Intl.NumberFormat(locale, {maximumFractionDigits: 1})).format(value);
  } catch {
    return String(value);
  }
}

/** A range of numbers the way the current locale writes it ("10–12"). */
export function formatNumberRange(min: number, max: number): string {
  if (min === max) return formatNumber(min);
  if (plainEnglish(min) && plainEnglish(max) && min < max) return `${min}\u2013${max}`;
  try {
    return (formatter('number', (locale) => new Intl.NumberFormat(locale, {maximumFractionDigits: 1})) as RangeFormat)
      .formatRange(min, max);
  } catch {
    return `${formatNumber(min)}–${formatNumber(max)}`;
  }
}

/** Joins words the way the current locale does ("a, b, and c"). */
export function formatList(words: readonly string[]): string {
  if (getLocale() === 'en') {
    if (words.length < 3) return words.join(' and ');
    return `${words.slice(0, -1).join(', ')}, and ${words[words.length - 1]}`;
  }
  try {
    return formatter('list', (locale) => new Intl.ListFormat(locale, {type: 'conjunction'})).format(words);
  } catch {
    return words.join(', ');
  }
}

/** Weekday names in the current locale, Monday first (`short`: Mon; `narrow`: M). */
export function formatWeekdays(width: 'short' | 'narrow' = 'short'): string[] {
  if (getLocale() === 'en') return 'MonTueWedThuFriSatSun'.match(/.../g)!.map((day) => (width === 'short' ? day : day[0]));
  const format = formatter(`weekday-${width}`, (locale) => new Intl.DateTimeFormat(locale, {weekday: width, timeZone: 'UTC'}));
  const monday = Date.UTC(2024, 0, 1);
  return Array.from({length: 7}, (_, day) => format.format(new Date(monday + day * 86_400_000)));
}

/** Intl methods newer than the ES2022 typings (every current browser has them). */
type RangeFormat = Intl.NumberFormat & {formatRange(min: number, max: number): string};
