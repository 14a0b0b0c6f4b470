import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {guideSectionIds, guideSectionTitles, guideText, type GuideSectionId} from '../../src/content/guide.js';
import {parseIdList} from '../../src/internal/attributes.js';
import {checklistItems} from '../../src/content/checklist.js';
import {heading, nested} from '../../src/internal/heading.js';
import {handoutOf, type HandoutData} from '../../src/internal/reader-tools.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {noteChanged} from '../../src/internal/page-note.js';
import {guideStyles} from './iop-guide.styles.js';

/**
 * @tagname iop-guide
 * @summary Every widget composed into one article, in a sensible reading order, with a
 * contents list whose links work inside shadow DOM. Nested headings follow `heading-level`.
 *
 * Section ids, in default order: `overview`, `services`, `schedule`, `benefits`,
 * `comparison`, `checklist`, `find`, `program` (only when `program-name` is set), `faq`,
 * `helpline`. The clinic's attributes are passed down to the widgets that use them, and
 * those widgets check them (their warnings name the inner element).
 *
 * @csspart base - The `<article>`.
 * @csspart heading - The guide's title.
 * @csspart contents - The contents `<nav>`.
 * @csspart contents-heading - The contents heading ("On this page").
 * @csspart contents-list - The list of links.
 * @csspart section - The wrapper of each section (its heading is focused when its contents link is used).
 * @csspart disclaimer - The box near the top with the 988 and 911 lines, and the page's
 *   "not medical advice" note when the guide shows it (see `disclaimer`).
 * @csspart skip - The "Skip the list of sections" link's paragraph, before the contents.
 * @csspart tools - The row above the guide with "Listen" and "Print a handout".
 * @csspart listen-button - The "Listen" toggle button (`aria-pressed` while reading).
 * @csspart stop-button - The "Stop" button, shown while reading or paused.
 * @csspart handout-button - The "Print a handout" button.
 *
 * @cssprop [--iop-color-border] - Border of the contents box.
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 * @cssprop [--iop-scroll-margin] - Space kept above a section reached from the contents (e.g. a sticky header's height); the page's `scroll-padding-top` is honoured too.
 */
export class IopGuide extends IopElement {
  static override styles = [...IopElement.styles, guideStyles];

  /** Section ids to show, in that order (spaces or commas). Default: all. */
  @property() sections: string | string[] | null = null;

  /** Same as `disclaimer="off"`: the guide never shows the page's note (the 988 and 911 lines stay). */
  @property({type: Boolean, attribute: 'hide-disclaimer'}) hideDisclaimer = false;

  /** The clinic's phone number, for `<iop-helpline>` and the program card. */
  @property() phone: string | null = null;
  /** `<iop-helpline>`'s link text, e.g. "Call Cedar Grove Recovery". */
  @property() label: string | null = null;
  /** When the phone line is answered, for `<iop-helpline>`. */
  @property() hours: string | null = null;
  /** Where `<iop-find-guide>` sends people to search (http, https or relative). */
  @property({attribute: 'locator-url'}) locatorUrl: string | null = null;
  /** Levels of care in the comparison table, e.g. `outpatient iop php residential`. */
  @property() levels: string | null = null;
  /** The clinic's program name; adds the program card section. */
  @property({attribute: 'program-name'}) programName: string | null = null;
  /** The program card's location. */
  @property({attribute: 'program-location'}) programLocation: string | null = null;
  /** The program card's website (http, https or relative). */
  @property({attribute: 'program-url'}) programUrl: string | null = null;
  /** The program card's tracks (`day evening weekend`). */
  @property() tracks: string | null = null;
  /** The program card's claims (see `<iop-program-card>`). */
  @property() claims: string | null = null;
  /** The program card's `accredited-by` (the group that accredited the program). */
  @property({attribute: 'accredited-by'}) accreditedBy: string | null = null;
  /** The program card's `licensed-state` (the state that licensed the program). */
  @property({attribute: 'licensed-state'}) licensedState: string | null = null;
  /** The program card shows continuing care. */
  @property({type: Boolean, attribute: 'continuing-care'}) continuingCare = false;
  /** Keeps the checklist's ticks in localStorage (opt-in; see `<program-checklist>`). */
  @property({type: Boolean}) persist = false;
  /** Writes the FAQ's schema.org JSON-LD into the page (see `<iop-faq>`). */
  @property({type: Boolean, attribute: 'json-ld'}) jsonLd = false;

  /**
   * "Print a handout" (the checklist, questions to ask, the clinic's name, phone and
   * hours, the helplines and a QR code of the page). On by default; `handout="off"` hides it.
   */
  @property() handout: string | null = null;

  protected override listenByDefault = true;

  private shown: GuideSectionId[] = [...guideSectionIds];

  /** The program name as text, or '' when there is none. */
  private get programTitle(): string {
    const name: unknown = this.programName;
    return typeof name === 'string' ? name.trim() : typeof name === 'number' ? String(name) : '';
  }

