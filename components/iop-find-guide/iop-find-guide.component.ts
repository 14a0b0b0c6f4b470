import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {
  findGuideText,
  findTreatmentUrl,
  findWays,
  samhsaHelpline,
  samhsaText,
  type FindWayId,
} from '../../src/content/help.js';
import {describe, parseShortText} from '../../src/internal/attributes.js';
import {heading, nested} from '../../src/internal/heading.js';
import {icon, type IconName} from '../../src/internal/icons.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {safeUrl} from '../../src/internal/sanitize.js';
import {findGuideStyles} from './iop-find-guide.styles.js';
import {cardListStyles} from '../../src/internal/styles.js';
import {cardList} from '../../src/internal/card-list.js';

const wayIcons: Record<FindWayId, IconName> = {
  'treatment-centers': 'home',
  hospitals: 'plus',
  'behavioral-health': 'heart',
  doctor: 'person',
};

/** True when `href` leads to another site than the page's own (those get `rel`). */
function isExternal(href: string): boolean {
  // Server rendering (no document): only links with a scheme or `//` lead elsewhere.
  if (typeof document === 'undefined') return /^([a-z][a-z\d+.-]*:|\/\/)/i.test(href.trim());
  try {
    return new URL(href, document.baseURI).origin !== location.origin;
  } catch {
    return true;
  }
}

/**
 * @tagname iop-find-guide
 * @summary How to find an intensive outpatient program near you: the places to ask
 * (as a list), then a treatment locator link (FindTreatment.gov by default) and the
 * SAMHSA National Helpline as a tap-to-call link.
 *
 * Ids of the places to ask (`data-id`), in order: `treatment-centers`, `hospitals`,
 * `behavioral-health`, `doctor`.
 *
 * Links open in the same tab; links to another site get `rel="noopener noreferrer"`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The sentence before the list.
 * @csspart list - The `<ul>` of places to ask.
 * @csspart item - Each `<li>` of that list.
 * @csspart icon - The decorative icon of an item or resource.
 * @csspart item-title - The title of a place.
 * @csspart item-description - The description of a place.
 * @csspart subheading - The "Search online or call" heading, one level below `heading`.
 * @csspart resources - The `<ul>` with the locator and the helpline.
 * @csspart resource - Each `<li>` of it (also `locator` or `helpline`).
 * @csspart link - The locator link and the helpline's phone link (also `locator-link` or `helpline-link`).
 * @csspart resource-title - The name of the helpline.
 * @csspart resource-description - The sentence under a link.
 * @csspart tty - The helpline's TTY line.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-columns=2] - Columns of the list of places in a wide container (36rem or more).
 * @cssprop [--iop-color-accent] - Icon and link-button border colour. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-border] - Item border colour (defaults to the text colour at 20%).
 * @cssprop [--iop-color-surface] - Item background (defaults to the text colour at 5%).
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
export class IopFindGuide extends IopElement {
  static override styles = [...IopElement.styles, cardListStyles, findGuideStyles];

  /**
   * Where the search link points instead of FindTreatment.gov (e.g. the clinic's own
   * locations page). Only `http:`, `https:` and relative URLs are accepted.
   */
  @property({attribute: 'locator-url'})
  locatorUrl: string | null = null;

  /** The search link's text. Written by the clinic, so it is not translated. */
  @property({attribute: 'locator-label'})
  locatorLabel: string | null = null;

  /** The validated `locator-url`, or undefined for the default locator. */
  private customLocator: string | undefined;
  /** True when `locator-url` was refused: then `locator-label` (written for it) is not used either. */
  private refusedLocator = false;
  private labelText: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('locatorUrl')) {
      const raw: unknown = this.locatorUrl;
      this.customLocator = undefined;
      this.refusedLocator = false;
      if (raw !== null && raw !== undefined && !(typeof raw === 'string' && raw.trim() === '')) {
        this.customLocator = safeUrl(raw);
        this.refusedLocator = !this.customLocator;
        if (this.refusedLocator) {
          this.warnAttribute(
            'locator-url',
            `"${describe(raw)}" is not an http(s) or relative URL; using ${findTreatmentUrl} and its own link text`,
          );
        }
      }
    }
    if (changed.has('locatorLabel')) {
      this.labelText = this.checked('locator-label', parseShortText(this.locatorLabel, 80));
    }
  }

  protected override render() {
    const text = findGuideText();
    const samhsa = samhsaText();
    const href = this.customLocator ?? findTreatmentUrl;
    const clinicLabel = this.refusedLocator ? undefined : this.labelText;
    const label = clinicLabel ?? (this.customLocator ? text.customLocatorLabel : text.locatorLabel);
    return html`
      <div part="base">
        ${heading(this.level, text.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${text.lead}</p>
        ${cardList(findWays(), wayIcons)}
        ${heading(nested(this.level), text.resourcesHeading, 'resources-heading', 'subheading')}
        <ul part="resources" class="cards" role="list" aria-labelledby="resources-heading">
          <li part="resource locator" class="card">
            ${icon('map')}
            <span>
              <a part="link locator-link" href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}
                >${label}</a
              >
              ${this.customLocator
                ? nothing
                : html`<span part="resource-description" class="card-description">${text.locatorAbout}</span>`}
            </span>
          </li>
          <li part="resource helpline" class="card">
            ${icon('phone')}
            <span>
              <span part="resource-title" class="card-title">${samhsa.name}</span>
              <a part="link helpline-link" href=${samhsaHelpline.phone.href}><bdi dir="ltr">${samhsaHelpline.phone.display}</bdi></a>
              <span part="resource-description" class="card-description">${samhsa.about}</span>
              <span part="tty">${samhsa.tty} <a href=${samhsaHelpline.tty.href}><bdi dir="ltr">${samhsaHelpline.tty.display}</bdi></a></span>
            </span>
          </li>
        </ul>
      </div>
    `;
  }
}
