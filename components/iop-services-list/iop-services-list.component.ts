import {html} from 'lit';
import {coreServices, serviceIds, servicesIntro, type ServiceId} from '../../src/content/services.js';
import {heading} from '../../src/internal/heading.js';
import {type IconName} from '../../src/internal/icons.js';
import {IopListElement} from '../../src/internal/list-element.js';
import {cardListStyles} from '../../src/internal/styles.js';
import {cardList} from '../../src/internal/card-list.js';

const serviceIcons: Record<ServiceId, IconName> = {
  'individual-therapy': 'person',
  'support-groups': 'group',
  'family-support': 'home',
  'medical-care': 'heart',
  'experiential-therapy': 'palette',
  'life-skills': 'key',
  'goal-setting': 'target',
  'coping-skills': 'leaf',
  'relationship-skills': 'link',
  'relapse-prevention': 'shield',
};

/**
 * @tagname iop-services-list
 * @summary The core services of an intensive outpatient program, each with a short
 * plain-language description, as a real list.
 *
 * Default item ids, in order: `individual-therapy`, `support-groups`, `family-support`,
 * `medical-care`, `experiential-therapy`, `life-skills`, `goal-setting`, `coping-skills`,
 * `relationship-skills`, `relapse-prevention`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The sentence before the list.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`; a clinic's own items also have the part `custom-item`.
 * @csspart icon - The decorative icon of an item.
 * @csspart item-title - The title of an item.
 * @csspart item-description - The description of an item.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-columns=2] - Columns of the grid in a wide container (36rem or more).
 * @cssprop [--iop-color-accent] - Icon colour. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-border] - Item border colour (defaults to the text colour at 20%).
 * @cssprop [--iop-color-surface] - Item background (defaults to the text colour at 5%).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size] - Size of the widget's own heading (default by level: h2 1.5em, h3 1.25em, h4 1.125em).
 * @cssprop [--iop-heading-color=inherit] - Colour of every heading and card title.
 * @cssprop [--iop-block-margin=2rem] - Space above and below the widget (the page's own margin rule wins).
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class IopServicesList extends IopListElement<ServiceId> {
  static override styles = [...IopListElement.styles, cardListStyles];

  protected readonly knownIds = serviceIds;

  protected override render() {
    const intro = servicesIntro();
    return html`
      <div part="base">
        ${heading(this.level, intro.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${intro.lead}</p>
        ${cardList(this.shownItems(coreServices()), serviceIcons, this.pageLang)}
      </div>
    `;
  }
}
