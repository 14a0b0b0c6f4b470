import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-helpline/iop-helpline.js';
import type {IopHelpline} from '../components/iop-helpline/iop-helpline.component.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const $ = (el: IopHelpline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const call = (el: IopHelpline) => $(el, 'a[part~="call"]') as HTMLAnchorElement;
const hrefs = (el: IopHelpline) => [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));

/** Every href must be a plain tel: or sms: with digits only. */
function unsafeHrefs(el: IopHelpline): string[] {
  return hrefs(el).filter((href) => !/^(tel:\+?\d{3,15}|sms:\d{3,15})$/.test(href ?? '')) as string[];
}

async function render(markup: ReturnType<typeof html>): Promise<{el: IopHelpline; warnings: string[]}> {
  let el!: IopHelpline;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopHelpline>(markup);
  });
  return {el, warnings};
}

function expectNational(el: IopHelpline) {
  expect(call(el).getAttribute('href')).to.equal('tel:+18006624357');
  expect(textOf($(el, '[part~="call-label"]'))).to.equal('Call the SAMHSA National Helpline');
  expect(textOf($(el, '[part~="number"]'))).to.equal('1-800-662-HELP (4357)');
}

function expectCrisisLine(el: IopHelpline) {
  const links = [...el.shadowRoot!.querySelectorAll('[part~="crisis-link"]')];
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
  expect(links.map(textOf)).to.deep.equal(['Call 988', 'Text 988']);
  expect(textOf($(el, '[part~="crisis"] p'))).to.contain('988 Suicide & Crisis Lifeline');
  expect(textOf($(el, '[part~="emergency"]'))).to.equal('In an emergency, or if someone may have overdosed, call 911.');
}

