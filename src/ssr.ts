/**
 * iop-widgets/ssr.js — server rendering for Node 20+ (built on @lit-labs/ssr).
 *
 * - `renderWidget(html, {locale})` renders the iop-widgets elements in an HTML fragment to
 *   declarative shadow DOM (`<template shadowrootmode="open">`), styles included, in that
 *   locale.
 * - `prerender(pageHtml)` renders every iop-widgets element in a whole page, in the locale
 *   the page's `<html lang>` maps to (the browser's own mapping: `es-MX` → `es`, unknown →
 *   English with one warning).
 *
 * The elements are the same classes the browser runs (same attribute validation, same
 * `[iop-widgets]` warnings and fallbacks); only `willUpdate` and `render` run on the
 * server. Localization uses @lit/localize's SSR support (one AsyncLocalStorage context per
 * render), so concurrent renders in different locales never mix.
 *
 * The browser bundles hydrate what this writes (see docs/server-rendering.md).
 */
/// <reference types="node" />
import {AsyncLocalStorage} from 'node:async_hooks';
import {html} from 'lit';
import {render} from '@lit-labs/ssr';
import {LitElementRenderer} from '@lit-labs/ssr/lib/lit-element-renderer.js';
import type {RenderInfo} from '@lit-labs/ssr/lib/render-value.js';
import {collectResult, collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {serverTools, type ToolsHost} from './internal/reader-tools.js';
import {configureSsrLocalization} from '@lit/localize-tools/lib/ssr.js';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {loadTemplates, resolve, reviewedLocales, supportedLocales, useServerLocale, type SupportedLocale} from './localization.js';
import type {NoteMember} from './internal/page-note.js';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import {tagNames} from './internal/tags.js';
import {warn} from './internal/warn.js';
import './index.js';

export {supportedLocales, type SupportedLocale};

export {tagNames};

export interface RenderOptions {
  /**
   * Any BCP 47 tag (`es-MX` → `es`); unknown or missing → English (one warning for an
   * unknown tag). Default `en`.
   */
  locale?: string;
  /**
   * Where each shadow root gets its CSS from:
   * - omitted (default): an inline `<style>` inside each shadow root. Simplest; blocked by
   *   a strict `style-src 'self'` Content Security Policy.
   * - `{href: '/iop-widgets/'}`: a `<link rel="stylesheet" href="/iop-widgets/ssr/<tag>.css">`
   *   inside each shadow root, for pages under a strict CSP. Point `href` at your copy of
   *   `dist/cdn/` (the build writes `dist/cdn/ssr/<tag>.css`; `elementCss(tag)` returns
   *   the same text).
   */
  stylesheets?: {href: string};
}

interface RenderState {
  locale: SupportedLocale;
  stylesheets?: {href: string};
  /** JSON-LD texts of the FAQs rendered so far, by marker number. */
  jsonLd: string[];
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Kept on globalThis: @lit/localize (a dependency, loaded once per process) can be
// configured only once, and a dev server that re-evaluates this module (Vite SSR) must
// reuse that configuration and the render context it reads.
const shared = globalThis as unknown as Record<symbol, unknown>;
const STATE = Symbol.for('iop-widgets.ssr.state');
const LOCALIZATION = Symbol.for('iop-widgets.ssr.localization');
const state = (shared[STATE] ??= new AsyncLocalStorage<RenderState>()) as AsyncLocalStorage<RenderState>;
useServerLocale(() => state.getStore()?.locale ?? sourceLocale);
const JSON_LD_MARK = 'iop-faq-json-ld:';

/** Renders our elements like LitElementRenderer, plus the strict-CSP stylesheet option and the FAQ's JSON-LD. */
class IopElementRenderer extends LitElementRenderer {
  override setAttribute(name: string, value: string): void {
    if (name === NOTE_MARK) {
      // Whether the page's note shows here, elected like the browser (see electNote).
      (this.element as unknown as NoteMember).setNote(value === '1');
      return;
    }
    if (name === SLOTS_MARK) {
      // Which of a program card's slots the page fills (see markFilledSlots).
      const card = this.element as unknown as {hasDescription: boolean; hasActions: boolean};
      card.hasDescription = value.split(' ').includes('default');
      card.hasActions = value.split(' ').includes('actions');
      return;
    }
    super.setAttribute(name, value);
  }

  override renderShadow(renderInfo: RenderInfo) {
    const result = super.renderShadow(renderInfo);
    const current = state.getStore();
    if (!result || !current || !(tagNames as readonly string[]).includes(this.tagName)) return result;
    const element = this.element as unknown as {jsonLd?: boolean; jsonLdText?: () => string};
    let out = [...result];
    if (current.stylesheets) {
      // Drop the inline <style>…</style> that LitElementRenderer put first.
      const end = out.indexOf('</style>');
      if (out[0] === '<style>' && end > 0) out = out.slice(end + 1);
      out.unshift(`<link rel="stylesheet" href="${escapeAttribute(stylesheetUrl(current.stylesheets.href, this.tagName))}">`);
    }
    // The reader tools' row, first in the shadow root as in the browser, without Lit's
    // markers (the controller takes it over; hydration looks only at the template after it).
    const tools = serverTools(this.element as unknown as ToolsHost);
    if (tools) out.unshift(collectResultSync(render(tools)).replace(/<!--[^]*?-->|<\?>/g, ''));
    if (this.tagName === 'iop-faq' && element.jsonLd && element.jsonLdText) {
      // The template is rendered lazily: the JSON-LD is read after it (a thunk), then
      // moved out of the shadow root into the element's light DOM by renderFragment().
      out.push(() => {
        current.jsonLd.push(element.jsonLdText!());
        return `<!--${JSON_LD_MARK}${current.jsonLd.length - 1}-->`;
      });
    }
    return out;
  }
}

const SLOTS_MARK = 'data-iop-ssr-slots';
const NOTE_MARK = 'data-iop-ssr-note';

/** The first `<meta name>`'s content in a parsed page or fragment, trimmed (compared as the browser compares it). */
function metaContent(node: Node, name: string): string | undefined {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'meta' && child.attrs.some((a) => a.name === 'name' && a.value === name)) {
      return (child.attrs.find((a) => a.name === 'content')?.value ?? '').trim();
    }
    const inner = metaContent(child.tagName === 'template' && 'content' in child ? child.content : child, name);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** `show`, `off` or `auto`, read from a `disclaimer` attribute as IopElement.noteMode reads the property. */
function noteMode(element: Element): 'show' | 'off' | 'auto' {
  const value = element.attrs.find((a) => a.name === 'disclaimer')?.value;
  if (value === undefined) return 'auto';
  return /^\s*(off|false|hide|none)\s*$/i.test(value) ? 'off' : 'show';
}

/**
 * The page note's election (src/internal/page-note.ts) on the server: which of the
 * outermost widgets (in document order) show the note. The page's meta switch hides it
 * everywhere; widgets with `disclaimer` show it (then no other); else the first
 * automatic one does.
 */
function electNote(root: Node, widgets: Element[]): Set<Element> {
  if (metaContent(root, 'iop-widgets-disclaimer')?.toLowerCase() === 'off') return new Set();
  const forced = widgets.filter((element) => noteMode(element) === 'show');
  if (forced.length > 0) return new Set(forced);
  const first = widgets.find((element) => noteMode(element) === 'auto');
  return new Set(first ? [first] : []);
}

/** `markup` with ` name="value"` added at the end of `element`'s start tag (offsets relative to `base`). */
function addAttribute(markup: string, element: Element, base: number, attribute: string): string {
  const end = element.sourceCodeLocation?.startTag?.endOffset;
  if (end === undefined) return markup;
  const at = markup[end - base - 2] === '/' ? end - base - 2 : end - base - 1;
  return `${markup.slice(0, at)} ${attribute}${markup.slice(at)}`;
}

/**
 * The server cannot see slot assignment, so the slots that a program card's children fill
 * are told to its renderer by a temporary attribute (removed from the output): the card
 * then shows its description and actions as it does in the browser.
 */
function markFilledSlots(markup: string): string {
  const cards: Element[] = [];
  const walk = (node: Node) => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'iop-program-card') cards.push(child);
      walk(child);
    }
  };
  walk(parseFragment(markup, {sourceCodeLocationInfo: true}));
  let out = markup;
  for (const card of cards.sort((a, b) => (b.sourceCodeLocation?.startOffset ?? 0) - (a.sourceCodeLocation?.startOffset ?? 0))) {
    const end = card.sourceCodeLocation?.startTag?.endOffset;
    if (end === undefined) continue;
    const slots = new Set<string>();
    for (const child of card.childNodes) {
      const slot = 'tagName' in child ? (child.attrs.find((attribute) => attribute.name === 'slot')?.value ?? 'default') : undefined;
      if (slot !== undefined) slots.add(slot);
      else if ('value' in child && child.nodeName === '#text' && child.value.trim() !== '') slots.add('default');
    }
    if (slots.size === 0) continue;
    const at = out[end - 2] === '/' ? end - 2 : end - 1;
    out = `${out.slice(0, at)} ${SLOTS_MARK}="${[...slots].join(' ')}"${out.slice(at)}`;
  }
  return out;
}

