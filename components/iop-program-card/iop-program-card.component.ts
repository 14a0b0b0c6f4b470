import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {
  programClaimIds,
  programClaimLabels,
  programCardText,
  programTrackIds,
  programTrackLabels,
  type ProgramClaimId,
  type ProgramTrackId,
} from '../../src/content/program-card.js';
import {describe, parseIdList, type Parsed} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {icon, type IconName} from '../../src/internal/icons.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {parsePhone, phoneProblem, safeUrl, type Phone} from '../../src/internal/sanitize.js';
import {programCardStyles} from './iop-program-card.styles.js';

/**
 * Trimmed clinic text with spaces folded (too long is shortened). Empty or unusable gives
 * `undefined`, reported with `fallback` when `required` or when the value was not text.
 */
function clinicText(input: unknown, max: number, fallback: string, required = false): Parsed<string | undefined> {
  if (typeof input !== 'string') {
    if (input !== undefined && input !== null) return {value: undefined, problem: `expected text, got ${typeof input}; ${fallback}`};
    return {value: undefined, problem: required ? `is missing; ${fallback}` : undefined};
  }
  const value = input.trim().replace(/\s+/g, ' ');
  if (value === '') return {value: undefined, problem: required ? `is empty; ${fallback}` : undefined};
  if (value.length > max) return {value: `${value.slice(0, max - 1)}…`, problem: `is longer than ${max} characters; shortened`};
  return {value};
}

/** Known words of a list attribute; unknown ones are reported and left out. */
function wordList<Id extends string>(input: unknown, known: readonly Id[]): Parsed<Id[]> {
  if (input === '') return {value: []};
  const parsed = parseIdList(input, known);
  return {value: parsed.value ?? [], problem: parsed.problem?.replace(/; showing all$/, '; showing none')};
}