describe('<iop-helpline>', () => {
  afterEach(resetLanguage);

  it('without a phone, shows the SAMHSA National Helpline with its facts', async () => {
    const {el, warnings} = await render(html`<iop-helpline></iop-helpline>`);
    expect(textOf($(el, 'h2'))).to.equal('Help is a phone call away');
    expect(textOf($(el, '[part~="intro"]'))).to.contain('You do not have to face this alone');
    expectNational(el);
    const facts = textOf($(el, '[part~="facts"]'));
    for (const fact of ['Free and confidential', '24 hours a day', '365 days a year', 'English and Spanish']) {
      expect(facts).to.contain(fact);
    }
    const tty = $(el, '[part~="tty"] a')!;
    expect(tty.getAttribute('href')).to.equal('tel:+18004874889');
    expect(textOf(tty)).to.equal('1-800-487-4889');
    expectCrisisLine(el);
    expect($(el, '[part~="hours"]')).to.be.null;
    expect(el.shadowRoot!.querySelectorAll('[target]')).to.have.length(0);
    expect(warnings).to.deep.equal([]);
  });

  it('shows the clinic’s phone, label and hours instead of the national line', async () => {
    const {el, warnings} = await render(
      html`<iop-helpline phone="(555) 123-4567" label="Call Cedar Grove Recovery" hours="Mon–Fri 8am–8pm"></iop-helpline>`,
    );
    expect(call(el).getAttribute('href')).to.equal('tel:5551234567');
    expect(textOf($(el, '[part~="call-label"]'))).to.equal('Call Cedar Grove Recovery');
    expect(textOf($(el, '[part~="number"]'))).to.equal('(555) 123-4567');
    expect(textOf($(el, '[part~="hours"]'))).to.equal('Hours: Mon–Fri 8am–8pm');
    expect($(el, '[part~="facts"]')).to.be.null;
    expect(hrefs(el)).to.not.include('tel:+18006624357');
    expectCrisisLine(el);
    expect(warnings).to.deep.equal([]);
  });

  const goodPhones: Array<[string, string]> = [
    ['+1 555-123-4567', 'tel:+15551234567'],
    ['1-800-555-HOPE', 'tel:18005554673'],
    ['555.123.4567', 'tel:5551234567'],
  ];
  for (const [phone, href] of goodPhones) {
    it(`dials ${JSON.stringify(phone)} as ${href}, labelled "Call us" by default`, async () => {
      const {el, warnings} = await render(html`<iop-helpline phone=${phone}></iop-helpline>`);
      expect(call(el).getAttribute('href')).to.equal(href);
      expect(textOf($(el, '[part~="call-label"]'))).to.equal('Call us');
      expect(textOf($(el, '[part~="number"]'))).to.equal(phone);
      expect(warnings).to.deep.equal([]);
    });
  }

  const badPhones = ['call us!', 'javascript:alert(1)', '12', '1234567890123456', '555-1234 <script>', 'tel:5551234567'];
  for (const phone of badPhones) {
    it(`refuses phone=${JSON.stringify(phone)} with one warning: the national helpline under its own name, the clinic's text unlinked`, async () => {
      const {el, warnings} = await render(
        html`<iop-helpline phone=${phone} label="Call Cedar Grove" hours="Mon–Fri"></iop-helpline>`,
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-helpline> phone:/);
      expectNational(el);
      // A refused number that has digits stays visible as the clinic's text, never as a link.
      const unlinked = $(el, '[part~="unlinked-phone"]');
      if (/\d{3}/.test(phone)) {
        expect(textOf(unlinked)).to.equal(`Call Cedar Grove ${phone}`);
        expect(unlinked!.querySelector('a')).to.be.null;
        expect(textOf($(el, '[part~="hours"]'))).to.equal('Hours: Mon–Fri');
      } else {
        expect(unlinked).to.be.null;
        expect(textOf($(el, '[part~="base"]'))).to.not.contain('Cedar Grove');
        expect($(el, '[part~="hours"]')).to.be.null;
      }
      expect(unsafeHrefs(el)).to.deep.equal([]);
      expectCrisisLine(el);
    });
  }

  it('treats an empty phone as not set, without a warning', async () => {
    const {el, warnings} = await render(html`<iop-helpline phone=" "></iop-helpline>`);
    expectNational(el);
    expect(warnings).to.deep.equal([]);
  });

  it('checks phone set as a property, and switches between clinic and national', async () => {
    const {el} = await render(html`<iop-helpline></iop-helpline>`);
    el.phone = '555-867-5309';
    await elementUpdated(el);
    expect(call(el).getAttribute('href')).to.equal('tel:5558675309');
    const warnings = await captureWarnings(async () => {
      el.phone = 'javascript:alert(1)';
      await elementUpdated(el);
    });
    expect(warnings).to.have.length(1);
    expectNational(el);
    expect(unsafeHrefs(el)).to.deep.equal([]);
  });

  it('warns once when label or hours are given without a phone', async () => {
    const {el, warnings} = await render(html`<iop-helpline label="Call Cedar Grove Recovery"></iop-helpline>`);
    expectNational(el);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-helpline> label:/);
    const more = await render(html`<iop-helpline hours="Mon–Fri"></iop-helpline>`);
    expect(more.warnings).to.have.length(1);
    expect(more.warnings[0]).to.match(/^\[iop-widgets\] <iop-helpline> hours:/);
  });

  it('renders label and hours as text, never as HTML', async () => {
    const label = '<img src=x onerror="window.__helpPwned=1">Call';
    const hours = '<b>24/7</b><script>window.__helpPwned=2</script>';
    const {el} = await render(html`<iop-helpline phone="555-123-4567" label=${label} hours=${hours}></iop-helpline>`);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.be.null;
    expect(textOf($(el, '[part~="call-label"]'))).to.equal(label);
    expect(textOf($(el, '[part~="hours"]'))).to.equal(`Hours: ${hours}`);
    expect((window as unknown as {__helpPwned?: number}).__helpPwned).to.be.undefined;
  });

  it('shortens very long hours with one warning', async () => {
    const {el, warnings} = await render(html`<iop-helpline phone="555-123-4567" hours=${'Open late. '.repeat(20)}></iop-helpline>`);
    expect(textOf($(el, '[part~="hours"]')).length).to.equal('Hours: '.length + 120);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-helpline> hours:/);
  });

  it('uses the heading level it is given, and clamps a bad one with one warning', async () => {
    const {el, warnings} = await render(html`<iop-helpline heading-level="3"></iop-helpline>`);
    expect(textOf($(el, 'h3'))).to.equal('Help is a phone call away');
    expect(warnings).to.deep.equal([]);
    const bad = await render(html`<iop-helpline heading-level="7"></iop-helpline>`);
    expect($(bad.el, 'h6')).to.exist;
    expect(bad.warnings).to.have.length(1);
    expect(bad.warnings[0]).to.match(/^\[iop-widgets\] <iop-helpline> heading-level:/);
  });

  it('marks the phone icon as decorative', async () => {
    const {el} = await render(html`<iop-helpline></iop-helpline>`);
    const svg = call(el).querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getAttribute('focusable')).to.equal('false');
  });

  it('makes the call link a large, full-width button in a narrow column and keeps every target ≥ 24×24', async () => {
    const box = inWidth('320px');
    const el = await fixture<IopHelpline>(html`<iop-helpline></iop-helpline>`, {parentNode: box});
    const link = call(el).getBoundingClientRect();
    expect(link.height).to.be.at.least(48);
    expect(link.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
    for (const a of el.shadowRoot!.querySelectorAll('a')) {
      const r = a.getBoundingClientRect();
      expect(r.height, textOf(a)).to.be.at.least(24);
      expect(r.width, textOf(a)).to.be.at.least(24);
    }
    const wide = await fixture<IopHelpline>(html`<iop-helpline></iop-helpline>`, {parentNode: inWidth('900px')});
    expect(call(wide).getBoundingClientRect().width).to.be.lessThan(wide.getBoundingClientRect().width - 100);
  });

  it('follows <html lang> into Spanish and back, with the same numbers', async () => {
    const {el} = await render(html`<iop-helpline></iop-helpline>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf($(el, 'h2'))).to.equal('La ayuda está a una llamada de distancia');
    expect(textOf($(el, '[part~="call-label"]'))).to.equal('Llame a la Línea Nacional de Ayuda de SAMHSA');
    expect(textOf($(el, '[part~="facts"]'))).to.contain('en inglés y en español');
    expect([...el.shadowRoot!.querySelectorAll('[part~="crisis-link"]')].map(textOf)).to.deep.equal([
      'Llame al 988',
      'Envíe un texto al 988',
    ]);
    expect(textOf($(el, '[part~="emergency"]'))).to.equal('En una emergencia, o si alguien pudo haber tenido una sobredosis, llame al 911.');
    expect(hrefs(el)).to.deep.equal(['tel:+18006624357', 'tel:+18004874889', 'tel:988', 'sms:988']);
    await setPageLanguage('en', 'en', el);
    expect(textOf($(el, 'h2'))).to.equal('Help is a phone call away');
  });

  it('translates its own words around the clinic’s text in Spanish', async () => {
    const {el} = await render(html`<iop-helpline phone="555-123-4567" hours="lun–vie 8–20 h"></iop-helpline>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf($(el, '[part~="call-label"]'))).to.equal('Llámenos');
    expect(textOf($(el, '[part~="hours"]'))).to.equal('Horario: lun–vie 8–20 h');
  });

  it('shows the not-medical-advice note only when asked', async () => {
    const {el} = await render(html`<iop-helpline></iop-helpline>`);
    await settle();
    expect(Boolean($(el, '[part~="disclaimer"]')), 'the page note on a widget alone').to.equal(true);
    el.disclaimer = true;
    await elementUpdated(el);
    expect(textOf($(el, '[part~="disclaimer"]'))).to.contain('not medical advice');
  });

  it('passes axe in English, narrow and wide, national and clinic', async () => {
    const narrow = await fixture<IopHelpline>(html`<iop-helpline disclaimer></iop-helpline>`, {parentNode: inWidth('300px')});
    await expect(narrow).to.be.accessible();
    const wide = await fixture<IopHelpline>(
      html`<iop-helpline phone="555-123-4567" label="Call Cedar Grove Recovery" hours="Mon–Fri 8am–8pm"></iop-helpline>`,
      {parentNode: inWidth('900px')},
    );
    await expect(wide).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await fixture<IopHelpline>(html`<iop-helpline></iop-helpline>`, {parentNode: inWidth('300px')});
    const wide = await fixture<IopHelpline>(html`<iop-helpline phone="555-123-4567" hours="9–5"></iop-helpline>`, {parentNode: inWidth('900px')});
    await setPageLanguage('es', 'es', narrow);
    await elementUpdated(wide);
    expect(textOf($(wide, '[part~="call-label"]'))).to.equal('Llámenos');
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });
});
