// Part of `npm run bench`: whole-page loads compared, interleaved round by round.
//   client       the widgets as tags + the script-tag bundle (rendered in the browser)
//   prerendered  the same page through prerender() + the bundle (hydrates)
//   static       the same content as plain HTML: each widget's rendered markup in light DOM,
//                styled by the widgets' own CSS (scoped with CSS nesting), no shadow roots,
//                no script
//   prerendered-only  the prerendered page without the bundle (declarative shadow DOM alone)
//   iframe       that static page inside an <iframe>
// "Painted" is the first task after the frame that follows the content being complete:
// requestAnimationFrame, then a user-blocking scheduler.postTask (setTimeout where there is
// no scheduler). A plain setTimeout would also wait for whatever task the page queued
// before it — on the prerendered page, the bundle's evaluation, which a trace shows runs
// after the content was already painted.
// (for the client-rendered page: after every element's first render).
import {prerender} from '../dist/ssr.js';

const WIDGETS = `<iop-overview></iop-overview><iop-services-list></iop-services-list><iop-schedule></iop-schedule>
<iop-benefits></iop-benefits><iop-vs-php-table></iop-vs-php-table><program-checklist></program-checklist>
<iop-find-guide></iop-find-guide><iop-program-card name="Cedar Grove Evening IOP" phone="555-010-4477"></iop-program-card>
<iop-faq></iop-faq><iop-helpline phone="(555) 010-4477"></iop-helpline><iop-guide></iop-guide>`;
const TAGS = ['iop-overview', 'iop-services-list', 'iop-schedule', 'iop-benefits', 'iop-vs-php-table', 'program-checklist',
  'iop-find-guide', 'iop-program-card', 'iop-faq', 'iop-helpline', 'iop-guide'];

const head = '<meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>bench</title>';
/** Sets window[key] in the first task after the next frame (see above). */
const afterPaint = (key) => `requestAnimationFrame(() => { const mark = () => { window.${key} = performance.now(); }; ` +
  `if (window.scheduler?.postTask) scheduler.postTask(mark, {priority: 'user-blocking'}); else setTimeout(mark); })`;
const painted = `<script>${afterPaint('__painted')};</script>`;
const shift = '<script>window.__shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({type: "layout-shift", buffered: true});</script>';
// Waits for every element (and the guide's nested ones) to be defined and rendered. A classic
// script placed before the bundle, so it sees the render as it happens: a module script after
// the bundle would run only after the browser had already painted a frame with the content,
// adding a frame the static page does not pay.
const rendered = (key) => `<script>(async () => {
  const tags = ${JSON.stringify(TAGS)};
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  window.__defined = performance.now();
  const all = () => [...document.querySelectorAll(tags.join()), ...[...document.querySelectorAll('iop-guide')].flatMap((g) => [...g.shadowRoot.querySelectorAll(tags.join())])];
  await Promise.all(all().map((el) => el.updateComplete));
  await Promise.all(all().map((el) => el.updateComplete));
  window.__rendered = performance.now();
  ${afterPaint(key)};
})();</script>`;
const bundle = '<script type="module" src="/dist/cdn/iop-widgets.js"></script>';

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

