/**
 * One "educational information, not medical advice" note per page, with the 988 and 911
 * lines. Every connected widget takes part; the first in document order shows the note.
 * When it leaves the page, the next one takes over. Rules:
 * - `disclaimer` (or `disclaimer="show"`) on an element shows the note there; then no
 *   other element is picked automatically.
 * - `disclaimer="off"` hides it on that element (it no longer takes part).
 * - `<meta name="iop-widgets-disclaimer" content="off">` turns the note off page-wide.
 * - Widgets inside another widget (the guide's sections) never take part: their host does.
 * Nothing here runs on the server (it starts in `connectedCallback`), so server-rendered
 * HTML shows the note only where `disclaimer` is set.
 */
export interface NoteMember extends HTMLElement {
  /** `show` (forced), `off` (hidden) or `auto`. */
  noteMode(): 'show' | 'off' | 'auto';
  /** Tells the element whether it shows the note now. */
  setNote(shown: boolean): void;
}

const members = new Set<NoteMember>();
let pending = false;

/** The element's outermost host in the document, for ordering across shadow roots. */
function outermost(node: Node): Node {
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    node = root.host;
    root = node.getRootNode();
  }
  return node;
}

function nested(el: NoteMember): boolean {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && typeof (root.host as Partial<NoteMember>).noteMode === 'function';
}

/** True when the page turned the note off with the meta switch. */
export function noteOffByPage(): boolean {
  const meta = globalThis.document?.querySelector?.('meta[name="iop-widgets-disclaimer"]');
  return (meta?.getAttribute('content') ?? '').trim().toLowerCase() === 'off';
}

function elect(): void {
  pending = false;
  const off = noteOffByPage();
  const list = [...members].filter((el) => el.isConnected && !nested(el));
  const forced = list.some((el) => el.noteMode() === 'show');
  const auto = list.filter((el) => el.noteMode() === 'auto');
  auto.sort((a, b) => {
    const x = outermost(a);
    const y = outermost(b);
    if (x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  const first = off || forced ? undefined : auto[0];
  for (const el of members) el.setNote(!off && (el === first || (el.noteMode() === 'show' && list.includes(el))));
}

/** Re-elects after the current task's changes (many widgets connecting at once cost one pass). */
export function noteChanged(el: NoteMember, connected: boolean): void {
  if (connected) members.add(el);
  else {
    members.delete(el);
    el.setNote(false);
  }
  if (!pending) {
    pending = true;
    queueMicrotask(elect);
  }
}
