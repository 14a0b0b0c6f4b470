/**
 * One "educational information, not medical advice" note per page, with the 988 and 911
 * lines: the first connected widget in document order shows it; when it leaves the page,
 * the next one takes over. `disclaimer` on an element shows it there (then none is picked
 * automatically); `disclaimer="off"` never there; `<meta name="iop-widgets-disclaimer"
 * content="off">` nowhere. Widgets inside another widget (the guide's sections) never take
 * part: their host does. Starts in `connectedCallback`, so nothing runs on the server.
 */
export interface NoteMember extends HTMLElement {
  /** `show` (forced), `off` (hidden) or `auto`. */
  noteMode(): 'show' | 'off' | 'auto';
  /** Tells the element whether it shows the note now. */
  setNote(shown: boolean): void;
}

const members = new Set<NoteMember>();
let pending = false;

function elect(): void {
  pending = false;
  const off =
    globalThis.document?.querySelector('meta[name="iop-widgets-disclaimer"]')?.getAttribute('content')?.trim().toLowerCase() ===
    'off';
  // Connected, and not inside another widget's shadow root.
  const list = [...members].filter((el) => {
    const host = (el.getRootNode() as ShadowRoot).host as Partial<NoteMember> | undefined;
    return el.isConnected && !host?.noteMode;
  });
  const forced = list.filter((el) => el.noteMode() === 'show');
  const auto = list.filter((el) => el.noteMode() === 'auto');
  // Document order (elements in other shadow roots compare consistently, if not by position).
  auto.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const shown = off ? [] : forced.length > 0 ? forced : auto.slice(0, 1);
  for (const el of members) el.setNote(shown.includes(el));
}

/** Re-elects once after the current task (many widgets connecting at once cost one pass). */
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
