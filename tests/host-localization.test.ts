/**
 * An app that uses @lit/localize itself shares one copy with the npm build. It calls
 * useHostLocalization(), configures localization once, and merges our templates.
 */
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {configureLocalization, msg, updateWhenLocaleChanges} from '@lit/localize';
import {LitElement} from 'lit';
import {getLocale, loadTemplates, setLocale, useHostLocalization} from '../src/localization.js';
import '../components/iop-services-list/iop-services-list.js';
import {captureWarnings, localeReady, textOf} from './helpers.js';

// The app's own component and its own translations.
class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return msg('Welcome', {id: 'app.welcome'});
  }
}
customElements.define('app-greeting', AppGreeting);
const appTemplates: Record<string, Record<string, string>> = {es: {'app.welcome': 'Bienvenida'}};

let app: ReturnType<typeof configureLocalization>;

describe('an app that already uses @lit/localize', () => {
  let warnings: string[] = [];

  before(async () => {
    warnings = await captureWarnings(() => {
      useHostLocalization();
      app = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['es', 'fr'],
        loadLocale: async (locale) => ({
          templates: {...(await loadTemplates(locale)), ...(appTemplates[locale] ?? {})},
        }),
      });
    });
  });

  after(() => app.setLocale('en'));

  it('configures once without a warning, and the widgets follow the app’s locale', async () => {
    const widget = await fixture<HTMLElement>(html`<iop-services-list></iop-services-list>`);
    const greeting = await fixture<AppGreeting>(html`<app-greeting></app-greeting>`);
    expect(textOf(widget.shadowRoot!.querySelector('h2'))).to.equal('What an IOP offers');
    const ready = localeReady('es');
    await app.setLocale('es');
    await ready;
    await elementUpdated(widget);
    await elementUpdated(greeting);
    expect(textOf(widget.shadowRoot!.querySelector('h2'))).to.equal('Lo que ofrece un IOP');
    expect(greeting.shadowRoot!.textContent).to.equal('Bienvenida');
    expect(getLocale()).to.equal('es');
    expect(widget.getAttribute('lang')).to.equal('es');
    expect(warnings).to.deep.equal([]);
  });

  it('leaves <html lang> to the app and shows English for a language it lacks', async () => {
    const widget = await fixture<HTMLElement>(html`<iop-services-list></iop-services-list>`);
    document.documentElement.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.getLocale()).to.not.equal('xx');
    await app.setLocale('fr');
    await elementUpdated(widget);
    expect(textOf(widget.shadowRoot!.querySelector('h2'))).to.equal('What an IOP offers');
    expect(widget.getAttribute('lang')).to.equal('en');
    document.documentElement.lang = 'en';
  });

  it('warns once if the page calls our setLocale() instead of the app’s', async () => {
    const warned = await captureWarnings(() => setLocale('es'));
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('useHostLocalization');
  });

  it('loadTemplates returns our translations per locale, and nothing for English', async () => {
    expect(await loadTemplates('en')).to.deep.equal({});
    expect(await loadTemplates('xx')).to.deep.equal({});
    const spanish = await loadTemplates('es-MX');
    expect(spanish['services.heading']).to.equal('Lo que ofrece un IOP');
  });
});