/**
 * @tagname iop-program-card
 * @summary One clinic's own intensive outpatient program as a card: its name, program
 * times, location, phone and website, and the features the clinic says it has.
 *
 * Program time ids (`tracks`): `day`, `evening`, `weekend`. Feature ids (`claims`):
 * `licensed`, `accredited`, `insurance`, `family-program`, `individual-plans`, `visits`.
 * Nothing is shown that the clinic did not set. Everything the clinic set follows a
 * "From <name>:" line, so readers see it is the program's own statement. `accredited`
 * needs `accredited-by` (the group's name; setting it alone is enough); `licensed-state`
 * names the state in the `licensed` claim.
 *
 * @slot - A short description of the program, in the clinic's words (shown under the name).
 * @slot actions - Buttons or links at the bottom of the card, e.g. "Book a visit".
 *
 * @csspart base - The `<article>` around everything.
 * @csspart heading - The program name (`h2` by default).
 * @csspart kind - The line under the name saying it is an intensive outpatient program.
 * @csspart from - "From <name>:", before everything the clinic wrote (its own statements).
 * @csspart description - The wrapper around the default slot (hidden when empty).
 * @csspart facts - The `<dl>` of program facts.
 * @csspart fact - Each term/description pair of the `<dl>`.
 * @csspart label - Each `<dt>`.
 * @csspart icon - The decorative icon in a label or a list entry.
 * @csspart value - Each `<dd>`.
 * @csspart tracks - The list of program times.
 * @csspart track - Each program time.
 * @csspart phone - The phone link (`tel:`).
 * @csspart website - The website link.
 * @csspart features - The list of the program's features.
 * @csspart feature - Each feature.
 * @csspart actions - The wrapper around the `actions` slot (hidden when empty).
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-color-accent] - Icon colour. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-border] - Card border colour (defaults to the text colour at 20%).
 * @cssprop [--iop-color-surface] - Card background (defaults to the text colour at 5%).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-color-link] - Link colour (defaults to the accent).
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size] - Size of the widget's own heading (default by level: h2 1.5em, h3 1.25em, h4 1.125em).
 * @cssprop [--iop-heading-color=inherit] - Colour of every heading and card title.
 * @cssprop [--iop-block-margin=2rem] - Space above and below the widget (the page's own margin rule wins).
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class IopProgramCard extends IopElement {
  static override styles = [...IopElement.styles, programCardStyles];

  /** The program's name, e.g. "Cedar Grove Recovery". Required. */
  @property()
  name: string | null = null;

  /** Program times: `day`, `evening`, `weekend`, separated by spaces or commas. */
  @property()
  tracks: string | string[] | null = null;

  /** Where the program meets, as free text (an address or an area). */
  @property()
  location: string | null = null;

  /** The program's phone number; shown as a link that starts a call. */
  @property()
  phone: string | null = null;

  /** The program's web page (`http:`, `https:` or relative). */
  @property()
  url: string | null = null;

  /** Shows "Continuing care after the program". */
  @property({type: Boolean, attribute: 'continuing-care', reflect: true})
  continuingCare = false;

  /** Features the clinic says its program has: ids separated by spaces or commas. */
  @property()
  claims: string | string[] | null = null;

  /** The group that accredited the program, e.g. "CARF" or "The Joint Commission". Needed for the `accredited` claim. */
  @property({attribute: 'accredited-by'})
  accreditedBy: string | null = null;

  /** The state that licensed the program, e.g. "Oregon"; the `licensed` claim then names it. */
  @property({attribute: 'licensed-state'})
  licensedState: string | null = null;

  @state() private hasDescription = false;
  @state() private hasActions = false;

  private shownName: string | undefined;
  private shownTracks: ProgramTrackId[] = [];
  private shownLocation: string | undefined;
  private shownPhone: Phone | undefined;
  private shownUrl: string | undefined;
  private shownClaims: ProgramClaimId[] = [];
  private shownBody: string | undefined;
  private shownState: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    // Hydrating a server-rendered card: its slots were filled before it was live (no slotchange).
    if (first && this.shadowRoot) for (const slot of this.shadowRoot.querySelectorAll('slot')) this.readSlot(slot);
    if (first || changed.has('name')) {
      this.shownName = this.checked(
        'name',
        clinicText(this.name, 120, 'using "Our intensive outpatient program"', true),
      );
    }
    if (first || changed.has('tracks')) this.shownTracks = this.checked('tracks', wordList(this.tracks, programTrackIds));
    if (first || changed.has('accreditedBy')) this.shownBody = this.checked('accredited-by', clinicText(this.accreditedBy, 80, 'not naming it'));
    if (first || changed.has('licensedState')) this.shownState = this.checked('licensed-state', clinicText(this.licensedState, 40, 'not naming it'));
    if (first || changed.has('claims') || changed.has('accreditedBy')) {
      const claims = this.checked('claims', wordList(this.claims, programClaimIds));
      // An accreditation means something only with the group that gave it.
      if (claims.includes('accredited') && !this.shownBody) {
        this.warnAttribute('claims', '"accredited" needs accredited-by; not shown');
      }
      this.shownClaims = claims.filter((id) => id !== 'accredited' || this.shownBody);
      if (this.shownBody && !this.shownClaims.includes('accredited')) this.shownClaims.push('accredited');
    }
    if (first || changed.has('location')) this.shownLocation = this.checked('location', clinicText(this.location, 200, 'showing no location'));
    if (first || changed.has('phone')) {
      const raw: unknown = this.phone;
      const blank = raw == null || (typeof raw === 'string' && raw.trim() === '');
      this.shownPhone = blank ? undefined : parsePhone(raw);
      if (!blank && !this.shownPhone) this.warnAttribute('phone', `"${describe(raw)}" ${phoneProblem('showing no phone')}`);
    }
    if (first || changed.has('url')) {
      this.shownUrl = this.url == null || this.url === '' ? undefined : safeUrl(this.url);
      if (this.url != null && this.url !== '' && !this.shownUrl) {
        this.warnAttribute('url', `"${describe(this.url)}" is not an http(s) or relative URL; showing no link`);
      }
    }
  }

  protected override render() {
    const t = programCardText(this.shownName);
    const tracks = programTrackLabels();
    const claims = programClaimLabels(this.shownState, this.shownBody);
    const features: string[] = [
      ...(this.continuingCare ? [claims['continuing-care']] : []),
      ...this.shownClaims.map((id) => claims[id]),
    ];
    const fact = (iconName: IconName, label: string, value: unknown) => html`
      <div part="fact">
        <dt part="label">${icon(iconName)}<span>${label}</span></dt>
        <dd part="value">${value}</dd>
      </div>
    `;
    const list = (part: string, entries: string[]) => html`
      <ul part=${part} role="list">
        ${entries.map((entry) => html`<li part=${part === 'features' ? 'feature' : 'track'}>${entry}</li>`)}
      </ul>
    `;
    const facts = [
      this.shownTracks.length > 0
        ? fact('calendar', t.times, list('tracks', this.shownTracks.map((id) => tracks[id])))
        : nothing,
      this.shownLocation ? fact('map', t.location, html`<span lang=${this.pageLang ?? nothing} dir="auto">${this.shownLocation}</span>`) : nothing,
      this.shownPhone
        ? fact('phone', t.phone, html`<a part="phone" class="primary" href=${this.shownPhone.href}>${icon('phone')}<bdi dir="ltr">${this.shownPhone.display}</bdi></a>`)
        : nothing,
      this.shownUrl
        ? fact('link', t.website, html`<a part="website" class="control" href=${this.shownUrl} rel="noopener noreferrer">${t.websiteLink}${this.shownName ? html`<span class="visually-hidden"> (${this.shownName})</span>` : nothing}</a>`)
        : nothing,
      features.length > 0 ? fact('check', t.features, list('features', features)) : nothing,
    ].filter((entry) => entry !== nothing);

    return html`
      <article part="base" aria-labelledby="heading">
        ${heading(this.level, this.shownName ? html`<span lang=${this.pageLang ?? nothing}>${this.shownName}</span>` : t.fallbackName)}
        ${this.renderDisclaimer()}
        ${this.shownName ? html`<p part="kind">${t.kind}</p>` : nothing}
        ${facts.length > 0 || this.hasDescription || this.hasActions ? html`<p part="from">${t.from}</p>` : nothing}
        <div part="description" ?hidden=${!this.hasDescription}>
          <slot @slotchange=${this.onSlotChange}></slot>
        </div>
        ${facts.length > 0 ? html`<dl part="facts">${facts}</dl>` : nothing}
        <div part="actions" ?hidden=${!this.hasActions}>
          <slot name="actions" @slotchange=${this.onSlotChange}></slot>
        </div>
      </article>
    `;
  }

  private onSlotChange(event: Event) {
    this.readSlot(event.target as HTMLSlotElement);
  }

  private readSlot(slot: HTMLSlotElement) {
    const filled = slot
      .assignedNodes({flatten: true})
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
    if (slot.name === 'actions') this.hasActions = filled;
    else this.hasDescription = filled;
  }
}
