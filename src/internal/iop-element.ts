import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {parseHeadingLevel, type HeadingLevel, type Parsed} from './attributes.js';
import {getLocale, startLocalization, textDirection} from '../localization.js';
import {disclaimerText} from '../content/disclaimer.js';
import {isOn, ReaderTools, toolsStyles, type HandoutData} from './reader-tools.js';
import {crisisLine, crisisText} from '../content/help.js';
import {noteChanged, type NoteMember} from './page-note.js';
import {baseStyles} from './styles.js';
import {warn} from './warn.js';

/**
 * The base of every iop-widgets element: re-renders on a locale change, validates
 * `heading-level`, and reports bad clinic input as one `[iop-widgets]` warning each.
 */
export abstract class IopElement extends LitElement implements NoteMember {
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
    if (changed.has('disclaimer') && this.isConnected) noteChanged(this, true);
    if (changed.has('headingLevel')) {
      this.level = this.checked('heading-level', parseHeadingLevel(this.headingLevel));
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
    const value = this.disclaimer;
    if (value == null) return 'auto';
    return value === false || /^\s*(off|false|hide|none)\s*$/i.test(String(value)) ? 'off' : 'show';
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
