/**
 * Parsers for clinic-supplied attribute and property values. None of them throws: each
 * returns the usable part of the value and, when something was wrong, a `problem` in
 * plain words for the warning.
 */

export interface Parsed<T> {
  value: T;
  problem?: string;
}

/** Parses a heading level, clamped to 2–6 (the page keeps its own `<h1>`). */
export function parseHeadingLevel(input: unknown, fallback = 2): Parsed<HeadingLevel> {
  if (input === undefined || input === null || input === '') return {value: fallback as HeadingLevel};
  const number = typeof input === 'number' ? input : typeof input === 'string' ? Number(input.trim()) : NaN;
  if (!Number.isFinite(number)) {
    return {value: fallback as HeadingLevel, problem: `"${describe(input)}" is not a number from 2 to 6; using ${fallback}`};
  }
  const whole = Math.round(number);
  const clamped = Math.min(6, Math.max(2, whole)) as HeadingLevel;
  if (clamped !== number) {
    return {value: clamped, problem: `"${describe(input)}" is outside 2 to 6; using ${clamped}`};
  }
  return {value: clamped};
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Parses a list of ids: a string separated by spaces or commas, or an array of strings.
 * Unknown ids and duplicates are dropped and reported; the known ones keep their order.
 */
export function parseIdList<Id extends string>(
  input: unknown,
  known: readonly Id[],
): Parsed<Id[] | undefined> {
  if (input === undefined || input === null) return {value: undefined};
  let words: unknown[];
  if (typeof input === 'string') words = input.split(/[\s,]+/).filter(Boolean);
  else if (Array.isArray(input)) words = input;
  else return {value: undefined, problem: `expected ids separated by spaces, got ${typeof input}; showing all`};

  const ids: Id[] = [];
  const unknown: string[] = [];
  for (const word of words.slice(0, MAX_IDS)) {
    const id = typeof word === 'string' ? word.trim() : '';
    if ((known as readonly string[]).includes(id)) {
      if (!ids.includes(id as Id)) ids.push(id as Id);
    } else {
      unknown.push(describe(word));
    }
  }
  if (unknown.length > 0) {
    return {
      value: ids.length > 0 ? ids : undefined,
      problem:
        `unknown id${unknown.length > 1 ? 's' : ''} ${listed(unknown.map((u) => `"${u}"`))} ` +
        `(known: ${known.join(', ')})` + (ids.length > 0 ? '' : '; showing all'),
    };
  }
  return {value: ids.length > 0 ? ids : undefined};
}

/** One entry a clinic adds to a list. */
export interface ExtraItem {
  label: string;
  description?: string;
}

const MAX_TEXT = 500;
/** Most entries a clinic can add to one list; more are left out (one warning). */
export const MAX_ITEMS = 50;
/** Most ids read from a list attribute. */
const MAX_IDS = 100;
/** Longest `items` JSON read. */
const MAX_JSON = 100_000;

/** At most 10 entries of a list for a warning, then how many more. */
export function listed(entries: readonly string[]): string {
  return entries.length > 10 ? `${entries.slice(0, 10).join(', ')} and ${entries.length - 10} more` : entries.join(', ');
}

/**
 * Parses `items`: a JSON array (string) or an array of `{label, description?}`.
 * Entries without a usable label are skipped and reported; the valid ones are kept.
 */
export function parseItems(input: unknown): Parsed<ExtraItem[]> {
  if (input === undefined || input === null || input === '') return {value: []};
  let data = input;
  if (typeof input === 'string') {
    if (input.length > MAX_JSON) return {value: [], problem: `is longer than ${MAX_JSON} characters; showing no extra entries`};
    try {
      data = JSON.parse(input);
    } catch {
      try {
        // A CMS (WordPress) turns typed quotes into curly ones: read those as JSON quotes too.
        data = JSON.parse(input.replace(/[“”„‟″]/g, '"'));
      } catch {
        return {value: [], problem: 'is not valid JSON; expected an array like [{"label": "…", "description": "…"}]'};
      }
    }
  }
  if (!Array.isArray(data)) {
    return {value: [], problem: 'must be a JSON array like [{"label": "…", "description": "…"}]'};
  }
  const items: ExtraItem[] = [];
  const skipped: number[] = [];
  const length = data.length;
  // Plain data only reaches here (JSON, or a property that passed `inert`): no getters run.
  data.slice(0, MAX_ITEMS).forEach((entry: unknown, index) => {
    const label = text(isRecord(entry) ? entry['label'] : undefined);
    const rawDescription = isRecord(entry) ? entry['description'] : undefined;
    const description = text(rawDescription);
    if (label === undefined || (rawDescription != null && description === undefined)) skipped.push(index);
    else items.push(description ? {label, description} : {label});
  });
  const problems: string[] = [];
  if (skipped.length > 0) {
    problems.push(
      `skipped entr${skipped.length > 1 ? 'ies' : 'y'} at index ${listed(skipped.map(String))}: ` +
        'each entry needs a text "label" and an optional text "description"',
    );
  }
  if (length > MAX_ITEMS) problems.push(`has ${length} entries; showing the first ${MAX_ITEMS}`);
  return {value: items, problem: problems.join('; ') || undefined};
}

/** Parses a space- or comma-separated list of words against allowed values. */
export function parseWordList<Word extends string>(
  input: unknown,
  allowed: readonly Word[],
  fallback: readonly Word[],
): Parsed<Word[]> {
  const parsed = parseIdList(input, allowed);
  if (parsed.value === undefined) {
    return {value: [...fallback], problem: parsed.problem};
  }
  return parsed as Parsed<Word[]>;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, MAX_TEXT);
  return trimmed === '' ? undefined : trimmed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, printable form of a bad value for a warning. */
export function describe(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    shown = typeof value;
  }
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/**
 * Parses a short clinic text (a link label, opening hours): spaces folded and trimmed,
 * at most `max` characters. Empty means "not set". The result is rendered as text.
 */
export function parseShortText(input: unknown, max = 120): Parsed<string | undefined> {
  if (input === undefined || input === null) return {value: undefined};
  if (typeof input !== 'string' && typeof input !== 'number') {
    return {value: undefined, problem: `expected text, got ${typeof input}; ignoring it`};
  }
  const value = String(input).replace(/\s+/g, ' ').trim();
  if (value === '') return {value: undefined};
  if (value.length > max) {
    return {value: `${value.slice(0, max - 1)}…`, problem: `is longer than ${max} characters; shortened`};
  }
  return {value};
}
