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
  /** The `tel:` link target: digits with an optional leading `+`. */
  href: string;
  /** The number as the clinic wrote it, for display. */
  display: string;
}

const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4',
  J: '5', K: '5', L: '5', M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7',
  T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

/**
 * Parses a phone number a clinic typed: digits, spaces, `+ - . ( ) /`, and letters
 * of a vanity number ("1-800-662-HELP"). Needs 3 to 15 digits (3 for 988 or 911).
 */
export function parsePhone(input: unknown): Phone | undefined {
  if (typeof input !== 'string') return undefined;
  const display = input.trim().replace(/\s+/g, ' ');
  if (display === '' || display.length > 40) return undefined;
  if (!/^\+?[0-9A-Za-z\s().\-/]+$/.test(display)) return undefined;
  const digits = display
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => KEYPAD[letter] ?? '')
    .replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  // Letters only make sense after some digits (a vanity number), never alone.
  if (!/\d/.test(display)) return undefined;
  return {href: `tel:${display.startsWith('+') ? '+' : ''}${digits}`, display};
}
