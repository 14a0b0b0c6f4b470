import {elementUpdated} from '@open-wc/testing';
import {getLocale, followPageLanguage} from '../src/localization.js';

/** Collects `[iop-widgets]` console warnings while `run` executes (awaited). */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('[iop-widgets]')) warnings.push(text);
    else original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Resolves once the widgets show `locale` (waits for its translation to load). */
export function localeReady(locale: string): Promise<void> {
  if (getLocale() === locale) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent).detail;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener('lit-localize-status', listener);
        resolve();
      }
    };
    window.addEventListener('lit-localize-status', listener);
  });
}

/** Sets `<html lang>` like a page would and waits until `element` shows `expected`. */
export async function setPageLanguage(lang: string, expected: string, element?: Element): Promise<void> {
  const ready = localeReady(expected);
  document.documentElement.lang = lang;
  await ready;
  if (element) await elementUpdated(element);
}

/** Resets the page to English and un-pins any `setLocale()` between tests. */
export async function resetLanguage(): Promise<void> {
  document.documentElement.lang = 'en';
  await followPageLanguage();
}

/** The visible text of a node in a shadow root, whitespace folded. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Renders `element` inside a container of the given width (for container queries). */
export function inWidth(width: string): HTMLElement {
  const box = document.createElement('div');
  box.style.width = width;
  document.body.append(box);
  return box;
}

/** Waits for the page-note election (a microtask after connecting) and the update it causes. */
export async function settle(...elements: Element[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const el of elements) await (el as Element & {updateComplete?: Promise<unknown>}).updateComplete;
}

// A failed assertion about a DOM node (e.g. `expect(node).to.be.null`) carries the node as
// `actual`; serializing it for the report can hang the run. Keep only its name.
afterEach(function () {
  const error = this.currentTest?.err as (Error & {actual?: unknown; expected?: unknown}) | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = error[key];
    if (typeof Node !== 'undefined' && value instanceof Node) error[key] = `<${value.nodeName.toLowerCase()}>`;
  }
});
