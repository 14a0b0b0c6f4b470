import {LitElement, adoptStyles, html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {parseHeadingLevel, type HeadingLevel, type Parsed} from './attributes.js';
import {getLocale, startLocalization, textDirection} from '../localization.js';
import {disclaimerText} from '../content/disclaimer.js';
import {baseStyles} from './styles.js';
import {warn, warnOnce} from './warn.js';

/**
 * The base of every iop-widgets element: re-renders on a locale change, validates
 * `heading-level`, and reports bad clinic input as one `[iop-widgets]` warning each.
 */
export abstract class IopElement extends LitElement {
  static override styles = [baseStyles];

  /** Level of the widget's own heading, 2–6 (nested headings follow). Defaults to 2. */
  @property({attribute: 'heading-level', reflect: false})
  headingLevel: number | string = 2;

  /** Shows the "educational information, not medical advice" note under the widget. */
  @property({type: Boolean, reflect: true})
  disclaimer = false;

  /** The validated heading level, derived in `willUpdate`. */
  protected level: HeadingLevel = 2;

  constructor() {
    super();
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  /**
   * Marks the element with the language it shows (`lang`) and its direction (`dir`), so
   * screen readers pick the right voice and Arabic lays out right to left even where the
   * page says otherwise (an unsupported page language shows English, marked `en`).
   */
  protected override update(changed: PropertyValues<this>): void {
    const locale = getLocale();
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
    const dir = textDirection(locale);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Values a framework set that no parser can read safely fall back to "not set" here,
    // before any subclass reads them (a change made in willUpdate joins this update).
    const properties = (this.constructor as typeof LitElement).elementProperties;
    for (const name of changed.keys()) {
      const options = properties.get(name);
      if (!options || options.state) continue;
      const value = (this as unknown as Record<PropertyKey, unknown>)[name];
      if (inert(value)) continue;
      (this as unknown as Record<PropertyKey, unknown>)[name] = null;
      this.warnAttribute(
        typeof options.attribute === 'string' ? options.attribute : String(name),
        'is not text, a number, true/false or a short plain list; ignoring it',
      );
    }
    if (changed.has('headingLevel')) {
      this.level = this.checked('heading-level', parseHeadingLevel(this.headingLevel));
    }
  }

  /**
   * Moved to another document (an iframe, `adoptNode`, a DOMParser document) or back: the
   * browser drops the shadow root's adopted stylesheets, so adopt them again, built in the
   * new document's own window when it is not ours (sheets cannot be shared across documents).
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    if (!root) return;
    try {
      const styles = (this.constructor as typeof LitElement).elementStyles;
      const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
      if (!view) return; // a document without a window shows nothing; styles come back with the element
      if (view.CSSStyleSheet === globalThis.CSSStyleSheet) {
        adoptStyles(root, styles);
        return;
      }
      root.adoptedStyleSheets = styles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
        return sheet;
      });
    } catch (error) {
      warnOnce(`adopt:${this.localName}`, `<${this.localName}> could not restyle itself in its new document (${String(error)}).`);
    }
  }

  /**
   * Last line of defence: an unexpected error while updating becomes one warning, never an
   * exception or an unhandled rejection in the host page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      const result = super.scheduleUpdate();
      return result instanceof Promise ? result.catch((error: unknown) => this.updateFailed(error)) : result;
    } catch (error) {
      this.updateFailed(error);
    }
  }

  private updateFailed(error: unknown): void {
    let reason = 'error';
    try {
      reason = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    } catch {
      // keep "error"
    }
    warnOnce(`update:${this.localName}`, `<${this.localName}> could not update (${reason}); please report this.`);
  }

  /** The disclaimer note (part `disclaimer`), or nothing unless `disclaimer` is set. */
  protected renderDisclaimer(show = this.disclaimer) {
    return show ? html`<p part="disclaimer" class="disclaimer">${disclaimerText()}</p>` : nothing;
  }

  /** Returns the parsed value, warning once when the parser reported a problem. */
  protected checked<T>(attribute: string, parsed: Parsed<T>): T {
    if (parsed.problem) this.warnAttribute(attribute, parsed.problem);
    return parsed.value;
  }

  /** One warning that names the element and the attribute, e.g. `<iop-faq> heading-level: …`. */
  protected warnAttribute(attribute: string, problem: string): void {
    warn(`<${this.localName}> ${attribute}: ${problem}.`);
  }
}

/** Longest list or text a property may hold; longer values are ignored (one warning). */
const MAX_LENGTH = 1000;
const MAX_TEXT_LENGTH = 200_000;

/**
 * True for values the parsers can read without running a page's code: text, numbers,
 * true/false, null, and plain arrays or objects of those (a few levels, at most 1,000
 * entries, no getters, no proxies that throw). Symbols, functions, class instances,
 * null-prototype objects and revoked proxies are not.
 */
export function inert(value: unknown, depth = 0): boolean {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_TEXT_LENGTH;
    case 'number':
    case 'boolean':
    case 'undefined':
      return true;
    case 'object': {
      if (value === null) return true;
      if (depth > 2) return false;
      try {
        const array = Array.isArray(value);
        if (Object.getPrototypeOf(value) !== (array ? Array.prototype : Object.prototype)) return false;
        const keys = Object.keys(value);
        if (keys.length > MAX_LENGTH) return false;
        for (const key of keys) {
          const descriptor = Object.getOwnPropertyDescriptor(value, key);
          if (!descriptor || !('value' in descriptor) || !inert(descriptor.value, depth + 1)) return false;
        }
        return true;
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}
