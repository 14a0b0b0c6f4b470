import {LitElement} from 'lit';
import {pageLocaleLoaded} from '../localization.js';
import {warn} from './warn.js';

declare global {
  // Set by @lit-labs/ssr-client/lit-element-hydrate-support.js.
  var litElementHydrateSupport: ((lit: {LitElement: typeof LitElement}) => void) | undefined;
}

let decided = false;
let ready: Promise<void> | undefined;

/**
 * Server-rendered widgets (a declarative shadow root already on one of our tags) need
 * Lit's hydration support before any element is defined, so that they take over the
 * DOM the server wrote instead of rendering it again. It is loaded only on such pages
 * (2.5 KB gzip that pages rendered in the browser never fetch). Returns the promise to
 * wait for before defining elements, or undefined when there is nothing to hydrate.
 */
export function hydrationReady(): Promise<void> | undefined {
  if (decided) return ready;
  decided = true;
  // Our tags by their shape, not a list of names (an app that imports one element carries
  // no other element's name): `iop-*` and `program-checklist`, not yet defined.
  const prerendered = [...(globalThis.document?.querySelectorAll(':not(:defined)') ?? [])].some(
    (el) => el.shadowRoot && /^(iop-|program-checklist$)/.test(el.localName),
  );
  if (!prerendered) return undefined;
  // An app that loaded the hydration support before Lit (Lit's own way) is patched already.
  const patched = Boolean(globalThis.litElementHydrateSupport);
  // The page's translation loads at the same time: the first render is then already in the
  // language the server wrote, so hydration adopts the text as it is.
  ready = Promise.all([
    import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(
      () => {
        if (!patched) globalThis.litElementHydrateSupport?.({LitElement});
      },
      (error: unknown) => warn(`could not load hydration support (${String(error)}); rendering again in the browser.`),
    ),
    pageLocaleLoaded(),
  ]).then(() => undefined);
  return ready;
}
