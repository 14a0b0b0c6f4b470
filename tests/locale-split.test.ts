/**
 * Translations split per message group (npm entry points, src/internal/locale-split.ts):
 * an app that imports one element loads, per language, only that element's messages;
 * an element imported later fetches its own group and renders translated.
 * This file imports nothing but <iop-services-list>, so the page is such an app.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../components/iop-services-list/iop-services-list.js';
import {setLocale} from '../src/localization.js';
import {shadowText as text, until} from './page.js';

/** Translation files fetched so far: `es.services`, `es` (a whole language), … */
function translationFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/src/generated/'))
    .map((path) => path.replace(/^.*\/(split|locales)\//, '').replace(/\.(js|ts)$/, ''));
}

describe('translations split per message group', () => {
  after(() => setLocale('en'));

  it("loads only the used elements' messages, then a later element's group on demand", async () => {
    const services = await fixture(html`<iop-services-list></iop-services-list>`);
    await setLocale('es');
    await until(() => text(services).includes('Lo que ofrece un IOP'), 'Spanish services list');
    const first = translationFiles();
    expect(first).to.include('es.services');
    expect(first).to.include('es.disclaimer');
    // Nothing of the other widgets, and not the whole-language file.
    expect(first.filter((file) => /^es\.(faq|benefits|schedule|levels-of-care|program-card|guide|help|overview|checklist)$/.test(file))).to.deep.equal([]);
    expect(first).not.to.include('es');

    // An element imported after the language loaded: its group is fetched, it renders in Spanish.
    await import('../components/iop-faq/iop-faq.js');
    const faq = await fixture(html`<iop-faq></iop-faq>`);
    await until(() => text(faq).includes('Preguntas frecuentes sobre los IOP'), 'Spanish FAQ heading');
    expect(translationFiles()).to.include('es.faq');
    expect(faq.getAttribute('lang')).to.equal('es');
    // The element already on the page stays translated.
    expect(text(services)).to.include('Lo que ofrece un IOP');
  });
});
