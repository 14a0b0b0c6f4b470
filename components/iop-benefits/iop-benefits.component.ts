import {html, nothing} from 'lit';
import {benefitIds, benefitsIntro, iopBenefits, researchBenefitIds, type BenefitId} from '../../src/content/benefits.js';
import {heading} from '../../src/internal/heading.js';
import {type IconName} from '../../src/internal/icons.js';
import {IopListElement} from '../../src/internal/list-element.js';
import {cardListStyles} from '../../src/internal/styles.js';
import {cardList} from '../../src/internal/card-list.js';
import {sourcesLine} from '../../src/internal/sources.js';

const benefitIcons: Record<BenefitId, IconName> = {
  'stay-with-family': 'home',
  'lower-cost': 'tag',
  'keep-working': 'clock',
  'similar-outcomes': 'check',
  'less-use': 'trend-down',
};

/**
 * @tagname iop-benefits
 * @summary The benefits of an intensive outpatient program, each with a short
 * plain-language description, as a real list, with the published source of the
 * research-based ones.
 *
 * Default item ids, in order: `stay-with-family`, `lower-cost`, `keep-working`,
 * `similar-outcomes`, `less-use`. The sources line shows only while `similar-outcomes`
 * or `less-use` is shown.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The sentences before the list (no single treatment suits everyone).
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`; a clinic's own items also have the part `custom-item`.
 * @csspart icon - The decorative icon of an item.
 * @csspart item-title - The title of an item.
 * @csspart item-description - The description of an item.
 * @csspart sources - The line naming the published source, with its link.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-columns=2] - Columns of the grid in a wide container (36rem or more).
 * @cssprop [--iop-color-accent] - Icon colour. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
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
export class IopBenefits extends IopListElement<BenefitId> {
  static override styles = [...IopListElement.styles, cardListStyles];

  protected readonly knownIds = benefitIds;

  protected override render() {
    const intro = benefitsIntro();
    const items = this.shownItems(iopBenefits());
    const research = items.some((item) => !item.custom && researchBenefitIds.includes(item.id as BenefitId));
    return html`
      <div part="base">
        ${heading(this.level, intro.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${intro.lead}</p>
        ${cardList(items, benefitIcons, this.pageLang)}
        ${research ? sourcesLine(['mccarty']) : nothing}
      </div>
    `;
  }
}
