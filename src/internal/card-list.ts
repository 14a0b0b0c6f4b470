import {html} from 'lit';
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
 */
export function cardList(items: Card[], icons: Record<string, IconName>) {
  return html`<ul part="list" class="cards" role="list" aria-labelledby="heading">
    ${items.map(
      (item) => html`<li part=${item.custom ? 'item custom-item' : 'item'} class="card" data-id=${item.id}>
        ${icon(item.custom ? 'plus' : icons[item.id])}
        <span>
          <span part="item-title" class="card-title">${item.title}</span>
          ${item.description ? html`<span part="item-description" class="card-description">${item.description}</span>` : null}
        </span>
      </li>`,
    )}
  </ul>`;
}
