/**
 * An app that configured @lit/localize first and did NOT call useHostLocalization():
 * the widgets cannot configure it again. They warn once, keep working, and never throw.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization} from '@lit/localize';
import '../components/iop-services-list/iop-services-list.js';
import {captureWarnings, textOf} from './helpers.js';

describe('an app that configured @lit/localize without telling the widgets', () => {
  it('warns once, renders English, and throws nothing into the page', async () => {
    configureLocalization({sourceLocale: 'en', targetLocales: ['es'], loadLocale: async () => ({templates: {}})});
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    let first!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      first = await fixture<HTMLElement>(html`<iop-services-list></iop-services-list>`);
      await fixture<HTMLElement>(html`<iop-services-list></iop-services-list>`);
    });
    window.removeEventListener('error', onError);
    expect(textOf(first.shadowRoot!.querySelector('h2'))).to.equal('What an IOP offers');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already configured @lit/localize');
    expect(errors).to.deep.equal([]);
  });
});
