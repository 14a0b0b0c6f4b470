import {getLocale} from '../localization.js';

// Number formatting shared by content modules (no messages here, so importing it loads no
// other widget's translations).

/** A number written the way the current locale writes it. */
export function formatNumber(value: number): string {
  try {
    return new Intl.NumberFormat(getLocale(), {maximumFractionDigits: 1}).format(value);
  } catch {
    return String(value);
  }
}

/** A range of numbers the way the current locale writes it ("10–12"). */
export function formatNumberRange(min: number, max: number): string {
  if (min === max) return formatNumber(min);
  try {
    return (new Intl.NumberFormat(getLocale(), {maximumFractionDigits: 1}) as RangeFormat).formatRange(min, max);
  } catch {
    return `${formatNumber(min)}–${formatNumber(max)}`;
  }
}

/** Intl methods newer than the ES2022 typings (every current browser has them). */
type RangeFormat = Intl.NumberFormat & {formatRange(min: number, max: number): string};
