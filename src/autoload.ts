/**
 * The script-tag autoloader (`dist/cdn/iop-widgets-autoload.js`): registers nothing up
 * front; each element's code is fetched, from beside this file, when its tag first
 * appears in the page. A page with one widget loads Lit plus that widget only.
 *
 * It watches the main document (not other shadow roots): elements an app renders inside
 * its own shadow DOM need `iop-widgets.js` or the npm entry points instead.
 */
import './internal/guard.js'; // first: before Lit evaluates
import {warnOnce} from './internal/warn.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'iop-overview': () => import('../components/iop-overview/iop-overview.js'),
  'iop-services-list': () => import('../components/iop-services-list/iop-services-list.js'),
  'iop-schedule': () => import('../components/iop-schedule/iop-schedule.js'),
  'iop-benefits': () => import('../components/iop-benefits/iop-benefits.js'),
  'iop-vs-php-table': () => import('../components/iop-vs-php-table/iop-vs-php-table.js'),
  'program-checklist': () => import('../components/program-checklist/program-checklist.js'),
  'iop-find-guide': () => import('../components/iop-find-guide/iop-find-guide.js'),
  'iop-program-card': () => import('../components/iop-program-card/iop-program-card.js'),
  'iop-faq': () => import('../components/iop-faq/iop-faq.js'),
  'iop-helpline': () => import('../components/iop-helpline/iop-helpline.js'),
  'iop-guide': () => import('../components/iop-guide/iop-guide.js'),
};

/** Tags whose code is already loading or loaded. */
const requested = new Set<string>();
const selector = Object.keys(loaders).join(',');

function load(tag: string): void {
  if (requested.has(tag) || globalThis.customElements?.get(tag)) return;
  requested.add(tag);
  loaders[tag]().catch((error: unknown) => {
    requested.delete(tag);
    warnOnce(`autoload:${tag}`, `could not load <${tag}> (${String(error)}).`);
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.localName in loaders) load(root.localName);
  for (const element of root.querySelectorAll(selector)) load(element.localName);
}

if (globalThis.document) {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
}

export {};
