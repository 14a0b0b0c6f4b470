// Generates the documentation site's HTML pages into demo/ (git-ignored output) from:
// dist/custom-elements.json (element pages), demo/pages/**/*.md (home, ways in, theming,
// languages), docs/*.md (guides other contributors write), locales/status.json and
// demo/site/themes.css. Vite (demo/vite.config.ts) then serves or builds demo/.
//
//   node scripts/docs-site.mjs          write the pages (npm start does this)
//   import {generateSite} ...           scripts/build-docs.mjs passes a server renderer
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {build} from 'esbuild';
import {Marked} from 'marked';
import {elementsFrom, firstSentence, readManifest} from './docs/elements.mjs';

const root = resolve(import.meta.dirname, '..');
const demo = resolve(root, 'demo');
/** Folders and files in demo/ that this script writes (and .gitignore lists). */
export const generatedPaths = ['index.html', 'theming.html', 'languages.html', 'elements', 'use', 'guides'];

const esc = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The builder's shared modules (TypeScript), bundled for Node. */
async function loadShared() {
  const result = await build({
    entryPoints: [resolve(demo, 'site/shared.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** `---\nkey: value\n---` at the top of a markdown file. */
function frontMatter(source) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return {meta: {}, body: source};
  const meta = {};
  for (const line of match[1].split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) meta[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return {meta, body: source.slice(match[0].length)};
}

const ways = [
  ['use/script-tag', 'Script tag'],
  ['use/autoload', 'Autoload'],
  ['use/npm', 'npm and bundlers'],
  ['use/react', 'React'],
  ['use/vue', 'Vue'],
  ['use/svelte', 'Svelte'],
  ['use/server-rendering', 'Server-rendered HTML'],
];

export async function generateSite({ssr = null, live = false, log = console.log} = {}) {
  const shared = await loadShared();
  const elements = elementsFrom(readManifest());
  const guides = existsSync(resolve(root, 'docs'))
    ? readdirSync(resolve(root, 'docs'))
        .filter((file) => file.endsWith('.md') && file !== 'reference.md')
        .sort()
        .map((file) => {
          const source = readFileSync(resolve(root, 'docs', file), 'utf8');
          const title = /^#\s+(.+)$/m.exec(source)?.[1] ?? file.replace(/\.md$/, '');
          return {path: `guides/${file.replace(/\.md$/, '')}`, title: title.replace(/`/g, ''), source};
        })
    : [];

  const nav = [
    {heading: 'Start', links: [['index', 'Home']]},
    {heading: 'Ways in', links: ways},
    {heading: 'Elements', links: elements.map((element) => [`elements/${element.tag}`, `<${element.tag}>`])},
    {
      heading: 'Guides',
      links: [['theming', 'Theming'], ['languages', 'Languages'], ...guides.map((guide) => [guide.path, guide.title])],
    },
  ];

  const pages = new Map();
  const page = (path, html) => pages.set(`${path}.html`, html);

  function layout({path, title, description, body, scripts = []}) {
    const up = '../'.repeat(path.split('/').length - 1);
    const link = (target) => `${up}${target}.html`;
    const navHtml = nav
      .map(
        (group) => `<h2>${esc(group.heading)}</h2><ul>${group.links
          .map(
            ([target, label]) =>
              `<li><a href="${link(target)}"${target === path ? ' aria-current="page"' : ''}>${
                label.startsWith('<') ? `<code>${esc(label)}</code>` : esc(label)
              }</a></li>`,
          )
          .join('')}</ul>`,
      )
      .join('');
    return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · iop-widgets</title>
<meta name="description" content="${esc(description)}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<script>try{var t=localStorage.getItem('iop-docs:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}</script>
<link rel="stylesheet" href="${up}site/site.css">
<script type="module" src="${up}site/site.ts"></script>
${scripts.map((script) => `<script type="module" src="${up}site/${script}"></script>`).join('\n')}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="${link('index')}">iop-widgets <span>docs</span></a>
<label class="theme-switch">Site theme <select id="site-theme" name="site-theme"><option value="system">System</option><option value="light">Light</option><option value="dark">Dark</option></select></label>
</header>
<div class="layout">
<details class="menu"><summary>All pages</summary><nav aria-label="All pages">${navHtml}</nav></details>
<main id="main" tabindex="-1">
${body}
</main>
</div>
<footer class="foot"><p>iop-widgets — MIT licence. The widgets give general, educational information, not medical advice. In an emergency call 911; in a mental health crisis call or text 988.</p></footer>
</body>
</html>
`;
  }

  const marked = new Marked({gfm: true});
  function renderMarkdown(source, path) {
    const up = '../'.repeat(path.split('/').length - 1);
    const text = source
      .replace(/\{\{root\}\}/g, up)
      // Links written for a code host (docs/x.md, ../README.md) point at site pages here.
      .replace(/\]\((?:\.\/)?reference\.md#([a-z-]+)\)/g, `](${up}elements/$1.html)`)
      .replace(/\]\((?:\.\/)?reference\.md\)/g, `](${up}index.html#elements)`)
      .replace(/\]\((?:\.\.\/)?README\.md\)/g, `](${up}index.html)`)
      .replace(/\]\((?:\.\/|\.\.\/docs\/|docs\/)?([a-z0-9-]+)\.md\)/g, `](${up}guides/$1.html)`);
    return marked
      .parse(text)
      .replace(/<table>/g, '<div class="table-wrap" role="region" tabindex="0" aria-label="Table"><table>')
      .replace(/<\/table>/g, '</table></div>');
  }

  // Markdown pages of the site itself.
  const statusTable = localeStatusTable();
  const themes = themesSection();
  for (const file of listMarkdown(resolve(demo, 'pages'))) {
    const path = relative(resolve(demo, 'pages'), file).replace(/\.md$/, '');
    const {meta, body} = frontMatter(readFileSync(file, 'utf8'));
    let html = renderMarkdown(body, path);
    html = html.replace('<p>{{locale-status}}</p>', statusTable).replace('<p>{{themes}}</p>', themes);
    if (path === 'index') html = html.replace('<p>{{elements}}</p>', elementList(elements));
    const scripts = (meta.scripts ?? '').split(/\s+/).filter(Boolean);
    page(path, layout({path, title: meta.title ?? path, description: meta.description ?? '', body: html, scripts}));
  }

  // Guides from docs/*.md.
  for (const guide of guides) {
    page(
      guide.path,
      layout({
        path: guide.path,
        title: guide.title,
        description: `${guide.title}: part of the iop-widgets documentation.`,
        body: renderMarkdown(guide.source, guide.path),
      }),
    );
  }

  // One page per element.
  for (const element of elements) {
    const path = `elements/${element.tag}`;
    const controls = shared.controlsFor(element.tag, element.attributes);
    const attributes = shared.attributesFromControls(controls);
    const snippets = {};
    for (const {form} of shared.snippetForms) {
      if (form !== 'html') snippets[form] = shared.snippet(form, element.tag, attributes);
    }
    if (ssr) {
      try {
        snippets.html = await ssr(shared.markup(element.tag, attributes), 'en');
      } catch (error) {
        log(`docs: server rendering <${element.tag}> failed (${error.message}); hiding that tab.`);
      }
    }
    page(
      path,
      layout({
        path,
        title: `<${element.tag}>`,
        description: firstSentence(element.summary),
        body: elementPage(element, controls, attributes, snippets, shared, renderMarkdown, path, live),
        scripts: ['builder.ts'],
      }),
    );
  }

  for (const generated of generatedPaths) rmSync(resolve(demo, generated), {recursive: true, force: true});
  for (const [file, html] of pages) {
    mkdirSync(dirname(resolve(demo, file)), {recursive: true});
    writeFileSync(resolve(demo, file), html);
  }
  log(`docs: wrote ${pages.size} pages into demo/`);
  return [...pages.keys()];
}

function listMarkdown(folder) {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? listMarkdown(resolve(folder, entry.name))
      : entry.name.endsWith('.md')
        ? [resolve(folder, entry.name)]
        : [],
  );
}

function elementList(elements) {
  return `<ul class="element-list" id="elements">${elements
    .map(
      (element) =>
        `<li><a href="elements/${element.tag}.html"><code>&lt;${element.tag}&gt;</code></a> ${esc(firstSentence(element.summary))}</li>`,
    )
    .join('')}</ul>`;
}

/** The translation status table; reads the fields #9 adds (reviewed, reviewer, date) if present. */
function localeStatusTable() {
  let status = {};
  try {
    status = JSON.parse(readFileSync(resolve(root, 'locales/status.json'), 'utf8'));
  } catch {
    return '<p>No translation status file (locales/status.json) was found.</p>';
  }
  const rows = Object.entries(status).map(([locale, entry]) => {
    const info = entry && typeof entry === 'object' ? entry : {};
    const reviewed = info.reviewed === true;
    const by = [info.reviewer, info.date].filter((value) => typeof value === 'string' && value).join(', ');
    return `<tr><th scope="row"><span lang="${esc(locale)}">${esc(info.name ?? locale)}</span> <code>${esc(locale)}</code></th><td>${
      reviewed ? `<strong>Reviewed</strong>${by ? ` (${esc(by)})` : ''}` : 'Not yet reviewed'
    }</td><td>${esc(typeof info.note === 'string' ? info.note : '')}</td><td><button type="button" class="try-locale" data-locale="${esc(locale)}">Show in ${esc(locale)}</button></td></tr>`;
  });
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="Translation status"><table class="status"><caption>Translation status (from <code>locales/status.json</code>)</caption>
<thead><tr><th scope="col">Language</th><th scope="col">Human review</th><th scope="col">Note</th><th scope="col">Try it</th></tr></thead>
<tbody><tr><th scope="row">English <code>en</code></th><td>Source language</td><td>Written in plain language (US grade 6–8).</td><td><button type="button" class="try-locale" data-locale="en">Show in en</button></td></tr>${rows.join('')}</tbody></table></div>`;
}

/** Each theme of demo/site/themes.css as live widgets beside the CSS that makes them. */
function themesSection() {
  const css = readFileSync(resolve(demo, 'site/themes.css'), 'utf8');
  const blocks = [...css.matchAll(/\/\* theme: ([a-z]+) — ([^*]+?) \*\/\n([\s\S]*?)(?=\/\* theme:|$)/g)];
  return `<div class="themes">${blocks
    .map(
      ([, name, label, rules]) => `<section class="theme-panel" aria-labelledby="theme-${name}">
<h2 id="theme-${name}">${esc(label.trim())}</h2>
<div class="preview theme-${name}"><iop-helpline phone="(555) 010-4477" label="Call Cedar Grove Recovery" heading-level="3"></iop-helpline></div>
<pre><code class="language-css">${esc(rules.trim())}</code></pre>
</section>`,
    )
    .join('\n')}</div>`;
}

function table(headers, rows, label) {
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${esc(label)}"><table><thead><tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

const codeOr = (text) => (text ? `<code>${esc(text)}</code>` : '—');

function control(tagControl) {
  const c = tagControl;
  const id = `attr-${c.attribute}`;
  const warning = `<p class="warning" id="${id}-warning" data-warning-for="${c.attribute}" hidden></p>`;
  const label = `<code>${esc(c.attribute)}</code>`;
  switch (c.kind) {
    case 'checkbox':
      return `<div class="field check" data-attribute="${c.attribute}"><input type="checkbox" id="${id}" name="${c.attribute}"${c.initial ? ' checked' : ''}><label for="${id}">${label}</label>${warning}</div>`;
    case 'number':
      return `<div class="field" data-attribute="${c.attribute}"><label for="${id}">${label} <span class="hint">${c.min}–${c.max}</span></label><input type="number" id="${id}" name="${c.attribute}" min="${c.min}" max="${c.max}" step="1" placeholder="${esc(c.placeholder)}" value="${esc(c.initial)}" inputmode="numeric">${warning}</div>`;
    case 'range':
      return `<fieldset class="field range" data-attribute="${c.attribute}"><legend>${label} <span class="hint">hours a week, ${c.min}–${c.max} (default ${esc(c.placeholder)})</span></legend><label for="${id}-from">From</label><input type="number" id="${id}-from" name="${c.attribute}-from" min="${c.min}" max="${c.max}" step="0.5"><label for="${id}-to">to</label><input type="number" id="${id}-to" name="${c.attribute}-to" min="${c.min}" max="${c.max}" step="0.5">${warning}</fieldset>`;
    case 'tel':
    case 'url':
    case 'text':
      return `<div class="field" data-attribute="${c.attribute}"><label for="${id}">${label}</label><input type="${c.kind}" id="${id}" name="${c.attribute}" value="${esc(c.initial)}"${c.placeholder ? ` placeholder="${esc(c.placeholder)}"` : ''}${c.kind === 'tel' ? ' autocomplete="off"' : ''}>${warning}</div>`;
    case 'ids': {
      const order = [...c.initial, ...c.options.map((o) => o.id).filter((optionId) => !c.initial.includes(optionId))];
      const byId = new Map(c.options.map((o) => [o.id, o]));
      const items = order
        .map((optionId, index) => {
          const option = byId.get(optionId);
          const boxId = `${id}-${optionId}`;
          const moves = c.ordered
            ? `<span class="moves"><button type="button" class="move" data-move="-1" aria-label="Move ${esc(option.label)} up"${index === 0 ? ' aria-disabled="true"' : ''}>↑</button><button type="button" class="move" data-move="1" aria-label="Move ${esc(option.label)} down"${index === order.length - 1 ? ' aria-disabled="true"' : ''}>↓</button></span>`
            : '';
          return `<li data-id="${esc(optionId)}"><input type="checkbox" id="${boxId}" name="${c.attribute}" value="${esc(optionId)}"${c.initial.includes(optionId) ? ' checked' : ''}><label for="${boxId}">${esc(option.label)} <code>${esc(optionId)}</code></label>${moves}</li>`;
        })
        .join('');
      return `<fieldset class="field ids" data-attribute="${c.attribute}" data-ordered="${c.ordered}" data-defaults="${esc(c.defaults.join(' '))}"><legend>${label} <span class="hint">${c.ordered ? 'tick and order' : 'tick'}</span></legend><ul class="id-list">${items}</ul><p class="sr-only" role="status" data-move-status></p>${warning}</fieldset>`;
    }
    case 'items':
      return `<fieldset class="field items" data-attribute="${c.attribute}"><legend>${label} <span class="hint">your own entries, after the defaults</span></legend><ol class="item-rows"></ol><button type="button" class="add-item">Add an item</button>
<template class="item-row"><li><label>Title <input type="text" name="item-label"></label><label>Description <input type="text" name="item-description"></label><button type="button" class="remove-item">Remove item</button></li></template>${warning}</fieldset>`;
  }
  return '';
}

function elementPage(element, controls, attributes, snippets, shared, renderMarkdown, path, live) {
  const tag = element.tag;
  const previewAttributes = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${esc(value)}"`))
    .join('');
  const forms = shared.snippetForms.filter(({form}) => snippets[form] !== undefined || form === 'html');
  const tabs = forms
    .map(
      ({form, label}, index) =>
        `<button type="button" role="tab" id="tab-${form}" aria-controls="panel-${form}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}"${form === 'html' && snippets.html === undefined ? ' hidden' : ''}>${esc(label)}</button>`,
    )
    .join('');
  const panels = forms
    .map(
      ({form}, index) =>
        `<div role="tabpanel" id="panel-${form}" aria-labelledby="tab-${form}"${index === 0 ? '' : ' hidden'}>${
          form === 'html'
            ? `<p class="hint" data-ssr-note>Rendered on the server by <code>renderWidget()</code> from <code>iop-widgets/ssr.js</code>: the text is there before any script runs. ${
                snippets.html === undefined ? '' : 'Pre-rendered for the starting settings; run <code>npx iop-widgets prerender page.html</code> on your own page.'
              }</p>`
            : ''
        }<pre tabindex="0" aria-label="${esc(form)} code"><code data-snippet="${form}">${esc(snippets[form] ?? '')}</code></pre></div>`,
    )
    .join('');
  // live: served by `npm start`, whose /__iop-ssr renders any settings; else only the starting ones.
  const data = {tag, controls, ssr: snippets.html !== undefined, ssrLive: live && snippets.html !== undefined, ssrInitial: snippets.html ?? null};
  const attributeRows = element.attributes.map((a) => [
    `<code>${esc(a.name)}</code>`,
    codeOr(a.property),
    codeOr(a.type),
    codeOr(a.default),
    inline(a.description, renderMarkdown, path),
  ]);
  const propertyRows = element.properties.map((p) => [
    `<code>${esc(p.name)}</code>${p.readonly ? ' (read-only)' : ''}`,
    codeOr(p.type),
    codeOr(p.default),
    inline(p.description, renderMarkdown, path),
  ]);
  const section = (id, title, headers, rows) =>
    `<h3 id="${id}">${title}</h3>${rows.length ? table(headers, rows, title) : '<p>None.</p>'}`;
  return `<h1><code>&lt;${tag}&gt;</code></h1>
<div class="summary">${renderMarkdown(element.summary, path)}</div>
<section class="builder" aria-labelledby="builder-heading">
<h2 id="builder-heading">Build your embed code</h2>
<p>Set the attributes: the preview and the code follow. A value the element cannot use shows its <code>[iop-widgets]</code> warning next to the field.</p>
<div class="builder-grid">
<form class="controls" id="controls" aria-label="Attributes of &lt;${tag}&gt;" novalidate>
${controls.map((c) => control(c)).join('\n')}
</form>
<div class="output">
<div class="preview-bar">
<div><label for="preview-locale">Preview language</label><select id="preview-locale" name="preview-locale" data-preview-locale><option value="en">English (en)</option></select></div>
<div><label for="preview-theme">Preview theme</label><select id="preview-theme" name="preview-theme"><option value="site">Same as this site</option><option value="light">Light</option><option value="dark">Dark</option><option value="brand">Brand colour</option><option value="serif">Serif site</option></select></div>
</div>
<div class="preview preview-live theme-site" id="preview" role="region" aria-label="Live preview"><${tag}${previewAttributes}></${tag}></div>
<div class="general-warnings" id="general-warnings" role="status"></div>
<div class="snippets">
<div role="tablist" aria-label="Ways to add it">${tabs}</div>
${panels}
<div class="copy-row"><button type="button" id="copy" class="copy">Copy code</button><span id="copy-status" class="copy-status" role="status" aria-live="polite"></span></div>
</div>
</div>
</div>
<script type="application/json" id="builder-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
</section>
<section class="reference" aria-labelledby="reference-heading">
<h2 id="reference-heading">Reference</h2>
<p>Generated from <code>custom-elements.json</code>. Import: <code>import 'iop-widgets/${tag}.js'</code> (registers the element) or <code>import {${element.className}} from 'iop-widgets/${tag}.component.js'</code> (the class only).</p>
${section('attributes', 'Attributes and properties', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows)}
${element.properties.length ? section('properties', 'Properties without an attribute', ['Property', 'Type', 'Default', 'Description'], propertyRows) : ''}
${section('events', 'Events', ['Event', 'Type', 'Description'], element.events.map((e) => [`<code>${esc(e.name)}</code>`, codeOr(e.type), inline(e.description, renderMarkdown, path)]))}
${section('slots', 'Slots', ['Slot', 'Description'], element.slots.map((s) => [s.name ? `<code>${esc(s.name)}</code>` : '(default)', inline(s.description, renderMarkdown, path)]))}
${section('parts', 'CSS parts', ['Part', 'Description'], element.parts.map((p) => [`<code>${esc(p.name)}</code>`, inline(p.description, renderMarkdown, path)]))}
${section('custom-properties', 'CSS custom properties', ['Property', 'Default', 'Description'], element.cssProperties.map((p) => [`<code>${esc(p.name)}</code>`, codeOr(p.default), inline(p.description, renderMarkdown, path)]))}
</section>`;
}

function inline(text, renderMarkdown, path) {
  if (!text) return '';
  return renderMarkdown(text.replace(/\s*\n\s*/g, ' '), path).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/**
 * `renderWidget` from src/ssr.ts (issue #11) through a Vite loader, when that file exists
 * and exports it; else null, and the "HTML without JavaScript" tab stays hidden.
 */
export async function serverRenderer(load) {
  const path = resolve(root, 'src/ssr.ts');
  if (!existsSync(path)) return null;
  try {
    const module = await load(path);
    if (typeof module.renderWidget !== 'function') return null;
    return async (html, locale) => String(await module.renderWidget(html, {locale}));
  } catch (error) {
    console.warn(`docs: src/ssr.ts did not load (${String(error)}); hiding "HTML without JavaScript".`);
    return null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generateSite();
}
