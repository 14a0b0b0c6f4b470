import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {parseHeadingLevel, type HeadingLevel, type Parsed} from './attributes.js';
import {getLocale, startLocalization, textDirection} from '../localization.js';
import {disclaimerText} from '../content/disclaimer.js';
import {crisisLine, crisisText} from '../content/help.js';
import {noteChanged, type NoteMember} from './page-note.js';
import {baseStyles} from './styles.js';
import {warn} from './warn.js';

/**
 * The base of every iop-widgets element: re-renders on a locale change, validates
 * `heading-level`, and reports bad clinic input as one `[iop-widgets]` warning each.
 */
export abstract class IopElement extends LitElement implements NoteMember {
  static override styles = [baseStyles];

  /** Level of the widget's own heading, 2–6 (nested headings follow). Defaults to 2. */
  @property({attribute: 'heading-level', reflect: false})
  headingLevel: number | string = 2;

  /**
   * The "educational information, not medical advice" note with the 988 and 911 lines.
   * Unset: shown once per page, by the first widget. `disclaimer` (or `"show"`): shown
   * here. `disclaimer="off"`: never here. See docs/page-note.md.
   */
  @property()
  disclaimer: boolean | string | null = null;

  /** Whether this element shows the page's note now (set by the page-note election). */
  @state() private noteShown: boolean | undefined;

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
