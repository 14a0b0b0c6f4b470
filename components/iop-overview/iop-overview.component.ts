import {html} from 'lit';
import {overviewContent} from '../../src/content/overview.js';
import {heading, nested} from '../../src/internal/heading.js';
import {icon} from '../../src/internal/icons.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {sourcesLine} from '../../src/internal/sources.js';
import {overviewStyles} from './iop-overview.styles.js';

/**
 * @tagname iop-overview
 * @summary What an intensive outpatient program (IOP) is, where you live during one,
 * who it may suit (as a short list), and that its results are similar to residential
 * care, with the published source.
 *
 * Ids of the "who it may suit" points (`data-id`), in order: `no-detox`,
 * `no-round-the-clock-care`, `safe-home`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The first paragraph: what an IOP is.
 * @csspart text - Every other paragraph of the overview.
 * @csspart subheading - The "Who an IOP may suit" heading, one level below `heading`.
 * @csspart list - The `<ul>` of who an IOP may suit.
 * @csspart item - Each `<li>` of that list.
 * @csspart icon - The decorative check mark of an item.
 * @csspart sources - The line naming the published source, with its link.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
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
export class IopOverview extends IopElement {
  static override styles = [...IopElement.styles, overviewStyles];

  protected override render() {
    const content = overviewContent();
    return html`
      <div part="base">
        ${heading(this.level, content.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${content.what}</p>
        <p part="text">${content.compare}</p>
        <p part="text">${content.home}</p>
        <p part="text">${content.options}</p>
        ${heading(nested(this.level), content.fitHeading, 'fit-heading', 'subheading')}
        <p part="text">${content.fitLead}</p>
        <ul part="list" role="list" aria-labelledby="fit-heading">
          ${content.fit.map(
            (point) => html`<li part="item" data-id=${point.id}>${icon('check')}<span>${point.text}</span></li>`,
          )}
        </ul>
        <p part="text">${content.check}</p>
        <p part="text">${content.more}</p>
        <p part="text">${content.outcomes}</p>
        ${sourcesLine(['samhsa', 'mccarty', 'medicines'])}
      </div>
    `;
  }
}
