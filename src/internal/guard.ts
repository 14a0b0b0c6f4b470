/**
 * Evaluated before Lit (first import of every entry point): makes the page globals that
 * Lit reads while it loads safe to read.
 *
 * Browsers expose every element with an `id` (and some with a `name`) as a property of
 * `window`. A user comment kept by an HTML sanitizer, such as `<a id="litHtmlVersions">`,
 * would otherwise make Lit throw when it loads, and nothing would render, the crisis lines
 * included. Lit's own values (set by another copy of Lit) are kept; an element is shadowed
 * by an own property of `window` with the value Lit expects when nothing is set.
 *
 * Also: under Trusted Types, a second copy of Lit on the page cannot create its
 * `lit-html` policy unless the page allows duplicates; that now warns instead of throwing.
 */
import {warnOnce} from './warn.js';

type Check = (value: unknown) => boolean;
const isFunction: Check = (value) => typeof value === 'function';
const isArray: Check = (value) => Array.isArray(value);

/** What Lit and @lit/localize read from `window`, and what a real value looks like. */
const expected: Record<string, [Check, () => unknown]> = {
  litHtmlVersions: [isArray, () => []],
  reactiveElementVersions: [isArray, () => []],
  litElementVersions: [isArray, () => []],
  litHtmlPolyfillSupport: [isFunction, () => undefined],
  reactiveElementPolyfillSupport: [isFunction, () => undefined],
  litElementPolyfillSupport: [isFunction, () => undefined],
  litElementHydrateSupport: [isFunction, () => undefined],
  litHtmlPolyfillSupportDevMode: [isFunction, () => undefined],
  reactiveElementPolyfillSupportDevMode: [isFunction, () => undefined],
  litElementPolyfillSupportDevMode: [isFunction, () => undefined],
  litPropertyMetadata: [(value) => value instanceof WeakMap, () => new WeakMap()],
  litIssuedWarnings: [(value) => value instanceof Set, () => undefined],
  litNonce: [(value) => typeof value === 'string', () => undefined],
  ShadyCSS: [(value) => typeof value === 'object' && !isNode(value), () => undefined],
  ShadyDOM: [(value) => typeof value === 'object' && !isNode(value), () => undefined],
  emitLitDebugLogEvents: [(value) => typeof value === 'boolean', () => undefined],
};

/** An element, or a collection of them (several elements share the id). */
function isNode(value: unknown): boolean {
  return (
    (typeof Node === 'function' && value instanceof Node) ||
    (typeof HTMLCollection === 'function' && value instanceof HTMLCollection)
  );
}

function guardGlobals(): void {
  const global = globalThis as unknown as Record<string, unknown>;
  const shadowed: string[] = [];
  for (const name of Object.keys(expected)) {
    try {
      // `in` also finds named elements; own data properties are real values set by a script.
      if (!(name in global) || Object.prototype.hasOwnProperty.call(global, name)) continue;
      const [valid, fallback] = expected[name];
      const value = global[name];
      if (value === undefined || valid(value)) continue;
      Object.defineProperty(global, name, {value: fallback(), writable: true, configurable: true, enumerable: false});
      shadowed.push(name);
    } catch {
      // Never throw into the page from here.
    }
  }
  if (shadowed.length > 0) {
    warnOnce(
      'clobbered-globals',
      `an element on this page has the id or name ${shadowed.map((name) => `"${name}"`).join(', ')}, ` +
        'which Lit reads as a global; iop-widgets ignores it. Rename that element if a script relies on it.',
    );
  }
}

/**
 * Lit creates its `lit-html` Trusted Types policy once when it loads. A second copy of Lit
 * (a second copy of iop-widgets, or the app's own Lit) would throw there under a CSP that
 * lists `trusted-types lit-html` without `'allow-duplicates'`: warn instead, for that one
 * call, then put the page's function back.
 */
function guardTrustedTypes(): void {
  try {
    const factory = (globalThis as {trustedTypes?: {createPolicy: (name: string, rules: object) => unknown}}).trustedTypes;
    if (!factory || typeof factory.createPolicy !== 'function') return;
    const original = factory.createPolicy;
    const own = Object.prototype.hasOwnProperty.call(factory, 'createPolicy');
    const restore = () => {
      if (factory.createPolicy !== patched) return;
      if (own) factory.createPolicy = original;
      else delete (factory as {createPolicy?: unknown}).createPolicy;
    };
    const patched = function (this: unknown, name: string, rules: object) {
      if (name !== 'lit-html') return original.call(this, name, rules);
      restore();
      try {
        return original.call(this, name, rules);
      } catch (error) {
        warnOnce(
          'trusted-types-duplicate',
          `Trusted Types: the page already has a "lit-html" policy (a second copy of iop-widgets or of Lit): ` +
            `this copy stays inactive (${error instanceof Error ? error.name : 'error'}). Load the library once, or add ` +
            `'allow-duplicates' to your trusted-types directive.`,
        );
        return undefined;
      }
    };
    factory.createPolicy = patched;
    // Lit calls createPolicy while this bundle is evaluated; never leave the patch behind.
    queueMicrotask(restore);
  } catch {
    // A frozen or exotic trustedTypes object: leave it alone.
  }
}

if (typeof window !== 'undefined') {
  guardGlobals();
  guardTrustedTypes();
}

export {};
