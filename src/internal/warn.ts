/**
 * The one way the library talks to a clinic's web team: a console warning that starts
 * with `[iop-widgets]`. Warnings never throw, even where `console` is missing or patched.
 */
const PREFIX = '[iop-widgets]';
const alreadySaid = new Set<string>();

export function warn(message: string): void {
  try {
    globalThis.console?.warn(`${PREFIX} ${message}`);
  } catch {
    // A host page that broke console.warn must not break the widget.
  }
}

/** Warns the first time `key` is seen on this page, then stays quiet. */
export function warnOnce(key: string, message: string): void {
  if (alreadySaid.has(key)) return;
  alreadySaid.add(key);
  warn(message);
}
