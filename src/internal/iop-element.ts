import {LitElement, html, nothing, type CSSResult, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {parseHeadingLevel, type HeadingLevel, type Parsed} from './attributes.js';
import {getLocale, startLocalization, textDirection} from '../localization.js';
import {disclaimerText} from '../content/disclaimer.js';
import {baseStyles} from './styles.js';
import {warn} from './warn.js';

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
      const self = this as unknown as Record<PropertyKey, unknown>;
      if (options && !options.state && !inert(self[name])) {
        self[name] = null;
        this.warnAttribute(typeof options.attribute === 'string' ? options.attribute : String(name), 'cannot be read; ignoring it');
      }
    }
    if (changed.has('headingLevel')) {
      this.level = this.checked('heading-level', parseHeadingLevel(this.headingLevel));
    }
  }

  /**
   * Moved to another document (an iframe, `adoptNode`, a DOMParser document) or back: the
   * browser drops the adopted stylesheets, so adopt them again, built in the new window
   * when it is not ours (a sheet cannot be shared across documents).
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView as typeof globalThis | null;
    const root = this.shadowRoot;
    if (!view || !root) return; // no window shows nothing; the styles come back with the element
    const styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
    try {
      root.adoptedStyleSheets = styles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(style.cssText);
        return sheet;
      });
    } catch {
      // A window that refuses: the element stays unstyled there, and is restyled back home.
    }
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

/**
 * True for values the parsers can read without running a page's code: text (up to 200,000
 * characters), numbers, booleans, null, and plain arrays or objects of those (three levels,
 * 1,000 entries, no getters). Symbols, functions, class instances, null-prototype objects
 * and proxies that throw are not.
 */
export function inert(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'string' ? value.length <= 200_000 : !/^(symbol|function|bigint)$/.test(typeof value);
  }
  try {
    const proto = Object.getPrototypeOf(value);
    const keys = Object.keys(value);
    return (
      depth < 3 &&
      keys.length <= 1000 &&
      (proto === Object.prototype || (proto === Array.prototype && Array.isArray(value))) &&
      keys.every((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        return descriptor !== undefined && 'value' in descriptor && inert(descriptor.value, depth + 1);
      })
    );
  } catch {
    return false;
  }
}
