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

/**
 * Locales a qualified human translator has reviewed and signed off. Keep in step with
 * `"reviewed": true` in locales/status.json (a test compares them).
 */
export const reviewedLocales: readonly SupportedLocale[] = [];

/** Set by `setReviewedOnly()`; otherwise the page's meta switch decides. */
let reviewedOnly: boolean | undefined;

/** True when unreviewed translations give way to English (meta switch or `setReviewedOnly`). */
export function isReviewedOnly(): boolean {
  return (
    reviewedOnly ??
    globalThis.document?.querySelector?.('meta[name="iop-widgets-translations"]')?.getAttribute('content')?.trim() === 'reviewed-only'
  );
}

let noticeGiven = false;

/** An unreviewed translation: English instead when reviewed-only, else one console notice per page. */
function checkReview(locale: SupportedLocale): SupportedLocale {
  if (locale === sourceLocale || reviewedLocales.includes(locale)) return locale;
  if (isReviewedOnly()) return sourceLocale;
  // Not on the server: the command writes pages to stdout (prerender reads the meta switch itself).
  if (!noticeGiven && !serverLocale) {
    noticeGiven = true;
    try {
      globalThis.console?.info(
        `[iop-widgets] "${locale}" is not reviewed by a qualified translator yet; see locales/status.json and iop-widgets-translations.`,
      );
    } catch {
      // A host page that broke the console must not break the widgets.
    }
  }
  return locale;
}

/** The writing direction of a shipped locale. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

let controls: ReturnType<typeof configureLocalization> | undefined;
let started = false;
let pinned = false;
/** Set by `useHostLocalization()`: the app owns @lit/localize; we only follow it. */
let hostLocale: SupportedLocale | undefined;
/** Set by the server renderer (src/ssr.ts): the locale of the render in progress. */
let serverLocale: (() => SupportedLocale) | undefined;

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
    // Own properties only: `lang="constructor"` must not find Object.prototype.constructor.
    const match =
      supportedLocales.find((locale) => locale.toLowerCase() === prefix) ??
      (Object.prototype.hasOwnProperty.call(aliases, prefix) ? aliases[prefix] : undefined);
    if (match) return match;
  }
  return undefined;
}

/**
 * The locale the widgets show for a page language: `matchLocale`, else English with one
 * warning. The browser applies it to `<html lang>`; the server renderer to the page's.
 */
export function resolve(tag: string): SupportedLocale {
  if (tag.trim() === '') return sourceLocale;
  const locale = matchLocale(tag);
  if (locale) return checkReview(locale);
  warnOnce(
    `locale:${tag}`,
    `no translation for language "${tag}"; showing English. Supported: ${supportedLocales.join(', ')}.`,
  );
  return sourceLocale;
}

function configure(): ReturnType<typeof configureLocalization> | undefined {
  if (controls || started || hostLocale || serverLocale) return controls;
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
  const fallBack = (error: unknown) => {
    warn(`could not load the "${locale}" translation (${String(error)}); showing English.`);
    return localization.setLocale(sourceLocale).catch(() => undefined);
  };
  try {
    return localization.setLocale(locale).catch(fallBack);
  } catch (error) {
    // setLocale can throw synchronously (an unexpected locale): never into the page.
    return fallBack(error);
  }
}

/**
 * The page's `<html>` element, captured once through the DOM's own getter: a
 * `<form name="documentElement">` in the page (document named properties override
 * built-ins) cannot stand in for it. Undefined on a server.
 */
const pageRoot: Element | undefined = (() => {
  try {
    if (typeof document === 'undefined' || typeof Document === 'undefined') return undefined;
    return Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get?.call(document) ?? undefined;
  } catch {
    return undefined;
  }
})();

/** The page's `<html lang>` as written ('' on a server or when unset). */
export function pageLanguage(): string {
  return pageRoot?.getAttribute('lang') ?? '';
}

/**
 * Starts following `<html lang>`. Called by every widget's constructor; safe to call
 * any number of times.
 */
export function startLocalization(): void {
  if (started || hostLocale || serverLocale) return;
  if (!configure()) return;
  const root = pageRoot;
  if (!root) return;
  new MutationObserver(() => {
    if (!pinned) void apply(resolve(pageLanguage()));
  }).observe(root, {attributes: true, attributeFilter: ['lang']});
  firstLocale = apply(resolve(pageLanguage()));
}

let firstLocale: Promise<void> = Promise.resolve();

/** Starts following `<html lang>`; resolves when the page's translation has loaded. */
export function pageLocaleLoaded(): Promise<void> {
  startLocalization();
  return firstLocale;
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
  pinnedTag = typeof tag === 'string' ? tag : '';
  return apply(resolve(pinnedTag));
}

let pinnedTag = '';

/**
 * `true`: show English instead of any translation not yet reviewed by a qualified human
 * translator (like `<meta name="iop-widgets-translations" content="reviewed-only">`);
 * `false`: show them (with one console notice). Resolves when the widgets have switched.
 */
export function setReviewedOnly(on: boolean): Promise<void> {
  reviewedOnly = Boolean(on);
  if (hostLocale) return Promise.resolve();
  startLocalization();
  return apply(resolve(pinned ? pinnedTag : pageLanguage()));
}

/** Goes back to following the page's `<html lang>` after `setLocale()`. */
export function followPageLanguage(): Promise<void> {
  startLocalization();
  pinned = false;
  return apply(resolve(pageLanguage()));
}

/** The locale the widgets show now (`en` until a translation has loaded). */
export function getLocale(): SupportedLocale {
  return serverLocale?.() ?? hostLocale ?? ((controls?.getLocale() ?? sourceLocale) as SupportedLocale);
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

/**
 * For the server renderer only (src/ssr.ts): the widgets never configure @lit/localize
 * themselves and `getLocale()` asks `current` (the locale of the render in progress).
 */
export function useServerLocale(current: () => SupportedLocale): void {
  serverLocale = current;
}
