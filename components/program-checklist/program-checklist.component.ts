import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {checklistIds, checklistItems, checklistProgress, checklistText, type ChecklistId} from '../../src/content/checklist.js';
import {describe, type Parsed} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {IopListElement} from '../../src/internal/list-element.js';
import {checklistStyles} from './program-checklist.styles.js';

/** Prefix of every stored checklist; the `v1` changes only if the stored shape does. */
export const STORAGE_PREFIX = 'iop-widgets:program-checklist:v1:';
const VERSION = 1;
const KEY_PATTERN = /^[\w.:-]{1,64}$/;

/** Detail of `iop-checklist-change`. */
export interface ChecklistChangeDetail {
  /** Ids of the ticked items, in display order. */
  checked: string[];
  /** How many items the checklist shows. */
  total: number;
}

function parseStorageKey(input: unknown): Parsed<string | undefined> {
  if (input === undefined || input === null) return {value: undefined};
  const key = typeof input === 'string' ? input.trim() : '';
  if (KEY_PATTERN.test(key)) return {value: key};
  return {
    value: undefined,
    problem: `"${describe(input)}" must be 1 to 64 letters, digits or . _ : -; using the element id or "default"`,
  };
}

/**
 * @tagname program-checklist
 * @summary An interactive checklist for choosing a program: visit first, check the
 * license, look for a variety of treatment, ask for a plan made for you, make sure it
 * meets your needs. Prints with empty boxes.
 *
 * Default item ids, in order: `visit`, `licensed`, `treatment-options`,
 * `individual-plan`, `needs-met`. A clinic's own items get `custom-1`, `custom-2`…
 *
 * @fires {ChecklistChangeDetail} iop-checklist-change - When a person ticks or clears a box, or the checklist is
 * reset (only if something was ticked). `detail: {checked: string[], total: number}`:
 * ticked ids in display order and the number of items. Bubbles, composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The widget's heading (`h2` by default).
 * @csspart intro - The sentences before the checklist.
 * @csspart group - The `<fieldset>` around the checkboxes.
 * @csspart legend - The `<legend>` naming the group.
 * @csspart list - The `<ul>` of items.
 * @csspart item - Each `<li>`; a clinic's own items also have the part `custom-item`.
 * @csspart checkbox - The native `<input type="checkbox">`.
 * @csspart label - The `<label>` of a checkbox.
 * @csspart item-description - The help text under a label.
 * @csspart footer - The row with the progress line and the reset button (not printed).
 * @csspart progress - The "2 of 5 checked" line, a polite live region.
 * @csspart reset - The "Clear all checks" button.
 * @csspart disclaimer - The "not medical advice" note, shown with the `disclaimer` attribute.
 *
 * @cssprop [--iop-color-accent=currentColor] - Checkbox colour.
 * @cssprop [--iop-color-border] - Item and button border colour (defaults to the text colour at 35%).
 * @cssprop [--iop-color-surface] - Item background (defaults to the text colour at 5%).
 * @cssprop [--iop-color-text=inherit] - Text colour.
 * @cssprop [--iop-color-focus=currentColor] - Focus outline colour.
 * @cssprop [--iop-font-family=inherit] - Font.
 * @cssprop [--iop-heading-font-family=inherit] - Heading font.
 * @cssprop [--iop-heading-font-size=1.5em] - Heading size.
 * @cssprop [--iop-space=1rem] - Base spacing.
 * @cssprop [--iop-radius=0.5rem] - Corner radius.
 */
export class ProgramChecklist extends IopListElement<ChecklistId> {
  static override styles = [...IopListElement.styles, checklistStyles];

  static override get observedAttributes(): string[] {
    // `id` is part of the storage key, so a new id re-reads storage.
    return [...super.observedAttributes, 'id'];
  }

  /**
   * Keeps the ticks in `localStorage` under `iop-widgets:program-checklist:v1:<key>`.
   * Off by default: without it nothing is stored anywhere. Turning it off removes the
   * stored ticks (the ticks on screen stay).
   */
  @property({type: Boolean, reflect: true})
  persist = false;

  /** Names the stored checklist (1–64 letters, digits, `. _ : -`); else the `id`, else `default`. */
  @property({attribute: 'storage-key'})
  storageKey: string | null = null;

  protected readonly knownIds = checklistIds;

  @state() private ticks = new Set<string>();
  private shownIds: string[] = [];
  private keyOverride: string | undefined;
  private storedKey = '';
  private persisting = false;
  private needsRead = true;
  private readonly warned = new Set<string>();

  /** Ids of the ticked items, in display order (a copy; use `reset()` to clear). */
  get checkedIds(): string[] {
    return this.shownIds.filter((id) => this.ticks.has(id));
  }

