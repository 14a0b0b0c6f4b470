import {html, nothing} from 'lit';
import {icon, type IconName} from './icons.js';

/** An entry of a card list: a clinic's own entries (`custom`) get the `plus` icon. */
export interface Card {
  id: string;
  title: string;
  description?: string;
  custom?: boolean;
}

/**
 * A list of cards (style with `cardListStyles`): a `<ul>` named by the widget's heading,
 * each item with its decorative icon, title and description. Parts: `list`, `item`
 * (`custom-item` too for a clinic's own), `icon`, `item-title`, `item-description`.
 * `lang` marks a clinic's own entries with the page's language where it differs.
 */
export function cardList(items: Card[], icons: Record<string, IconName>, lang?: string) {
  return html`<ul part="list" class="cards" role="list" aria-labelledby="heading">
    ${items.map(
      (item) => html`<li part=${item.custom ? 'item custom-item' : 'item'} class="card" data-id=${item.id}
        lang=${(item.custom && lang) || nothing}>
        ${icon(item.custom ? 'plus' : icons[item.id])}
        <span>
          <span part="item-title" class="card-title">${item.title}</span>
          ${item.description ? html`<span part="item-description" class="card-description">${item.description}</span>` : null}
        </span>
      </li>`,
    )}
  </ul>`;
}
