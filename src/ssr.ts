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
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {configureSsrLocalization} from '@lit/localize-tools/lib/ssr.js';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {loadTemplates, resolve, supportedLocales, useServerLocale, type SupportedLocale} from './localization.js';
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
 * unchanged) to declarative shadow DOM in `locale`.
 *
 * ```js
 * const markup = await renderWidget('<iop-helpline phone="555-010-4477"></iop-helpline>', {locale: 'es'});
 * ```
 */
export async function renderWidget(markup: string, options: RenderOptions = {}): Promise<string> {
  const locale = options.locale ? resolve(options.locale) : sourceLocale;
  return renderFragment(String(markup), locale, options);
}

/** The outermost iop-widgets elements of a parsed page that are not rendered yet. */
function findElements(node: Node, found: Element[]): Element[] {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if ((tagNames as readonly string[]).includes(child.tagName)) {
      const prerendered = child.childNodes.some(
        (inner) => 'tagName' in inner && inner.tagName === 'template' && inner.attrs.some((a) => a.name === 'shadowrootmode'),
      );
      if (!prerendered) found.push(child);
      continue;
    }
    findElements(child, found);
  }
  return found;
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
  const locale = resolve(lang);
  const elements = findElements(document, []);
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
    out += await renderFragment(page.slice(location.startOffset, location.endOffset), locale, options);
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