  /** Clears every tick (and the stored ticks with `persist`); fires `iop-checklist-change` if any was ticked. */
  reset(): void {
    if (this.checkedIds.length === 0) return;
    this.ticks = new Set();
    this.announceChange();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.needsRead = true;
    this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'id') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storageKey')) {
      this.keyOverride = this.checked('storage-key', parseStorageKey(this.storageKey));
    }
    this.shownIds = this.shownItems(checklistItems()).map((item) => item.id);
    const id = this.id.trim();
    const key = STORAGE_PREFIX + (this.keyOverride ?? (KEY_PATTERN.test(id) ? id : 'default'));
    if (this.persist) {
      if (this.needsRead || !this.persisting || key !== this.storedKey) {
        const stored = this.readStored(key);
        if (stored) this.ticks = new Set(stored);
        else if (this.ticks.size > 0) this.writeStored(key);
      }
    } else if (this.persisting) {
      this.forget(this.storedKey);
    }
    this.needsRead = false;
    this.persisting = this.persist;
    this.storedKey = key;
  }

  protected override render() {
    const text = checklistText();
    const items = this.shownItems(checklistItems());
    const done = items.filter((item) => this.ticks.has(item.id)).length;
    return html`
      <div part="base">
        ${heading(this.level, text.heading)}
        <p part="intro">${text.lead}</p>
        <fieldset part="group">
          <legend part="legend">${text.legend}</legend>
          <ul part="list" role="list">
            ${items.map(
              (item) => html`
                <li part=${item.custom ? 'item custom-item' : 'item'} data-id=${item.id}>
                  <input
                    type="checkbox"
                    part="checkbox"
                    id=${`box-${item.id}`}
                    aria-describedby=${item.description ? `help-${item.id}` : nothing}
                    .checked=${live(this.ticks.has(item.id))}
                    @change=${(event: Event) => this.toggle(item.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label part="label" for=${`box-${item.id}`}>${item.title}</label>
                  ${item.description
                    ? html`<span part="item-description" id=${`help-${item.id}`}>${item.description}</span>`
                    : null}
                </li>
              `,
            )}
          </ul>
        </fieldset>
        <div part="footer">
          <p part="progress" role="status" aria-live="polite" aria-atomic="true">
            ${checklistProgress(done, items.length)}
          </p>
          <button part="reset" type="button" @click=${() => this.reset()}>${text.reset}</button>
        </div>
        ${this.renderDisclaimer()}
      </div>
    `;
  }

  private toggle(id: string, on: boolean): void {
    const ticks = new Set(this.ticks);
    if (on) ticks.add(id);
    else ticks.delete(id);
    this.ticks = ticks;
    this.announceChange();
  }

  private announceChange(): void {
    if (this.persist) this.writeStored(this.storedKey);
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('iop-checklist-change', {
        bubbles: true,
        composed: true,
        detail: {checked: this.checkedIds, total: this.shownIds.length},
      }),
    );
  }

  /** `localStorage`, or undefined (one warning) where the page or browser blocks it. */
  private storageArea(): Storage | undefined {
    try {
      return globalThis.localStorage ?? undefined;
    } catch (error) {
      this.storageFailed(error);
      return undefined;
    }
  }

  private storageFailed(error: unknown): void {
    this.warnOnce('error', `could not use localStorage (${String(error)}); keeping the ticks on this page only`);
  }

  private warnOnce(key: string, problem: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnAttribute('persist', problem);
  }

  /** The stored ids that this checklist shows, or undefined when nothing usable is stored. */
  private readStored(key: string): string[] | undefined {
    let raw: string | null = null;
    try {
      raw = this.storageArea()?.getItem(key) ?? null;
    } catch (error) {
      this.storageFailed(error);
    }
    if (raw === null) return undefined;
    let problem: string | undefined;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      problem = 'is not valid JSON';
    }
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
    const ids = record?.['checked'];
    if (problem) {
      // reported below
    } else if (!record || !('version' in record)) {
      problem = 'has the wrong shape';
    } else if (record['version'] !== VERSION) {
      problem = `has version ${describe(record['version'])}, not ${VERSION}`;
    } else if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      problem = 'has the wrong shape';
    }
    if (problem) {
      this.warnOnce(`bad:${key}`, `the value stored under "${key}" ${problem}; ignoring it and starting with no ticks`);
      return undefined;
    }
    return this.shownIds.filter((id) => (ids as string[]).includes(id));
  }

  private writeStored(key: string): void {
    const ids = this.checkedIds;
    try {
      const storage = this.storageArea();
      if (!storage) return;
      if (ids.length > 0) storage.setItem(key, JSON.stringify({version: VERSION, checked: ids}));
      else storage.removeItem(key);
    } catch (error) {
      this.storageFailed(error);
    }
  }

  private forget(key: string): void {
    try {
      this.storageArea()?.removeItem(key);
    } catch (error) {
      this.storageFailed(error);
    }
  }
}
