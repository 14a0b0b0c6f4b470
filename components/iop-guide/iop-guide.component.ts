import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {guideSectionIds, guideSectionTitles, guideText, type GuideSectionId} from '../../src/content/guide.js';
import {parseIdList} from '../../src/internal/attributes.js';
import {heading, nested} from '../../src/internal/heading.js';
import {IopElement} from '../../src/internal/iop-element.js';
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
 * @csspart section - The wrapper of each section (focused when its contents link is used).
 * @csspart disclaimer - The "not medical advice" note at the end (shown unless `hide-disclaimer`).
 *
 * @cssprop [--iop-color-border] - Border of the contents box.
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class IopGuide extends IopElement {
  static override styles = [...IopElement.styles, guideStyles];

  /** Section ids to show, in that order (spaces or commas). Default: all. */
  @property() sections: string | string[] | null = null;

  /** Hides the "not medical advice" note at the end (shown by default in the guide). */
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
  /** The program card shows continuing care. */
  @property({type: Boolean, attribute: 'continuing-care'}) continuingCare = false;
  /** Keeps the checklist's ticks in localStorage (opt-in; see `<program-checklist>`). */
  @property({type: Boolean}) persist = false;
  /** Writes the FAQ's schema.org JSON-LD into the page (see `<iop-faq>`). */
  @property({type: Boolean, attribute: 'json-ld'}) jsonLd = false;

  private shown: GuideSectionId[] = [...guideSectionIds];

  /** The program name as text, or '' when there is none. */
  private get programTitle(): string {
    const name: unknown = this.programName;
    return typeof name === 'string' ? name.trim() : typeof name === 'number' ? String(name) : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections') || changed.has('programName')) {
      const picked = this.checked('sections', parseIdList(this.sections, guideSectionIds)) ?? guideSectionIds;
      // The program card needs a name: without one it would describe no real program.
      this.shown = picked.filter((id) => id !== 'program' || Boolean(this.programTitle));
    }
  }

  /** Moves to a section: the contents links work inside shadow DOM, where #ids do not. */
  private go(event: Event, id: GuideSectionId): void {
    const section = this.renderRoot.querySelector<HTMLElement>(`#section-${id}`);
    if (!section) return;
    event.preventDefault();
    const smooth = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({behavior: smooth ? 'smooth' : 'auto', block: 'start'});
    section.focus({preventScroll: true});
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
          storage-key=${this.id ? `${this.id}-checklist` : 'guide'}></program-checklist>`;
      case 'find':
        return html`<iop-find-guide heading-level=${level} locator-url=${this.locatorUrl ?? nothing}></iop-find-guide>`;
      case 'program':
        return html`<iop-program-card heading-level=${level} name=${this.programTitle || nothing}
          location=${this.programLocation ?? nothing} phone=${this.phone ?? nothing} url=${this.programUrl ?? nothing}
          tracks=${this.tracks ?? nothing} claims=${this.claims ?? nothing} ?continuing-care=${this.continuingCare}></iop-program-card>`;
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
        <nav part="contents" aria-labelledby="contents-heading">
          ${heading(nested(this.level), text.contents, 'contents-heading', 'contents-heading')}
          <ol part="contents-list">
            ${this.shown.map(
              (id) => html`<li><a href="#section-${id}" @click=${(event: Event) => this.go(event, id)}>${titles[id]}</a></li>`,
            )}
          </ol>
        </nav>
        ${this.shown.map(
          (id) => html`<div part="section" class="section" id="section-${id}" data-section=${id} tabindex="-1"
            role="region" aria-label=${titles[id]}>
            ${this.renderSection(id)}
          </div>`,
        )}
        ${this.renderDisclaimer(!this.hideDisclaimer)}
      </article>
    `;
  }
}