function stylesheetUrl(base: string, tag: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}ssr/${tag}.css`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

type WithLocale = (locale: string, callback: () => Promise<string>) => Promise<string>;

/** Configures @lit/localize for the server once (all translations are loaded up front). */
function localization(): Promise<WithLocale> {
  return (shared[LOCALIZATION] ??= (async () => {
    const {withLocale} = await configureSsrLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      loadLocale: async (locale) => ({templates: await loadTemplates(locale)}),
    });
    return (locale: string, callback: () => Promise<string>) =>
      new Promise<string>((done, fail) => {
        withLocale(locale, () => {
          callback().then(done, fail);
        });
      });
  })()) as Promise<WithLocale>;
}

/** A template of static markup: Lit SSR finds the custom elements in it and renders them. */
function staticTemplate(markup: string) {
  const strings = Object.assign([markup], {raw: [markup]}) as unknown as TemplateStringsArray;
  return html(strings);
}

async function renderFragment(markup: string, locale: SupportedLocale, options: RenderOptions): Promise<string> {
  const withLocale = await localization();
  const current: RenderState = {locale, stylesheets: options.stylesheets, jsonLd: []};
  const output = await state.run(current, () =>
    withLocale(locale, () =>
      collectResult(render(staticTemplate(markFilledSlots(markup)), {elementRenderers: [IopElementRenderer]})),
    ),
  );
  // The FAQ's JSON-LD goes right after its shadow root: a light-DOM child, as in the browser.
  // The markers of the static outer template are dropped (each element hydrates on its own).
  // Lit SSR writes a `.checked=${false}` property binding as `checked="false"`, which
  // HTML reads as ticked: drop it so unticked boxes show unticked without script.
  return output
    .replace(/(<input\b[^>]*?) checked="false"/g, '$1')
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(
    new RegExp(`<!--${JSON_LD_MARK}(\\d+)--></template>`, 'g'),
    (_: string, index: string) =>
      `</template><script type="application/ld+json" data-iop-faq-json-ld>${current.jsonLd[Number(index)]}</script>`,
  );
}

/**
 * Renders the iop-widgets elements in an HTML fragment (any other markup passes through
 * unchanged) to declarative shadow DOM in `locale`. The page note ("not medical advice",
 * 988/911) shows on the fragment's first widget, which gets `disclaimer` in the output
 * (unless a widget in it has `disclaimer`); see docs/page-note.md.
 *
 * ```js
 * const markup = await renderWidget('<iop-helpline phone="555-010-4477"></iop-helpline>', {locale: 'es'});
 * ```
 */
export async function renderWidget(markup: string, options: RenderOptions = {}): Promise<string> {
  const locale = options.locale ? resolve(options.locale) : sourceLocale;
  // The page note: elected within the fragment, and written as `disclaimer` on the widget
  // that shows it, so the browser (which elects page-wide) shows it there too.
  let source = String(markup);
  const fragment = parseFragment(source, {sourceCodeLocationInfo: true});
  const widgets = findElements(fragment, [], true);
  const shown = electNote(fragment, widgets);
  const off = metaContent(fragment, 'iop-widgets-disclaimer')?.toLowerCase() === 'off';
  for (const element of [...widgets].reverse()) {
    if (off) source = addAttribute(source, element, 0, `${NOTE_MARK}="0"`);
    else if (shown.has(element) && noteMode(element) === 'auto') source = addAttribute(source, element, 0, 'disclaimer');
  }
  return renderFragment(source, locale, options);
}

/** The outermost iop-widgets elements of a parsed page that are not rendered yet. */
function findElements(node: Node, found: Element[], all = false): Element[] {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if ((tagNames as readonly string[]).includes(child.tagName)) {
      if (all || !prerendered(child)) found.push(child);
      continue;
    }
    findElements(child, found, all);
  }
  return found;
}

/** Whether an element already carries a declarative shadow root. */
function prerendered(element: Element): boolean {
  return element.childNodes.some(
    (inner) => 'tagName' in inner && inner.tagName === 'template' && inner.attrs.some((a) => a.name === 'shadowrootmode'),
  );
}

/**
 * Renders every iop-widgets element of a whole HTML page in the page's language
 * (`<html lang>`, mapped as the browser maps it). Everything else in the page is kept
 * byte for byte. Elements that already carry a declarative shadow root are left alone,
 * so prerendering twice changes nothing.
 */
export async function prerender(pageHtml: string, options: Omit<RenderOptions, 'locale'> = {}): Promise<string> {
  const page = String(pageHtml);
  const document = parse(page, {sourceCodeLocationInfo: true});
  const root = document.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'html');
  const lang = root?.attrs.find((attribute) => attribute.name === 'lang')?.value ?? '';
  // `<meta name="iop-widgets-translations" content="reviewed-only">`: English for a locale
  // no qualified translator has reviewed yet, as in the browser.
  const matched = resolve(lang);
  const reviewedOnly = metaContent(document, 'iop-widgets-translations') === 'reviewed-only';
  const locale = reviewedOnly && !reviewedLocales.includes(matched) ? sourceLocale : matched;
  // The page note goes where the browser will put it (the first widget, unless switched
  // off or forced elsewhere), so hydration finds the same content.
  const all = findElements(document, [], true);
  const shown = electNote(document, all);
  const elements = all.filter((element) => !prerendered(element));
  let out = '';
  let at = 0;
  for (const element of elements) {
    const location = element.sourceCodeLocation;
    // An element the parser made up (no end tag, implied by the markup) is left as is.
    if (!location?.endTag) {
      warn(`prerender: <${element.tagName}> at offset ${location?.startOffset ?? '?'} has no end tag; left for the browser to render.`);
      continue;
    }
    out += page.slice(at, location.startOffset);
    const markup = addAttribute(page.slice(location.startOffset, location.endOffset), element, location.startOffset, `${NOTE_MARK}="${shown.has(element) ? 1 : 0}"`);
    // The marker attribute leaves its spaces behind: one space after the tag name, as before.
    out += (await renderFragment(markup, locale, options)).replace(/^(<[\w-]+)\s+(?=[^\s>])/, '$1 ');
    at = location.endOffset;
  }
  return out + page.slice(at);
}

/** The CSS of one element's shadow root (what the inline `<style>` holds), for `stylesheets`. */
export function elementCss(tag: string): string {
  const element = globalThis.customElements?.get(tag) as unknown as {elementStyles?: {cssText: string}[]} | undefined;
  if (!(tagNames as readonly string[]).includes(tag) || !element?.elementStyles) throw new Error(`elementCss: unknown element "${tag}"`);
  return element.elementStyles.map((style) => style.cssText).join('\n');
}
