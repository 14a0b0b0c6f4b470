/**
 * Sanitizers for clinic-supplied links. Both return `undefined` for anything unsafe or
 * unusable, so a widget can warn once and render no link rather than a broken one.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Accepts `http:`, `https:` and relative URLs; refuses every other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:` …). Relative URLs stay relative.
 */
export function safeUrl(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const value = input.trim();
  // Control characters and whitespace inside a URL are a classic way to hide a scheme.
  // eslint-disable-next-line no-control-regex
  if (value === '' || /[\u0000-\u001F\u007F\s\\]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, globalThis.document?.baseURI ?? 'https://example.invalid/');
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? value : undefined;
}

export interface Phone {
  /** The `tel:` link target: the clinic's digits, an optional leading `+`, an optional `;ext=`. */
  href: string;
  /** The number as the clinic wrote it (invisible format characters removed), for display. */
  display: string;
}

const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
/** Three-digit numbers a phone dials on its own: 211, 311 … 911 and 988. */
const SHORT = /^(?:[2-9]11|988)$/;

const keypad = (letters: string) =>
  letters.toUpperCase().replace(/[A-Z]/g, (letter) => String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2));

/** The value 0–9 of any Unicode decimal digit: Unicode encodes them in runs of ten, 0 to 9. */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/**
 * The text with every look-alike folded to ASCII: invisible format characters (bidi
 * marks, zero-width spaces) removed, any space to " ", any dash or minus to "-",
 * full-width forms to ASCII, any decimal digit (Arabic-Indic, Devanagari…) to 0–9.
 */
function fold(text: string): string {
  return text
    .normalize('NFKC') // full-width and mathematical forms, no-break spaces
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Pd}\u2212]/gu, '-')
    .replace(/\p{Nd}/gu, digitValue)
    .trim();
}

/**
 * Parses a phone number a clinic typed, so the link dials exactly the clinic's digits:
 * a US number of 10 digits (or 11 starting with 1), an international number starting
 * with `+` (E.164, up to 15 digits, `(0)` dropped), or a three-digit service number
 * (988, 211, 911…). Separators are spaces and `- . / ( )`; Unicode dashes, spaces and
 * digits count as theirs. One trailing vanity word is spelled on the keypad
 * (`1-800-662-HELP`), and a parenthesised group after it must be the same digits
 * (`(4357)`). An extension (`ext. 2`, `x2`, `#2`) becomes `;ext=2`; a menu choice
 * (`option 3`, `press 3`) is left out of the link. Anything else gives `undefined`.
 */
export function parsePhone(input: unknown): Phone | undefined {
  if (typeof input === 'number' && Number.isSafeInteger(input) && input > 0) input = String(input);
  if (typeof input !== 'string' || input.length > 200) return undefined;
  const display = input.replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (display === '' || display.length > 60 || /[\u0000-\u001F\u007F-\u009F]/.test(display)) return undefined;
  let text = fold(display);
  let ext = '';
  const extension = /^(.*?[\d)A-Za-z])[\s,;]*(?:(ext(?:ension|n)?\.?|x|#)|option|opt\.?|press)\s*[:=.#]?\s*(\d{1,7})$/i.exec(text);
  if (extension) {
    text = extension[1];
    if (extension[2]) ext = `;ext=${extension[3]}`;
  }
  const plus = text.startsWith('+');
  if (plus) text = text.slice(1).replace(/^(\d{1,3})[\s.-]*\(0\)/, '$1');
  const letter = text.search(/[A-Za-z]/);
  const numberPart = letter < 0 ? text : text.slice(0, letter);
  const vanity = letter < 0 ? undefined : /^([A-Za-z]+(?:[\s.-][A-Za-z]+)*)(?:\s*\(([\d\s.-]+)\))?$/.exec(text.slice(letter));
  if (letter >= 0 && !vanity) return undefined;
  // Digits with separators; a parenthesised group only before more digits, as in (555) 010-4477.
  if (!/^[\d\s./-]*(?:\(\d+\)[\s.-]*\d[\d\s./-]*)*$/.test(numberPart)) return undefined;
  const written = numberPart.replace(/\D/g, '');
  if (vanity && written.length < 3) return undefined;
  const letters = vanity ? keypad(vanity[1].replace(/[\s.-]/g, '')) : '';
  const digits = written + letters;
  const spelled = vanity?.[2]?.replace(/\D/g, '');
  if (spelled !== undefined && spelled !== letters && spelled !== digits) return undefined;
  const valid = plus
    ? /^[1-9]\d{6,14}$/.test(digits) && (digits[0] !== '1' || digits.length === 11)
    : /^(?:1?[2-9]\d{9})$/.test(digits) || SHORT.test(digits);
  if (!valid) return undefined;
  return {href: `tel:${plus ? '+' : ''}${digits}${ext}`, display};
}

/**
 * The clinic's refused phone text to show as plain text (never a link), when it looks like
 * an attempt at a number (at least 3 digits); shortened to 60 characters.
 */
export function unlinkedPhone(input: unknown): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const text = String(input).replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
  if (!/(\p{Nd}\D*){3}/u.test(text)) return undefined;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The warning for a phone number that `parsePhone` refused. */
export const phoneProblem = (shown: string) =>
  `is not a number a link can dial exactly (like 555-123-4567 ext. 2); ${shown}`;
