import type {PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {parseIdList, parseItems, type ExtraItem} from './attributes.js';
import {IopElement} from './iop-element.js';
import type {ContentItem} from '../content/types.js';

/** An entry as a list widget shows it: a default item, or one the clinic added. */
export interface ShownItem {
  /** The default item's id; for a clinic's own item, `custom-<n>` (1-based). */
  id: string;
  title: string;
  description?: string;
  custom: boolean;
}

/**
 * The shared `include` / `items` behaviour of the list widgets: `include` picks default
 * items by id, in that order; `items` appends a clinic's own entries. Bad values warn
 * once each and fall back (all defaults; no extra items).
 */
export abstract class IopListElement<Id extends string> extends IopElement {
  /**
   * Ids of default items to show, in that order: an array of ids (typed as the element's
   * id union), or as an attribute, ids separated by spaces or commas.
   */
  @property({attribute: 'include'})
  include: readonly Id[] | string | null = null;

  /**
   * A clinic's own entries, appended: JSON `[{"label": "…", "description": "…"}]` (curly
   * quotes from a CMS work too). Child elements `<iop-item label="…">description</iop-item>`
   * add entries without JSON, after these.
   */
  @property({attribute: 'items'})
  items: readonly ExtraItem[] | string | null = null;

  /** Every default id, in default order. */
  protected abstract readonly knownIds: readonly Id[];

  protected includedIds: Id[] | undefined;
  protected extraItems: ExtraItem[] = [];
  private childItems: ExtraItem[] = [];
  private childrenChanged = true;
  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Child elements are a no-JSON way to add items: <iop-item label="…">description</iop-item>.
    this.observer ??= new MutationObserver(() => {
      this.childrenChanged = true;
      this.requestUpdate();
    });
    this.observer.observe(this, {childList: true, subtree: true, characterData: true, attributes: true});
    this.childrenChanged = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('include')) {
      this.includedIds = this.checked('include', parseIdList(this.include, this.knownIds));
    }
    if (changed.has('items')) {
      this.extraItems = this.checked('items', parseItems(this.items));
    }
    if (this.childrenChanged && typeof this.querySelectorAll === 'function') {
      this.childrenChanged = false;
      const children = [...this.querySelectorAll(':scope > iop-item')].map((child) => ({
        label: child.getAttribute('label'),
        description: child.textContent?.replace(/\s+/g, ' ').trim() || undefined,
      }));
      this.childItems = this.checked('<iop-item> children', parseItems(children));
    }
  }

  /** The defaults picked by `include`, then the clinic's items. */
  protected shownItems(defaults: ContentItem<Id>[]): ShownItem[] {
    const picked = this.includedIds
      ? this.includedIds.flatMap((id) => defaults.filter((item) => item.id === id))
      : defaults;
    return [
      ...picked.map((item) => ({...item, custom: false})),
      ...[...this.extraItems, ...this.childItems].map((item, index) => ({
        id: `custom-${index + 1}`,
        title: item.label,
        description: item.description,
        custom: true,
      })),
    ];
  }
}