export async function pageLoads({browser, origin, serve, rounds = 25}) {
  const clientHtml = `<!doctype html><html lang="en"><head>${head}${shift}</head><body><main>${WIDGETS}</main>${rendered('__painted')}${bundle}</body></html>`;
  const prerenderedHtml = await prerender(`<!doctype html><html lang="en"><head>${head}${shift}</head><body><main>${WIDGETS}</main>${painted}${rendered('__hydrated')}${bundle}</body></html>`);
  serve('/bench-client.html', clientHtml);
  serve('/bench-prerendered.html', prerenderedHtml);
  // The same prerendered HTML without the bundle: what declarative shadow DOM costs alone.
  serve('/bench-prerendered-only.html', prerenderedHtml.replace(bundle, '').replace(/<script>\(async \(\) => \{[^]*?<\/script>/, ''));

  // The static page: the widgets' rendered markup, flattened into light DOM.
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/bench-client.html`);
  await tab.waitForFunction(() => window.__painted);
  const {flat, css} = await tab.evaluate((tags) => {
    const flatten = (root) => [...root.childNodes].map((node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style' || node.localName === 'slot') return '';
      const host = tags.includes(node.localName);
      const name = host ? 'div' : node.localName;
      const attributes = (host ? ` class="static-${node.localName}"` : '') +
        [...node.attributes].map((a) => ` ${a.name}="${a.value.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`).join('');
      const inner = node.shadowRoot ? flatten(node.shadowRoot) : flatten(node);
      return ['input', 'br', 'img'].includes(name) ? `<${name}${attributes}>` : `<${name}${attributes}>${inner}</${name}>`;
    }).join('');
    // Each element's CSS, scoped to its flattened host with CSS nesting (:host → &).
    const css = tags.map((tag) => {
      const text = customElements.get(tag).elementStyles.map((style) => style.cssText).join('\n')
        .replace(/:host\(([^)]*\))\)/g, '&:is($1)').replace(/:host\(([^)]*)\)/g, '&:is($1)').replace(/:host/g, '&')
        .replace(/::slotted\(([^)]*)\)/g, '> $1');
      return `.static-${tag}{${text}}`;
    }).join('\n');
    return {flat: flatten(document.querySelector('main')), css};
  }, TAGS);
  await context.close();
  serve('/bench-static.html', `<!doctype html><html lang="en"><head>${head}${shift}<style>${css}</style></head><body><main>${flat}</main>${painted}</body></html>`);
  serve('/bench-iframe.html', `<!doctype html><html lang="en"><head>${head}</head><body><main><iframe title="IOP information" src="/bench-static.html" style="border:0;inline-size:100%;block-size:12000px"></iframe></main>
<script>document.querySelector('iframe').addEventListener('load', () => ${afterPaint('__painted')});</script></body></html>`);

  const variants = ['static', 'client', 'prerendered', 'prerendered-only', 'iframe'];
  const samples = Object.fromEntries(variants.map((name) => [name, []]));
  const extra = {client: [], prerendered: []};
  for (let round = -2; round < rounds; round++) { // two warm-up rounds, not counted
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const name of order) {
      const load = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await load.newPage();
      await page.goto(`${origin}/bench-${name}.html`);
      await page.waitForFunction((key) => window[key] !== undefined, name === 'prerendered' ? '__hydrated' : '__painted');
      const timing = await page.evaluate(() => ({
        painted: window.__painted,
        defined: window.__defined,
        rendered: window.__rendered,
        hydrated: window.__hydrated,
        shift: window.__shift,
        fetched: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/iop-widgets.js'))?.responseEnd,
      }));
      await load.close();
      if (round < 0) continue;
      samples[name].push(timing.painted);
      if (name === 'client' || name === 'prerendered') extra[name].push(timing);
    }
  }
  const median = (values) => quantile(values, 0.5);
  const ratios = {};
  const labels = {
    client: 'client-rendered',
    prerendered: 'prerendered + hydrated (painted)',
    'prerendered-only': 'prerendered, no script',
    iframe: 'static HTML in an iframe',
  };
  for (const name of ['client', 'prerendered', 'prerendered-only', 'iframe']) {
    const perRound = samples[name].map((value, index) => value / samples.static[index]);
    ratios[labels[name]] = {median: median(samples[name]) / median(samples.static), p25: quantile(perRound, 0.25), p75: quantile(perRound, 0.75)};
  }
  const hydratedRound = extra.prerendered.map((timing, index) => timing.hydrated / samples.static[index]);
  ratios['prerendered + hydrated (interactive)'] = {
    median: median(extra.prerendered.map((timing) => timing.hydrated)) / median(samples.static),
    p25: quantile(hydratedRound, 0.25),
    p75: quantile(hydratedRound, 0.75),
  };
  const pick = (list, key) => median(list.map((timing) => timing[key]));
  return {
    rounds,
    staticMs: median(samples.static),
    ratios,
    client: {fetched: pick(extra.client, 'fetched'), defined: pick(extra.client, 'defined'), rendered: pick(extra.client, 'rendered'), painted: pick(extra.client, 'painted')},
    prerendered: {painted: pick(extra.prerendered, 'painted'), hydrated: pick(extra.prerendered, 'hydrated'), layoutShift: Math.max(...extra.prerendered.map((t) => t.shift))},
    medianMs: Object.fromEntries(variants.map((name) => [name, median(samples[name])])),
  };
}
