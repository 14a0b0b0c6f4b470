import {hydrationReady} from './hydration.js';
import {warnOnce} from './warn.js';

/**
 * Registers a custom element without ever throwing into the host page.
 *
 * If the tag is already taken (a second copy of iop-widgets, another library, or a
 * different version), the first definition is kept and one warning explains why.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // On a page with server-rendered widgets, define once hydration support is in.
  const hydration = hydrationReady();
  if (hydration) void hydration.then(() => register(tag, element));
  else register(tag, element);
}

function register(tag: string, element: CustomElementConstructor): void {
  try {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== element) {
        warnOnce(
          `define:${tag}`,
          `<${tag}> is already defined on this page (often a second copy of iop-widgets). ` +
            'Keeping the first definition; load the library once to avoid this.',
        );
      }
      return;
    }
    registry.define(tag, element);
  } catch (error) {
    warnOnce(`define:${tag}`, `could not define <${tag}>: ${String(error)}`);
  }
}
