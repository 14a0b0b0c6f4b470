/**
 * Evaluated before Lit (first import of every entry point).
 *
 * Browsers expose elements with an `id` (and some with a `name`) as properties of `window`.
 * A user comment kept by an HTML sanitizer, such as `<a id="litHtmlVersions">`, would make
 * Lit throw while it loads and nothing would render, the crisis lines included. Such an
 * element is shadowed by an own property of `window` holding what Lit expects when nothing
 * is set (real values from another copy of Lit are kept), with one warning.
 *
 * Under Trusted Types, a second copy of Lit cannot create its `lit-html` policy unless the
 * page allows duplicates: that one call warns instead of throwing.
 */
import {warnOnce} from './warn.js';

/**
 * Globals Lit reads while loading that break it when they are an element: the first three
 * must be arrays, the fourth a WeakMap, the rest functions or nothing (a clobbered ShadyCSS
 * would turn off constructable stylesheets).
 */
const NAMES = (
  'litHtmlVersions reactiveElementVersions litElementVersions litPropertyMetadata litHtmlPolyfillSupport ' +
  'reactiveElementPolyfillSupport litElementPolyfillSupport litElementHydrateSupport ShadyCSS'
).split(' ');

if (typeof window !== 'undefined') {
  const global = globalThis as unknown as Record<string, unknown>;
  const shadowed: string[] = [];
  NAMES.forEach((name, index) => {
    try {
      const value = global[name] as {window?: unknown} | undefined;
      // An element, several elements with one id, or a named <iframe>'s window.
      if (value instanceof Node || value instanceof HTMLCollection || (value && value.window === value)) {
        const fallback = index < 3 ? [] : index === 3 ? new WeakMap() : undefined;
        Object.defineProperty(global, name, {value: fallback, writable: true, configurable: true});
        shadowed.push(name);
      }
    } catch {
      // Never throw into the page from here.
    }
  });
  if (shadowed.length) {
    warnOnce('globals', `ignoring page elements named ${shadowed} (Lit globals).`);
  }

  try {
    type Factory = {createPolicy?: (name: string, rules: object) => unknown};
    const factory = (globalThis as {trustedTypes?: Factory}).trustedTypes;
    const create = factory?.createPolicy;
    // Patched only where createPolicy is inherited (as browsers ship it): deleting restores it.
    if (factory && create && !Object.prototype.hasOwnProperty.call(factory, 'createPolicy')) {
      factory.createPolicy = function (this: unknown, name, rules) {
        delete factory.createPolicy;
        try {
          return create.call(this, name, rules);
        } catch (error) {
          if (name !== 'lit-html') throw error;
          warnOnce('tt', `second copy inactive: one "lit-html" policy allowed (add 'allow-duplicates' to trusted-types).`);
        }
      };
      // Lit calls createPolicy while this bundle is evaluated: never leave the patch behind.
      queueMicrotask(() => delete factory.createPolicy);
    }
  } catch {
    // A frozen or exotic trustedTypes object: leave it alone.
  }
}

export {};
