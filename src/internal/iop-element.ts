import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {parseHeadingLevel, type HeadingLevel, type Parsed} from './attributes.js';
import {getLocale, startLocalization, textDirection} from '../localization.js';
import {disclaimerText} from '../content/disclaimer.js';
import {isOn, ReaderTools, toolsStyles, type HandoutData} from './reader-tools.js';
import {baseStyles} from './styles.js';
import {warn} from './warn.js';

/**
 * The base of every iop-widgets element: re-renders on a locale change, validates
 * `heading-level`, and reports bad clinic input as one `[iop-widgets]` warning each.
 */
export abstract class IopElement extends LitElement {
  static override styles = [baseStyles, toolsStyles];

  /** Level of the widget's own heading, 2–6 (nested headings follow). Defaults to 2. */
  @property({attribute: 'heading-level', reflect: false})
  headingLevel: number | string = 2;

  /**
   * Hides the widget's own heading on screen (for a page that already has one, e.g. in a
   * sidebar); screen readers still get it, and it still names the widget's section.
   */
  @property({type: Boolean, attribute: 'hide-heading', reflect: true})
  hideHeading = false;

  /** Shows the "educational information, not medical advice" note under the widget. */
  @property({type: Boolean, reflect: true})
  disclaimer = false;

  /**
   * Shows a "Listen" button that reads the widget's visible text aloud with a voice on
   * the device (only where the browser has one for the widget's language). Opt-in on every
   * widget (`listen`), on by default in `<iop-guide>` (`listen="off"` hides it there).
   * See docs/listen-and-handout.md.
   */
  @property() listen: string | null = null;

  /** Whether "Listen" is on when the `listen` attribute is absent. */
  protected listenByDefault = false;

  /** The validated heading level, derived in `willUpdate`. */
  protected level: HeadingLevel = 2;

  /**
   * The page's language when the widget shows another one (e.g. English on a German page):
   * templates mark the clinic's own text (labels, hours, names, items) with it, so screen
   * readers read it with the right voice. Undefined when they agree or the page has none.
   */
  protected pageLang: string | undefined;

  constructor() {
    super();
    startLocalization();
    updateWhenLocaleChanges(this);
    new ReaderTools(this);
  }

  /** @internal Whether the reader tools offer "Listen". */
  listenOn(): boolean {
    return isOn(this.listen, this.listenByDefault);
  }

  /** @internal The printed handout's content (the checklist and the guide have one). */
  handoutData(): HandoutData | undefined {
    return undefined;
  }

  /**
   * Marks the element with the language it shows (`lang`) and its direction (`dir`), so
   * screen readers pick the right voice and Arabic lays out right to left even where the
   * page says otherwise (an unsupported page language shows English, marked `en`).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // In willUpdate (not update) so that server rendering, which runs willUpdate only,
    // writes the same lang and dir.
    const locale = getLocale();
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
    const page = typeof document === 'undefined' ? '' : (document.documentElement?.lang ?? '').trim();
    const primary = (tag: string) => tag.toLowerCase().split('-')[0];
    this.pageLang = page && primary(page) !== primary(locale) ? page : undefined;
    const dir = textDirection(locale);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
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
