import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {checklistIds, checklistItems, checklistProgress, checklistText, type ChecklistId} from '../../src/content/checklist.js';
import {describe, type Parsed} from '../../src/internal/attributes.js';
import {heading} from '../../src/internal/heading.js';
import {IopListElement} from '../../src/internal/list-element.js';
import {handoutOf, type HandoutData} from '../../src/internal/reader-tools.js';
import {parsePhone} from '../../src/internal/sanitize.js';
import {sourcesLine} from '../../src/internal/sources.js';
import {checklistStyles} from './program-checklist.styles.js';

/** Prefix of every stored checklist; the `v1` changes only if the stored shape does. */
export const STORAGE_PREFIX = 'iop-widgets:program-checklist:v1:';
const VERSION = 1;
const KEY_PATTERN = /^[\w.:-]{1,64}$/;
/** Most ids kept from storage (the ones this checklist shows and the ones it does not). */
const MAX_STORED = 100;
/** Which checklist on this page stores under a key, to warn when two share one. */
const owners = new Map<string, WeakRef<ProgramChecklist>>();

/** A clinic's own item is stored by its label, so its tick follows the item, not its position. */
const contentId = (label: string) => `custom:${label.slice(0, 100)}`;

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
 * @csspart restored - The notice that ticks saved earlier were brought back (`persist`), with its own clear button.
 * @csspart restored-reset - The "Clear all checks" button in that notice.
 * @csspart print-lines - Printed only: lines to write the program's name and the date.
 * @csspart disclaimer - The page note ("not medical advice", 988, 911): once per page, on the first widget, or where `disclaimer` is set.
 * @csspart tools - The row above the widget with "Listen" (`listen`) and "Print a handout".
 * @csspart listen-button - The "Listen" toggle button (`aria-pressed` while reading).
 * @csspart stop-button - The "Stop" button, shown while reading or paused.
 * @csspart handout-button - The "Print a handout" button.
 *
 * @cssprop [--iop-color-accent] - Checkbox colour. Default: a calm blue-teal mixed from the text colour (4.5:1 on light and dark pages).
 * @cssprop [--iop-color-control-border] - Border of the clear buttons (defaults to the text colour at 60%, 3:1 on light and dark pages).
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

  /**
   * "Print a handout": a one-page sheet with this checklist (empty boxes), questions to
   * ask, `program-name`/`phone`/`hours` when set, the helplines and the page's address as
   * a QR code. On by default; `handout="off"` hides the button.
   */
  @property() handout: string | null = null;

  /** The clinic's or program's name, printed on the handout. */
  @property({attribute: 'program-name'}) programName: string | null = null;
  /** The clinic's phone number, printed on the handout. */
  @property() phone: string | null = null;
  /** When the phone line is answered, printed on the handout. */
  @property() hours: string | null = null;

  protected readonly knownIds = checklistIds;

  @state() private ticks = new Set<string>();
  /** Ticks were brought back from storage: a notice says so, with a way to clear them. */
  @state() private restored = false;
  private shownIds: string[] = [];
  /** Shown id → the id stored for it (a clinic's item is stored by its label, not its position). */
  private storageIds = new Map<string, string>();
  /** Stored ids this checklist does not show (another page's items): kept when it writes. */
  private kept: string[] = [];
  private keyOverride: string | undefined;
  private storedKey = '';
  private persisting = false;
  private needsRead = true;
  private readonly warned = new Set<string>();

  /** @internal The handout's content, or undefined with `handout="off"`. */
  override handoutData(): HandoutData | undefined {
    return handoutOf(this, this.shownItems(checklistItems()));
  }

  /** Ids of the ticked items, in display order (a copy; use `reset()` to clear). */
  get checkedIds(): string[] {
    return this.shownIds.filter((id) => this.ticks.has(id));
  }

  /** Clears every tick (and the stored ticks with `persist`); fires `iop-checklist-change` if any was ticked. */
  reset(): void {
    this.restored = false;
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
    if (changed.has('phone') && (typeof this.phone === 'string' || typeof this.phone === 'number') && String(this.phone).trim() && !parsePhone(String(this.phone))) {
      this.warnAttribute('phone', `"${describe(this.phone)}" is not a phone number; the handout shows none`);
    }
    if (changed.has('storageKey')) {
      this.keyOverride = this.checked('storage-key', parseStorageKey(this.storageKey));
    }
    const shown = this.shownItems(checklistItems());
    this.shownIds = shown.map((item) => item.id);
    this.storageIds = new Map();
    const used = new Set<string>();
    for (const item of shown) {
      let stored = item.custom ? contentId(item.title) : item.id;
      for (let n = 2; used.has(stored); n++) stored = `${item.custom ? contentId(item.title) : item.id}~${n}`;
      used.add(stored);
      this.storageIds.set(item.id, stored);
    }
    const id = (this.getAttribute('id') ?? '').trim(); // (no `id` property in server rendering)
    const key = STORAGE_PREFIX + (this.keyOverride ?? (KEY_PATTERN.test(id) ? id : 'default'));
    if (this.persist && this.hydrating) {
      // The server's HTML has no ticks: read the stored ones in the next update (see updated).
      return;
    }
    if (this.persist) {
      if (this.needsRead || !this.persisting || key !== this.storedKey) {
        this.claim(key);
        this.kept = [];
        const stored = this.readStored(key);
        this.restored = Boolean(stored?.length);
        if (stored) {
          const wanted = new Set(stored);
          this.ticks = new Set(this.shownIds.filter((id) => wanted.has(this.storageIds.get(id)!)));
          const mine = new Set(this.storageIds.values());
          this.kept = stored.filter((id) => !mine.has(id));
        } else if (this.ticks.size > 0) this.writeStored(key);
      }
    } else if (this.persisting) {
      this.restored = false;
      this.forget(this.storedKey);
    }
    this.needsRead = false;
    this.persisting = this.persist;
    this.storedKey = key;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated with `persist`: now the stored ticks (a microtask, so it is its own update).
    if (this.needsRead && this.persist) queueMicrotask(() => this.requestUpdate());
  }

  protected override render() {
    const text = checklistText();
    const items = this.shownItems(checklistItems());
    const done = items.filter((item) => this.ticks.has(item.id)).length;
    return html`
      <div part="base">
        ${heading(this.level, text.heading)}
        ${this.renderDisclaimer()}
        <p part="intro">${text.lead}</p>
        ${this.restored && done > 0
          ? html`<div part="restored" class="notice">
              <p>${text.restored}</p>
              <button part="restored-reset" class="control" type="button" @click=${() => this.reset()}>${text.reset}</button>
            </div>`
          : nothing}
        <p part="print-lines" class="print-only">
          <span>${text.printProgram}</span>
          <span>${text.printDate}</span>
        </p>
        <fieldset part="group">
          <legend part="legend">${text.legend}</legend>
          <ul part="list" role="list">
            ${items.map(
              (item) => html`
                <li part=${item.custom ? 'item custom-item' : 'item'} data-id=${item.id}
                  lang=${(item.custom && this.pageLang) || nothing}>
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
          <button part="reset" class="control" type="button" @click=${() => this.reset()}>${text.reset}</button>
        </div>
        ${items.some((item) => item.id === 'medicines') ? sourcesLine(['medicines']) : nothing}
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
    return (ids as string[]).slice(0, MAX_STORED).filter((id) => id.length <= 110);
  }

  /** Warns once when another checklist on this page already stores under `key`. */
  private claim(key: string): void {
    const owner = owners.get(key)?.deref();
    if (owner && owner !== this && owner.isConnected && owner.persist && owner.storedKey === key) {
      this.warnOnce(`clash:${key}`, `another checklist here stores under "${key}" too; give each its own storage-key`);
      return;
    }
    owners.set(key, new WeakRef(this));
  }

  private writeStored(key: string): void {
    const ids = [...new Set([...this.checkedIds.map((id) => this.storageIds.get(id) ?? id), ...this.kept])];
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
