/**
 * Locale handling for every widget on the page.
 *
 * By default the page's `<html lang>` decides, live: a MutationObserver follows changes.
 * `es-MX` falls back to `es`; an unknown language falls back to English with one warning.
 * `setLocale()` overrides the page language until `followPageLanguage()` is called.
 *
 * Registers no element. Importing this module configures nothing until a widget is
 * created or one of these functions is called.
 */
import {configureLocalization, type LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import {followNewMessageGroups, loadSplitLocale} from './internal/locale-split.js';
import {warn, warnOnce} from './internal/warn.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** Every locale the widgets ship, source (English) first. */
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

/**
 * One lazy import per locale. Each becomes its own chunk, fetched only when chosen,
 * relative to the module (so the CDN folder can move to any host).
 */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  es: () => import('./generated/locales/es.js'),
  ko: () => import('./generated/locales/ko.js'),
  tl: () => import('./generated/locales/tl.js'),
  vi: () => import('./generated/locales/vi.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
  'zh-Hant': () => import('./generated/locales/zh-Hant.js'),
};

/**
 * Page language tags (lowercase) that map to a shipped locale other than by their first
 * subtag. Plain `zh` means Simplified Chinese, the most common on US sites.
 */
const aliases: Record<string, SupportedLocale> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  fil: 'tl',
};

const rightToLeft: ReadonlySet<string> = new Set(['ar']);

/** The writing direction of a shipped locale. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

let controls: ReturnType<typeof configureLocalization> | undefined;
let started = false;
let pinned = false;
/** Set by `useHostLocalization()`: the app owns @lit/localize; we only follow it. */
let hostLocale: SupportedLocale | undefined;

/**
 * Maps any BCP 47 tag to a shipped locale: exact match, then a known alias, then the
 * language subtag (`es-MX` → `es`). Returns `undefined` when nothing fits.
 */
export function matchLocale(tag: string): SupportedLocale | undefined {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (wanted === '') return undefined;
  const exact = supportedLocales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  // Longest prefix first: zh-Hant-TW → zh-Hant; zh-TW → (alias) zh-Hant; es-MX → es.
  const parts = wanted.split('-');
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('-');
    const match = supportedLocales.find((locale) => locale.toLowerCase() === prefix) ?? aliases[prefix];
    if (match) return match;
  }
  return undefined;
}

function resolve(tag: string): SupportedLocale {
  if (tag.trim() === '') return sourceLocale;
  const locale = matchLocale(tag);
  if (locale) return locale;
  warnOnce(
    `locale:${tag}`,
    `no translation for language "${tag}"; showing English. Supported: ${supportedLocales.join(', ')}.`,
  );
  return sourceLocale;
}

function configure(): ReturnType<typeof configureLocalization> | undefined {
  if (controls || started || hostLocale) return controls;
  started = true;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      // npm build: only the message groups of the elements in use (src/internal/locale-split.ts).
      loadLocale: (locale) => (loadSplitLocale ? loadSplitLocale(locale) : loaders[locale as TargetLocale]()),
    });
    followNewMessageGroups(getLocale);
  } catch {
    warnOnce(
      'localize-configured',
      'another script on this page already configured @lit/localize, so iop-widgets cannot ' +
        'switch language by itself. See "Apps that already use @lit/localize" in the README.',
    );
  }
  return controls;
}

function apply(locale: SupportedLocale): Promise<void> {
  const localization = configure();
  if (!localization) return Promise.resolve();
  return localization.setLocale(locale).catch((error: unknown) => {
    warn(`could not load the "${locale}" translation (${String(error)}); showing English.`);
    return localization.setLocale(sourceLocale);
  });
}

function pageLanguage(): string {
  return globalThis.document?.documentElement?.getAttribute('lang') ?? '';
}

/**
 * Starts following `<html lang>`. Called by every widget's constructor; safe to call
 * any number of times.
 */
export function startLocalization(): void {
  if (started || hostLocale) return;
  if (!configure()) return;
  const root = globalThis.document?.documentElement;
  if (!root) return;
  new MutationObserver(() => {
    if (!pinned) void apply(resolve(pageLanguage()));
  }).observe(root, {attributes: true, attributeFilter: ['lang']});
  void apply(resolve(pageLanguage()));
}

/**
 * Shows every widget in `tag` (any BCP 47 tag; `es-MX` → `es`), whatever `<html lang>`
 * says, until `followPageLanguage()`. Resolves when the translation has loaded.
 */
export function setLocale(tag: string): Promise<void> {
  if (hostLocale) {
    warnOnce('host-set-locale', 'setLocale() does nothing after useHostLocalization(): use your app’s own setLocale().');
    return Promise.resolve();
  }
  startLocalization();
  pinned = true;
  return apply(resolve(String(tag ?? '')));
}

/** Goes back to following the page's `<html lang>` after `setLocale()`. */
export function followPageLanguage(): Promise<void> {
  startLocalization();
  pinned = false;
  return apply(resolve(pageLanguage()));
}

/** The locale the widgets show now (`en` until a translation has loaded). */
export function getLocale(): SupportedLocale {
  return hostLocale ?? ((controls?.getLocale() ?? sourceLocale) as SupportedLocale);
}

/**
 * The widgets' translations for `locale`, for an app that configures @lit/localize
 * itself: merge them into the templates its own `loadLocale` returns. Resolves to `{}`
 * for English and for locales the widgets do not ship.
 */
export async function loadTemplates(locale: string): Promise<LocaleModule['templates']> {
  const match = matchLocale(locale);
  if (!match || match === sourceLocale) return {};
  return (await loaders[match as TargetLocale]()).templates;
}

/**
 * For an app that uses @lit/localize itself (with the npm build they share one copy,
 * which can be configured only once): call this before any widget is created, then
 * configure localization in the app and merge `loadTemplates(locale)` into its
 * `loadLocale`. The widgets then follow the app's `setLocale()` and leave `<html lang>`
 * alone.
 */
export function useHostLocalization(): void {
  if (hostLocale || controls) return;
  hostLocale = sourceLocale;
  globalThis.addEventListener?.('lit-localize-status', (event) => {
    const detail = (event as CustomEvent<{status: string; readyLocale?: string}>).detail;
    if (detail?.status === 'ready' && detail.readyLocale) hostLocale = matchLocale(detail.readyLocale) ?? sourceLocale;
  });
}
