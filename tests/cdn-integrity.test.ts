/**
 * Subresource Integrity for the versioned script-tag folder (dist/iop-widgets-<version>/):
 * the snippet generated at build time (import map with `integrity` for every lazy chunk,
 * `integrity` on the entry's script tag) lets the page load its translation; when a host
 * serves a changed chunk the browser refuses it, and the page keeps working in English.
 * A WTR middleware (scripts/tamper-middleware.mjs) serves the tampered copies.
 */
import {expect} from '@open-wc/testing';
import {shadowText, until} from './page.js';

interface Release {
  version: string;
  base: string;
  files: Record<string, string>;
}

type FrameWindow = Window & {__warnings: string[]; __iopTampered?: boolean};

let release: Release;

before(async () => {
  const {version} = (await (await fetch('/package.json')).json()) as {version: string};
  release = (await (await fetch(`/dist/iop-widgets-${version}/integrity.json`)).json()) as Release;
});

/** The generated snippet, with its folder path replaced by where this test serves it. */
async function snippet(base: string): Promise<string> {
  const text = await (await fetch(`/dist/iop-widgets-${release.version}/snippet.html`)).text();
  return text.split(release.base).join(base);
}

async function open(base: string, lang = 'es'): Promise<{frame: HTMLIFrameElement; window: FrameWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>window.__warnings = []; const warn = console.warn; console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn(...a); };</script>
${await snippet(base)}
</head><body><p id="host">Clinic page text</p><iop-services-list></iop-services-list></body></html>`;
  document.body.append(frame);
  await loaded;
  return {frame, window: frame.contentWindow as FrameWindow, doc: frame.contentDocument!};
}

describe(`Subresource Integrity (dist/iop-widgets-<version>/snippet.html)`, () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists a sha384 hash for the entry and every lazily loaded chunk', async () => {
    const scripts = Object.keys(release.files).filter((file) => file.endsWith('.js'));
    expect(scripts).to.include('iop-widgets.js');
    expect(scripts.filter((file) => /^iop-widgets-(es|ar|ko|tl|vi|zh-Hans|zh-Hant)-/.test(file))).to.have.length(7);
    expect(scripts.some((file) => file.startsWith('autoload/'))).to.equal(true);
    for (const file of scripts) expect(release.files[file]).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const text = await snippet(release.base);
    const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(text)![1]) as {integrity: Record<string, string>};
    expect(Object.keys(map.integrity)).to.have.length(scripts.length);
    expect(text).to.contain(`src="${release.base}iop-widgets.js" integrity="${release.files['iop-widgets.js']}"`);
  });

  it('with untouched files, the page loads the Spanish chunk through the snippet', async () => {
    const {doc, window} = await open(`/dist/iop-widgets-${release.version}/`);
    const el = doc.querySelector('iop-services-list')!;
    await until(() => shadowText(el).includes('Lo que ofrece un IOP'), 'Spanish render', 8000);
    expect(window.__warnings).to.deep.equal([]);
  });

  it('refuses a tampered locale chunk and keeps working in English', async () => {
    const {doc, window} = await open('/__tampered__/es/');
    const el = doc.querySelector('iop-services-list')!;
    await until(() => window.__warnings.some((w) => w.includes('could not load the "es" translation')), 'the refusal warning', 8000);
    await until(() => shadowText(el).includes('What an IOP offers'), 'English render');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(5);
    // The changed file was fetched but never ran.
    expect(window.__iopTampered).to.equal(undefined);
    const fetchedChunk = window.performance
      .getEntriesByType('resource')
      .some((entry) => /\/__tampered__\/es\/iop-widgets-es-[\w-]+\.js$/.test(entry.name));
    expect(fetchedChunk).to.equal(true);
    expect(doc.getElementById('host')!.textContent).to.equal('Clinic page text');
  });

  it('refuses a tampered entry: no widget code runs, the page itself is untouched', async () => {
    const {doc, window} = await open('/__tampered__/entry/', 'en');
    // Give the refused script time to have run if it were going to.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(window.__iopTampered).to.equal(undefined);
    expect(window.customElements.get('iop-services-list')).to.equal(undefined);
    expect(doc.getElementById('host')!.textContent).to.equal('Clinic page text');
  });
});