  /** @internal The handout's content, or undefined with `handout="off"`. */
  override handoutData(): HandoutData | undefined {
    return handoutOf(this, checklistItems());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hideDisclaimer') && this.isConnected) noteChanged(this, true);
    if (changed.has('sections') || changed.has('programName')) {
      const picked = this.checked('sections', parseIdList(this.sections, guideSectionIds)) ?? guideSectionIds;
      // The program card needs a name: without one it would describe no real program.
      this.shown = picked.filter((id) => id !== 'program' || Boolean(this.programTitle));
    }
  }

  override noteMode(): 'show' | 'off' | 'auto' {
    return this.hideDisclaimer ? 'off' : super.noteMode();
  }

  /**
   * Moves to a section: the contents links work inside shadow DOM, where #ids do not.
   * Scrolls below a sticky header (the page's `scroll-padding-top`, or
   * `--iop-scroll-margin`), moves focus to the section's heading, and puts `#iop-<id>` in
   * the address (unless it holds another fragment) so the section can be linked: opening
   * such a link scrolls to it.
   */
  private go(event: Event | undefined, id: GuideSectionId, smooth = true): void {
    const section = this.renderRoot.querySelector<HTMLElement>(`#section-${id}`);
    if (!section || !(event || location.hash.startsWith('#iop-'))) return;
    event?.preventDefault();
    smooth &&= !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({behavior: smooth ? 'smooth' : 'auto', block: 'start'});
    const title = section.firstElementChild?.shadowRoot?.querySelector<HTMLElement>('#heading') ?? section;
    title.tabIndex = -1;
    title.focus({preventScroll: true});
    // Only where the address has no other fragment (a hash router's route stays untouched).
    if (event && /^(#iop-[\w-]*)?$/.test(location.hash)) history.replaceState(history.state, '', `#iop-${id}`);
  }

  protected override firstUpdated(): void {
    // An address such as page.html#iop-faq: after the sections' own first render.
    setTimeout(() => this.go(undefined, location.hash.slice(5) as GuideSectionId, false));
  }

  private renderSection(id: GuideSectionId) {
    const level = nested(this.level);
    switch (id) {
      case 'overview':
        return html`<iop-overview heading-level=${level}></iop-overview>`;
      case 'services':
        return html`<iop-services-list heading-level=${level}></iop-services-list>`;
      case 'schedule':
        return html`<iop-schedule heading-level=${level}></iop-schedule>`;
      case 'benefits':
        return html`<iop-benefits heading-level=${level}></iop-benefits>`;
      case 'comparison':
        return html`<iop-vs-php-table heading-level=${level} levels=${this.levels ?? nothing}></iop-vs-php-table>`;
      case 'checklist':
        return html`<program-checklist heading-level=${level} ?persist=${this.persist}
          storage-key=${this.getAttribute('id') ? `${this.getAttribute('id')}-checklist` : 'guide'} handout="off"></program-checklist>`;
      case 'find':
        return html`<iop-find-guide heading-level=${level} locator-url=${this.locatorUrl ?? nothing}></iop-find-guide>`;
      case 'program':
        return html`<iop-program-card heading-level=${level} name=${this.programTitle || nothing}
          location=${this.programLocation ?? nothing} phone=${this.phone ?? nothing} url=${this.programUrl ?? nothing}
          tracks=${this.tracks ?? nothing} claims=${this.claims ?? nothing}
          accredited-by=${this.accreditedBy ?? nothing} licensed-state=${this.licensedState ?? nothing} ?continuing-care=${this.continuingCare}></iop-program-card>`;
      case 'faq':
        return html`<iop-faq heading-level=${level} ?json-ld=${this.jsonLd}></iop-faq>`;
      case 'helpline':
        return html`<iop-helpline heading-level=${level} phone=${this.phone ?? nothing} label=${this.label ?? nothing}
          hours=${this.hours ?? nothing}></iop-helpline>`;
    }
  }

  protected override render() {
    const text = guideText();
    const titles = guideSectionTitles(this.programTitle || undefined);
    return html`
      <article part="base" aria-labelledby="heading">
        ${heading(this.level, text.title)}
        ${this.renderDisclaimer(true, true)}
        ${this.shown.length > 0
          ? html`<p part="skip"><a href="#section-${this.shown[0]}" @click=${(event: Event) => this.go(event, this.shown[0])}>${text.skip}</a></p>`
          : nothing}
        <nav part="contents" aria-labelledby="contents-heading">
          ${heading(nested(this.level), text.contents, 'contents-heading', 'contents-heading')}
          <ol part="contents-list">
            ${this.shown.map(
              (id) => html`<li><a href="#section-${id}" @click=${(event: Event) => this.go(event, id)}>${titles[id]}</a></li>`,
            )}
          </ol>
        </nav>
        ${this.shown.map(
          (id) => html`<div part="section" class="section" id="section-${id}" data-section=${id} tabindex="-1">
            ${this.renderSection(id)}
          </div>`,
        )}
      </article>
    `;
  }
}
