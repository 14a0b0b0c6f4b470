import {LitElement, html, nothing, type CSSResult, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {parseHeadingLevel, type HeadingLevel, type Parsed} from './attributes.js';
import {getLocale, pageLanguage, startLocalization, textDirection} from '../localization.js';
import {isOn, ReaderTools, toolsStyles, type HandoutData} from './reader-tools.js';
import {crisisLine, crisisText, disclaimerText} from '../content/disclaimer.js';
import {noteChanged, type NoteMember} from './page-note.js';
import {baseStyles} from './styles.js';
import {warn} from './warn.js';

/**
 * The base of every iop-widgets element: re-renders on a locale change, validates
 * `heading-level`, and reports bad clinic input as one `[iop-widgets]` warning each.
 */
export abstract class IopElement extends LitElement implements NoteMember {
  static override styles = [baseStyles, toolsStyles];

  /**
   * Level of the widget's own heading, 2–6 (nested headings follow). Defaults to 2.
   * Typed as 2–6 for apps; any other value at run time warns and falls back to 2.
   */
  @property({attribute: 'heading-level', reflect: false})
  headingLevel: HeadingLevel | `${HeadingLevel}` = 2;

  /**
   * Hides the widget's own heading on screen (for a page that already has one, e.g. in a
   * sidebar); screen readers still get it, and it still names the widget's section.
   */
  @property({type: Boolean, attribute: 'hide-heading', reflect: true})
  hideHeading = false;

  /**
   * The "educational information, not medical advice" note with the 988 and 911 lines.
   * Unset: shown once per page, by the first widget. `disclaimer` (or `"show"`): shown
   * here. `disclaimer="off"`: never here. See docs/page-note.md.
   */
  @property()
  disclaimer: boolean | string | null = null;

  /** Whether this element shows the page's note now (set by the page-note election). */
  @state() private noteShown: boolean | undefined;

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
  /**
   * True during the first update of an element the server rendered (its shadow root holds
   * the server's DOM): that render must match the server's output, so what only the browser
   * knows (stored ticks) waits for the next update.
   */
  protected get hydrating(): boolean {
    return !this.hasUpdated && Boolean(this.shadowRoot?.firstChild);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Hydrating: start from the note the server rendered, so the first render matches it
    // whatever the order in which the page's widgets connect; the page's election follows
    // (the same, see src/ssr.ts).
    if (this.hydrating && this.noteShown === undefined) {
      this.noteShown = Boolean(this.shadowRoot?.querySelector('[part~="disclaimer"] > p:not([part])'));
    }
    // In willUpdate (not update) so that server rendering, which runs willUpdate only,
    // writes the same lang and dir.
    const locale = getLocale();
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
    const page = pageLanguage().trim();
    const primary = (tag: string) => tag.toLowerCase().split('-')[0];
    this.pageLang = page && primary(page) !== primary(locale) ? page : undefined;
    const dir = textDirection(locale);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
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
    if (changed.has('disclaimer') && this.isConnected) noteChanged(this, true);
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

  override connectedCallback(): void {
    super.connectedCallback();
    noteChanged(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    noteChanged(this, false);
  }

  /** How the clinic set `disclaimer`: `show` (set, "", "show"), `off` ("off", false) or `auto` (unset). */
  noteMode(): 'show' | 'off' | 'auto' {
    const value: unknown = this.disclaimer;
    if (value === true) return 'show';
    if (value === false) return 'off';
    // Anything but text (a framework's hostile value) counts as unset; willUpdate warns.
    if (typeof value !== 'string') return 'auto';
    return /^\s*(off|false|hide|none)\s*$/i.test(value) ? 'off' : 'show';
  }


  /** Whether the page's note shows here. Before the page-wide choice (and on the server) only a forced note does. */
  protected get showsNote(): boolean {
    return this.noteShown ?? this.noteMode() === 'show';
  }

  setNote(shown: boolean): void {
    if (this.noteShown !== shown) this.noteShown = shown;
  }

  /**
   * The page's note (part `disclaimer`, `role="note"`): the not-medical-advice sentence and,
   * unless `crisis` is false (the widget shows them itself), the 988 and 911 lines
   * (parts `note-crisis`, `note-emergency`). `always`: the 988 and 911 lines show even
   * where the note does not (the guide).
   */
  protected renderDisclaimer(crisis = true, always = false) {
    const shown = this.showsNote;
    if (!shown && !always) return nothing;
    const lines = crisisText();
    return html`<div part="disclaimer" class="disclaimer" role="note">
      ${shown ? html`<p>${disclaimerText()}</p>` : nothing}
      ${crisis
        ? html`<p part="note-crisis">${lines.lead} <a href=${crisisLine.call}>${lines.call}</a> ·
            <a href=${crisisLine.text}>${lines.text}</a></p><p part="note-emergency">${lines.emergency}</p>`
        : nothing}
    </div>`;
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
