/**
 * The npm build (dist/*.js): Lit stays external, each entry point registers only what it
 * says, and the manifest and package exports describe every element.
 */
import {expect} from '@open-wc/testing';
import {openPage, until} from './page.js';

interface Manifest {
  modules: Array<{declarations?: Array<{tagName?: string; customElement?: boolean; name: string}>}>;
}

async function elementTags(): Promise<string[]> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
  );
}

async function load(entry: string) {
  const page = await openPage(`/tests/fixtures/npm-entry.html?entry=${entry}`);
  await until(() => page.window.__loaded, 'module script');
  await page.window.__loaded;
  return page;
}

describe('npm package (dist/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists every element in custom-elements.json with its attributes', async () => {
    const tags = await elementTags();
    expect(tags).to.include('iop-services-list');
    const manifest = await (await fetch('/dist/custom-elements.json')).text();
    expect(manifest).to.contain('heading-level').and.contain('include').and.contain('items');
  });

  it('iop-widgets/localization.js registers no element', async () => {
    const page = await load('localization');
    for (const tag of await elementTags()) expect(page.window.customElements.get(tag), tag).to.be.undefined;
    expect(page.window.__module!['supportedLocales']).to.include('es');
    expect(page.window.__module!['setLocale']).to.be.a('function');
  });

  it('each iop-widgets/<tag>.js registers that element and no other', async () => {
    const tags = await elementTags();
    expect(tags.length).to.equal(11);
    for (const tag of tags) {
      const page = await load(tag);
      for (const other of tags) {
        // The guide composes every other widget, so it registers them too.
        const expected = other === tag || tag === 'iop-guide';
        expect(Boolean(page.window.customElements.get(other)), `${tag}.js defines <${other}>`).to.equal(expected);
      }
      page.frame.remove();
    }
  });

  it('class-only modules register nothing', async () => {
    const tags = await elementTags();
    for (const tag of tags) {
      const page = await load(`${tag}.component`);
      for (const other of tags) expect(page.window.customElements.get(other), `${tag}.component.js`).to.be.undefined;
      page.frame.remove();
    }
  });

  it('the main entry registers every element and keeps Lit external', async () => {
    const page = await load('index');
    for (const tag of await elementTags()) expect(page.window.customElements.get(tag), tag).to.exist;
    const source = await (await fetch('/dist/index.js')).text();
    const chunks = [...source.matchAll(/from "(\.\/chunks\/[^"]+)"|import "(\.\/chunks\/[^"]+)"/g)];
    expect(chunks.length).to.be.greaterThan(0);
    // No copy of Lit's renderer is bundled into the npm build.
    for (const path of ['index', 'localization']) {
      const text = await (await fetch(`/dist/${path}.js`)).text();
      expect(text).not.to.contain('lit-html');
    }
  });
});
