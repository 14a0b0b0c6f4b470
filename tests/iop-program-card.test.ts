import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-program-card/iop-program-card.js';
import type {IopProgramCard} from '../components/iop-program-card/iop-program-card.component.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf, settle} from './helpers.js';

const root = (el: IopProgramCard) => el.shadowRoot!;
const part = (el: IopProgramCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: IopProgramCard, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** The facts as [term, description] pairs, in order. */
const facts = (el: IopProgramCard) =>
  parts(el, 'fact').map((fact) => [textOf(fact.querySelector('dt')), valueOf(fact.querySelector('dd')!)]);
/** A `<dd>`'s text; the entries of a list inside it joined by " ". */
const valueOf = (dd: Element) => {
  const entries = [...dd.querySelectorAll('li')];
  return entries.length > 0 ? entries.map(textOf).join(' ') : textOf(dd);
};
const labels = (el: IopProgramCard) => facts(el).map(([term]) => term);

async function render(markup: ReturnType<typeof html>): Promise<{el: IopProgramCard; warnings: string[]}> {
  let el!: IopProgramCard;
  const warnings = await captureWarnings(async () => {
    el = await fixture<IopProgramCard>(markup);
  });
  return {el, warnings};
}

const full = () => html`
  <iop-program-card
    name="Cedar Grove Recovery"
    tracks="day evening"
    location="12 Cedar Lane, Springfield"
    phone="(555) 010-0199"
    url="https://cedargrove.example/iop"
    continuing-care
    claims="licensed insurance"
  >
    <p>Small groups, close to the bus line.</p>
    <a slot="actions" href="/visit">Book a visit</a>
  </iop-program-card>
`;

describe('<iop-program-card>', () => {
  afterEach(resetLanguage);

  it('renders the clinic’s program as an article with a heading and a list of facts', async () => {
    const {el, warnings} = await render(full());
    const article = root(el).querySelector('article')!;
    expect(article.getAttribute('aria-labelledby')).to.equal('heading');
    expect(textOf(article.querySelector('h2'))).to.equal('Cedar Grove Recovery');
    expect(textOf(part(el, 'kind'))).to.equal('Intensive outpatient program (IOP)');
    expect(root(el).querySelector('dl')).to.exist;
    expect(facts(el)).to.deep.equal([
      ['Program times', 'Day program Evening program'],
      ['Location', '12 Cedar Lane, Springfield'],
      ['Phone', '(555) 010-0199'],
      ['Website', 'Visit the program’s website (Cedar Grove Recovery)'],
      ['Program features', 'Continuing care after the program Licensed treatment center Accepts insurance. Call to check your plan.'],
    ]);
    expect(parts(el, 'track').map(textOf)).to.deep.equal(['Day program', 'Evening program']);
    expect(parts(el, 'feature')).to.have.length(3);
    // Everything the clinic set follows "From <name>:", after the card's own words.
    const from = part(el, 'from')!;
    expect(textOf(from)).to.equal('From Cedar Grove Recovery:');
    expect(from.compareDocumentPosition(part(el, 'kind')!) & Node.DOCUMENT_POSITION_PRECEDING).to.be.greaterThan(0);
    expect(from.compareDocumentPosition(part(el, 'description')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(from.compareDocumentPosition(root(el).querySelector('dl')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    for (const svg of root(el).querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(warnings).to.deep.equal([]);
  });

  it('links the phone number and the website safely', async () => {
    const {el} = await render(full());
    const phone = part(el, 'phone') as HTMLAnchorElement;
    expect(phone.getAttribute('href')).to.equal('tel:5550100199');
    expect(phone.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
    const website = part(el, 'website') as HTMLAnchorElement;
    expect(website.getAttribute('href')).to.equal('https://cedargrove.example/iop');
    expect(website.rel).to.equal('noopener noreferrer');
    expect(website.target).to.equal('');
    for (const link of [phone, website]) expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('shows the description and actions slots only when filled', async () => {
    const {el} = await render(full());
    await elementUpdated(el);
    expect(part(el, 'description')!.hidden).to.be.false;
    expect(part(el, 'actions')!.hidden).to.be.false;
    const slotted = part(el, 'description')!.querySelector('slot')!.assignedElements();
    expect(slotted.map(textOf)).to.deep.equal(['Small groups, close to the bus line.']);
    const bare = (await render(html`<iop-program-card name="Cedar Grove Recovery"> </iop-program-card>`)).el;
    await elementUpdated(bare);
    expect(part(bare, 'description')!.hidden).to.be.true;
    expect(part(bare, 'actions')!.hidden).to.be.true;
    expect(part(bare, 'description')!.getBoundingClientRect().height).to.equal(0);
  });

  it('shows only what the clinic set: a name alone gives no facts and no badges', async () => {
    const {el, warnings} = await render(html`<iop-program-card name="Cedar Grove Recovery"></iop-program-card>`);
    expect(root(el).querySelector('dl')).to.be.null;
    expect(textOf(root(el).querySelector('article'))).not.to.match(/licensed|accredited|insurance/i);
    expect(warnings).to.deep.equal([]);
  });

  it('names the accrediting group and the licensing state, and says to check the insurance plan', async () => {
    const {el, warnings} = await render(
      html`<iop-program-card name="Harbor Light" claims="licensed insurance" licensed-state="Oregon" accredited-by="The Joint Commission"></iop-program-card>`,
    );
    expect(parts(el, 'feature').map(textOf)).to.deep.equal([
      'Licensed by the state of Oregon',
      'Accepts insurance. Call to check your plan.',
      'Accredited by The Joint Commission',
    ]);
    expect(textOf(part(el, 'from'))).to.equal('From Harbor Light:');
    expect(warnings).to.deep.equal([]);
    el.accreditedBy = '<b>x</b>';
    await elementUpdated(el);
    expect(textOf(parts(el, 'feature')[2])).to.equal('Accredited by <b>x</b>');
    expect(Boolean(parts(el, 'feature')[2].querySelector('b')), 'markup rendered').to.equal(false);
    await setPageLanguage('es', 'es', el);
    expect(textOf(part(el, 'from'))).to.equal('De Harbor Light:');
    expect(parts(el, 'feature').map(textOf)[0]).to.equal('Con licencia del estado de Oregon');
  });

  it('shows no "From" line when the clinic set nothing but its name', async () => {
    const {el} = await render(html`<iop-program-card name="Harbor Light"></iop-program-card>`);
    expect(Boolean(part(el, 'from')), 'from line').to.equal(false);
  });

  it('shows each claim id with its label, in the order given', async () => {
    const {el, warnings} = await render(
      html`<iop-program-card name="Cedar Grove Recovery" claims="visits,accredited family-program individual-plans" accredited-by="CARF"></iop-program-card>`,
    );
    expect(parts(el, 'feature').map(textOf)).to.deep.equal([
      'You can visit before you choose',
      'Accredited by CARF',
      'Program for families',
      'A treatment plan made for you',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('accepts every property from JavaScript', async () => {
    const {el} = await render(html`<iop-program-card></iop-program-card>`);
    Object.assign(el, {
      name: 'Cedar Grove Recovery',
      tracks: ['weekend'],
      location: 'Springfield',
      phone: '+1 555 010 0199',
      url: '/programs/iop',
      continuingCare: true,
      claims: ['licensed'],
      headingLevel: 4,
    });
    await elementUpdated(el);
    expect(textOf(root(el).querySelector('h4'))).to.equal('Cedar Grove Recovery');
    expect(facts(el).map(([, value]) => value)).to.deep.equal([
      'Weekend program',
      'Springfield',
      '+1 555 010 0199',
      'Visit the program’s website (Cedar Grove Recovery)',
      'Continuing care after the program Licensed treatment center',
    ]);
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+15550100199');
    expect(part(el, 'website')!.getAttribute('href')).to.equal('/programs/iop');
    expect(el.hasAttribute('continuing-care')).to.be.true;
  });

  it('uses the heading level it is given and clamps a bad one with one warning', async () => {
    const {el} = await render(html`<iop-program-card name="Cedar Grove Recovery" heading-level="5"></iop-program-card>`);
    expect(root(el).querySelector('h5')).to.exist;
    const bad = await render(html`<iop-program-card name="Cedar Grove Recovery" heading-level="1"></iop-program-card>`);
    expect(root(bad.el).querySelector('h2')).to.exist;
    expect(bad.warnings).to.have.length(1);
    expect(bad.warnings[0]).to.match(/^\[iop-widgets\] <iop-program-card> heading-level:/);
  });

  const badInput: Array<[string, ReturnType<typeof html>, string, (el: IopProgramCard) => void]> = [
    ['a missing name', html`<iop-program-card></iop-program-card>`, 'name', (el) => {
      expect(textOf(root(el).querySelector('h2'))).to.equal('Our intensive outpatient program');
      expect(part(el, 'kind'), 'no repeated "intensive outpatient program" line').to.be.null;
    }],
    ['a blank name', html`<iop-program-card name="   "></iop-program-card>`, 'name', (el) => {
      expect(textOf(root(el).querySelector('h2'))).to.equal('Our intensive outpatient program');
    }],
    ['a very long name', html`<iop-program-card name=${'Cedar '.repeat(40)}></iop-program-card>`, 'name', (el) => {
      expect(textOf(root(el).querySelector('h2')).length).to.equal(120);
    }],
    ['an unknown track', html`<iop-program-card name="C" tracks="day night"></iop-program-card>`, 'tracks', (el) => {
      expect(parts(el, 'track').map(textOf)).to.deep.equal(['Day program']);
    }],
    ['only unknown tracks', html`<iop-program-card name="C" tracks="mornings"></iop-program-card>`, 'tracks', (el) => {
      expect(labels(el)).to.deep.equal([]);
    }],
    ['an unknown claim', html`<iop-program-card name="C" claims="licensed best-in-state"></iop-program-card>`, 'claims', (el) => {
      expect(parts(el, 'feature').map(textOf)).to.deep.equal(['Licensed treatment center']);
    }],
    ['an invalid phone', html`<iop-program-card name="C" phone="call us!"></iop-program-card>`, 'phone', (el) => {
      expect(part(el, 'phone')).to.be.null;
      expect(labels(el)).not.to.include('Phone');
    }],
    ['a javascript: url', html`<iop-program-card name="C" url="javascript:alert(1)"></iop-program-card>`, 'url', (el) => {
      expect(Boolean(part(el, 'website')), 'website link').to.equal(false);
    }],
    ['a data: url', html`<iop-program-card name="C" url="data:text/html,hi"></iop-program-card>`, 'url', (el) => {
      expect(Boolean(part(el, 'website')), 'website link').to.equal(false);
    }],
    ['"accredited" without accredited-by', html`<iop-program-card name="C" claims="accredited licensed"></iop-program-card>`, 'claims', (el) => {
      expect(parts(el, 'feature').map(textOf)).to.deep.equal(['Licensed treatment center']);
    }],
  ];
  for (const [name, markup, attribute, check] of badInput) {
    it(`warns once and falls back for ${name}`, async () => {
      const {el, warnings} = await render(markup);
      check(el);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(new RegExp(`^\\[iop-widgets\\] <iop-program-card> ${attribute}:`));
    });
  }

  it('warns once for a name or location that is not text', async () => {
    const {el} = await render(html`<iop-program-card name="Cedar Grove Recovery"></iop-program-card>`);
    const warnings = await captureWarnings(async () => {
      (el as unknown as {location: unknown}).location = {street: 'Main'};
      await elementUpdated(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-program-card> location:/);
    expect(labels(el)).to.deep.equal([]);
  });

  it('renders clinic text as text, never as HTML', async () => {
    const name = "<img src=x onerror='window.__cardPwned=1'>";
    const {el} = await render(html`<iop-program-card name=${name} location=${'<b>Main</b> Street'}></iop-program-card>`);
    expect(root(el).querySelector('img, b')).to.be.null;
    expect(textOf(root(el).querySelector('h2'))).to.equal("<img src=x onerror='window.__cardPwned=1'>");
    expect(facts(el)[0]).to.deep.equal(['Location', '<b>Main</b> Street']);
    expect((window as unknown as {__cardPwned?: number}).__cardPwned).to.be.undefined;
  });

  it('shows the disclaimer only when asked', async () => {
    const {el} = await render(html`<iop-program-card name="Cedar Grove Recovery"></iop-program-card>`);
    await settle();
    expect(Boolean(part(el, 'disclaimer')), 'the page note on a widget alone').to.equal(true);
    el.disclaimer = true;
    await elementUpdated(el);
    expect(textOf(part(el, 'disclaimer'))).to.contain('not medical advice');
  });

  it('follows <html lang> into Spanish and back, keeping clinic text as given', async () => {
    const {el} = await render(full());
    await setPageLanguage('es', 'es', el);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Cedar Grove Recovery');
    expect(textOf(part(el, 'kind'))).to.equal('Programa intensivo ambulatorio (IOP)');
    expect(facts(el)).to.deep.equal([
      ['Horarios', 'Programa de día Programa de noche'],
      ['Ubicación', '12 Cedar Lane, Springfield'],
      ['Teléfono', '(555) 010-0199'],
      ['Sitio web', 'Visite el sitio web del programa (Cedar Grove Recovery)'],
      ['Características del programa', 'Atención continua después del programa Centro de tratamiento con licencia Acepta seguro médico. Llame para confirmar su plan.'],
    ]);
    expect(el.querySelector('p')!.textContent).to.equal('Small groups, close to the bus line.');
    await setPageLanguage('en', 'en', el);
    expect(labels(el)).to.deep.equal(['Program times', 'Location', 'Phone', 'Website', 'Program features']);
  });

  it('translates the fallback name', async () => {
    const {el} = await render(html`<iop-program-card></iop-program-card>`);
    await setPageLanguage('es', 'es', el);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Nuestro programa intensivo ambulatorio');
  });

  it('stacks terms above values when narrow and sets them side by side when wide', async () => {
    const narrow = await fixture<IopProgramCard>(full(), {parentNode: inWidth('300px')});
    const wide = await fixture<IopProgramCard>(full(), {parentNode: inWidth('900px')});
    const boxes = (el: IopProgramCard) => {
      const fact = part(el, 'fact')!;
      return [fact.querySelector('dt')!.getBoundingClientRect(), fact.querySelector('dd')!.getBoundingClientRect()];
    };
    const [narrowTerm, narrowValue] = boxes(narrow);
    expect(narrowValue.top).to.be.at.least(narrowTerm.bottom - 1);
    const [wideTerm, wideValue] = boxes(wide);
    expect(wideValue.left).to.be.at.least(wideTerm.right);
    expect(Math.abs(wideValue.top - wideTerm.top)).to.be.below(12);
    // The values start right after the widest label: no wide empty gap beside short labels.
    const labelWidth = Math.max(...[...wide.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.scrollWidth));
    expect(wideValue.left - wideTerm.left).to.be.below(labelWidth + 40);
  });

  it('passes axe in English, narrow and wide', async () => {
    const narrow = await fixture<IopProgramCard>(full(), {parentNode: inWidth('300px')});
    const wide = await fixture<IopProgramCard>(full(), {parentNode: inWidth('900px')});
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });

  it('passes axe in Spanish, narrow and wide', async () => {
    const narrow = await fixture<IopProgramCard>(full(), {parentNode: inWidth('300px')});
    const wide = await fixture<IopProgramCard>(full(), {parentNode: inWidth('900px')});
    wide.disclaimer = true;
    await setPageLanguage('es', 'es', narrow);
    await elementUpdated(wide);
    await expect(narrow).to.be.accessible();
    await expect(wide).to.be.accessible();
  });

  it('names the website link after the program, for lists of links with several cards', async () => {
    const el = await fixture<HTMLElement>(html`<iop-program-card name="Cedar Grove Recovery" url="https://cedargrove.example/"></iop-program-card>`);
    const link = el.shadowRoot!.querySelector('a[part~="website"]')!;
    expect(textOf(link)).to.equal('Visit the program’s website (Cedar Grove Recovery)');
    const hidden = link.querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });
});
