import {LitElement, html, nothing, type PropertyValues} from 'lit';
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

  /**
   * Level of the widget's own heading, 2–6 (nested headings follow). Defaults to 2.
   * Typed as 2–6 for apps; any other value at run time warns and falls back to 2.
   */
  @property({attribute: 'heading-level', reflect: false})
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

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
    if (changed.has('headingLevel')) {
      this.level = this.checked('heading-level', parseHeadingLevel(this.headingLevel));
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
