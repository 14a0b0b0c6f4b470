import {html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {
  defaultLevelIds,
  levelCriteria,
  levelIds,
  levelsCaption,
  levelsIntro,
  levelsOfCare,
  type LevelId,
} from '../../src/content/levels-of-care.js';
import {describe, type Parsed} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {IopElement} from '../../src/internal/iop-element.js';
import {sourcesLine} from '../../src/internal/sources.js';
import {formatList} from '../../src/internal/format.js';
import {vsPhpTableStyles} from './iop-vs-php-table.styles.js';

/**
 * Parses `levels`: level ids separated by spaces or commas (any case), or an array.
 * Known ones are returned in canonical order (least to most care); unknown words are
 * reported; with no known level the default (`iop php`) is used.
 */
function parseLevels(input: unknown): Parsed<LevelId[]> {
  const fallback = [...defaultLevelIds];
  const using = `using "${fallback.join(' ')}"`;
  if (input === undefined || input === null) return {value: fallback};
  let words: unknown[];
  if (typeof input === 'string') words = input.split(/[\s,]+/).filter(Boolean);
  else if (Array.isArray(input)) words = input;
  else return {value: fallback, problem: `expected level names separated by spaces, got ${typeof input}; ${using}`};

  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const word of words) {
    const id = typeof word === 'string' ? word.trim().toLowerCase() : '';
    if ((levelIds as readonly string[]).includes(id)) wanted.add(id);
    else unknown.push(`"${describe(word)}"`);
  }
  const value = levelIds.filter((id) => wanted.has(id));
  const usable = value.length > 0 ? value : fallback;
  if (unknown.length === 0) return {value: usable};
  return {
    value: usable,
    problem:
      `unknown level${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${levelIds.join(', ')})` +
      (value.length > 0 ? '' : `; ${using}`),
  };
}

/**
 * @tagname iop-vs-php-table
 * @summary Compares an intensive outpatient program (IOP) with partial hospitalization
 * (PHP), and optionally with outpatient and residential care, as a real table: hours and
 * days a week, where it happens, where you live, supervision, who it suits, how long.
 *
 * Level ids (rows, always in this order): `outpatient`, `iop`, `php`, `residential`;
 * default `iop php`. Criterion ids (columns, `data-criterion` on header and data cells):
 * `hours`, `days`, `setting`, `home`, `supervision`, `suits`, `length`. Each row carries
 * `data-level` with its level id.
 *
 * In a container narrower than 50rem (800px) each level becomes a card (side by side when two fit); the table keeps its
 * semantics there through explicit ARIA table roles.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The sentence before the table.
 * @csspart terms - The note before the table explaining outpatient, detox and the ASAM level (also `note`).
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart column-header - Each column header (`<th scope="col">`).
 * @csspart row - Each level's row (a card in a narrow container).
 * @csspart row-header - Each level's name cell (`<th scope="row">`).
 * @csspart level-name - The level's name in a row header.
 * @csspart asam - The "ASAM level …" line in a row header.
 * @csspart cell - Each data cell.
 * @csspart cell-label - The criterion name repeated inside a cell, shown only in the card layout.
 * @csspart note - The notes under the table (hours for teens; no set length).
 * @csspart sources - The sources line.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 *
 * @cssprop [--iop-color-accent] - Colour of the card's top edge and header underline. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-border] - Border colour (defaults to the text colour at 20%).
 * @cssprop [--iop-color-surface] - Header and card background (defaults to the text colour at 5%).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-color-link=inherit] - Link colour (sources).
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size] - Size of the widget's own heading (default by level: h2 1.5em, h3 1.25em, h4 1.125em).
 * @cssprop [--iop-heading-color=inherit] - Colour of every heading and card title.
 * @cssprop [--iop-block-margin=2rem] - Space above and below the widget (the page's own margin rule wins).
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Card corner radius.
 */
export class IopVsPhpTable extends IopElement {
  static override styles = [...IopElement.styles, vsPhpTableStyles];

  /**
   * Levels of care to compare, separated by spaces or commas: any of `outpatient`, `iop`,
   * `php`, `residential`. Always shown least to most intensive. Defaults to `iop php`.
   */
  @property({attribute: 'levels'})
  levels: string | string[] | null = null;

  /** The validated levels, in canonical order, derived in `willUpdate`. */
  protected shownLevels: LevelId[] = [...defaultLevelIds];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('levels')) {
      this.shownLevels = this.checked('levels', parseLevels(this.levels));
    }
  }

  protected override render() {
    const intro = levelsIntro();
    const criteria = levelCriteria();
    const levels = levelsOfCare().filter((level) => this.shownLevels.includes(level.id));
    return html`
      <div part="base">
        ${heading(this.level, intro.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${intro.lead}</p>
        <p part="note terms">${intro.terms}</p>
        <div class="scroll">
          <table part="table" role="table">
            <caption part="caption">${levelsCaption(formatList(levels.map((level) => level.short)))}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader" part="column-header">${intro.rowHeader}</th>
                ${criteria.map(
                  (criterion) =>
                    html`<th scope="col" role="columnheader" part="column-header" data-criterion=${criterion.id}>${criterion.label}</th>`,
                )}
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${levels.map(
                (level) => html`
                  <tr role="row" part="row" data-level=${level.id}>
                    <th scope="row" role="rowheader" part="row-header">
                      <span part="level-name">${level.name}</span>
                      <span part="asam">${level.asam}</span>
                    </th>
                    ${criteria.map(
                      (criterion) => html`<td role="cell" part="cell" data-criterion=${criterion.id}><span
                          part="cell-label"
                          aria-hidden="true"
                          >${criterion.label}</span
                        >${level.facts[criterion.id]}</td>`,
                    )}
                  </tr>
                `,
              )}
            </tbody>
          </table>
        </div>
        <p part="note">${intro.teens}</p>
        <p part="note">${intro.length}</p>
        ${sourcesLine(['asam', 'samhsa'])}
      </div>
    `;
  }
}
