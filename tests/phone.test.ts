/**
 * One phone parser for every widget (helpline, program card, guide; attribute or
 * property): a link dials exactly the clinic's digits, or there is no link.
 */
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../components/iop-helpline/iop-helpline.js';
import '../components/iop-program-card/iop-program-card.js';
import '../components/iop-guide/iop-guide.js';
import {parsePhone} from '../src/internal/sanitize.js';
import {samhsaHelpline} from '../src/content/help.js';
import {captureWarnings, textOf} from './helpers.js';

/** [as written, the tel: link, or undefined when it must be refused] */
const table: Array<[unknown, string | undefined]> = [
  // The audit's cases.
  ['(555) 010-4477 ext. 2', 'tel:5550104477;ext=2'],
  ['555-010-4477 x2', 'tel:5550104477;ext=2'],
  ['1-800-662-HELP (4357)', 'tel:18006624357'],
  ['Call 555-010-4477', undefined],
  ['555-010-4477 (24/7)', undefined],
  ['911 or 988', undefined],
  ['(555) 010\u20134477', 'tel:5550104477'], // en dash
  ['(555) 010\u20144477', 'tel:5550104477'], // em dash
  ['555\u2011010\u20114477', 'tel:5550104477'], // non-breaking hyphens
  ['555\u2212010\u22124477', 'tel:5550104477'], // minus signs
  ['\uFF08\uFF15\uFF15\uFF15\uFF09\uFF10\uFF11\uFF10\uFF0D\uFF14\uFF14\uFF17\uFF17', 'tel:5550104477'], // full width
  // US numbers.
  ['5550104477', 'tel:5550104477'],
  ['555.010.4477', 'tel:5550104477'],
  ['555 010 4477', 'tel:5550104477'],
  ['555/010-4477', 'tel:5550104477'],
  ['\u00A0(555)\u00A0010-4477\u202F', 'tel:5550104477'], // no-break spaces
  ['1-555-010-4477', 'tel:15550104477'],
  ['1 (555) 010-4477', 'tel:15550104477'],
  ['+1 555-010-4477', 'tel:+15550104477'],
  ['+1 (555) 010-4477', 'tel:+15550104477'],
  ['+15550104477', 'tel:+15550104477'],
  [5550104477, 'tel:5550104477'], // a number set as a property
  ['1-800-555-HOPE', 'tel:18005554673'],
  ['1-800-FLOWERS', 'tel:18003569377'],
  ['1-800-662-HELP (1-800-662-4357)', 'tel:18006624357'],
  ['1-800-662-help', 'tel:18006624357'],
  [samhsaHelpline.phone.display, 'tel:18006624357'],
  ['988', 'tel:988'],
  ['211', 'tel:211'],
  // Other digits.
  ['\u0665\u0665\u0665-\u0660\u0661\u0660-\u0664\u0664\u0667\u0667', 'tel:5550104477'], // Arabic-Indic
  ['\u06F5\u06F5\u06F5-\u06F0\u06F1\u06F0-\u06F4\u06F4\u06F7\u06F7', 'tel:5550104477'], // Persian
  ['\u096B\u096B\u096B-\u0966\u0967\u0966-\u096A\u096A\u096D\u096D', 'tel:5550104477'], // Devanagari
  ['\u{1D7DD}\u{1D7DD}\u{1D7DD}-\u{1D7D8}\u{1D7D9}\u{1D7D8}-\u{1D7DC}\u{1D7DC}\u{1D7DF}\u{1D7DF}', 'tel:5550104477'], // math double-struck
  // International (E.164).
  ['+44 20 7946 0000', 'tel:+442079460000'],
  ['+44 (0)20 7946 0000', 'tel:+442079460000'],
  ['+52 55 1234 5678', 'tel:+525512345678'],
  ['+63 2 8123 4567', 'tel:+63281234567'],
  // Extensions: a proper extension, or left out of the link; never merged.
  ['555-010-4477 ext 12', 'tel:5550104477;ext=12'],
  ['555-010-4477, extension 12', 'tel:5550104477;ext=12'],
  ['555-010-4477 EXT.12', 'tel:5550104477;ext=12'],
  ['555-010-4477 #12', 'tel:5550104477;ext=12'],
  ['555-010-4477#12', 'tel:5550104477;ext=12'],
  ['+1 555 010 4477 x 12', 'tel:+15550104477;ext=12'],
  ['+1-555-010-4477;ext=22', 'tel:+15550104477;ext=22'],
  ['1-800-662-HELP (4357) ext. 3', 'tel:18006624357;ext=3'],
  ['555-010-4477 option 3', 'tel:5550104477'],
  ['555-010-4477, press 2', 'tel:5550104477'],
  ['555-010-4477 ext', undefined],
  ['555-010-4477 ext. 2 (after hours)', undefined],
  // Invisible characters are dropped; bidi overrides cannot reorder what is dialled.
  ['\u200E555-010-4477\u200F', 'tel:5550104477'],
  ['555\u200B010\u200B4477', 'tel:5550104477'],
  ['\u202E7744-010-555', 'tel:7744010555'],
  // Refused.
  ['1-800-662-HELP (4358)', undefined], // the spelling does not match the letters
  ['(4357) 1-800-662-HELP', undefined],
  ['1-800-662-4357 (HELP)', undefined],
  ['1-800-HELP-662', undefined], // letters are one trailing word
  ['1-800-MATTRESS', undefined], // 12 digits
  ['HELP', undefined],
  ['555-0104', undefined], // no area code
  ['010-555-4477', undefined],
  ['0800 123 4567', undefined], // national format of another country
  ['00 1 555 010 4477', undefined],
  ['+0 555 010 4477', undefined],
  ['+1 555 010 447', undefined],
  ['+1234567890123456', undefined],
  ['12', undefined],
  ['1234567890123456', undefined],
  ['5550104477 5550104478', undefined],
  ['555-010-4477 / 555-010-4478', undefined],
  ['tel:5551234567', undefined],
  ['javascript:alert(1)', undefined],
  ['555-1234 <script>', undefined],
  ['555-010-4477\u0000', undefined],
  ['555-010-4477\n\u0007', undefined],
  ['(555 010-4477', undefined],
  ['555) 010-4477', undefined],
  ['((555)) 010-4477', undefined],
  ['++1 555 010 4477', undefined],
  ['+', undefined],
  ['', undefined],
  ['1'.repeat(100_000), undefined],
  ['555-010-4477 caf\u00E9', undefined],
  [-5550104477, undefined],
  [5550104477.5, undefined],
  [NaN, undefined],
  [null, undefined],
  [{toString: () => '555-010-4477'}, undefined],
  [['555-010-4477'], undefined],
];

describe('parsePhone', () => {
  for (const [input, href] of table) {
    const name = typeof input === 'string' && input.length > 60 ? `${input.slice(0, 20)}…` : String(JSON.stringify(input) ?? input);
    it(`${name} → ${href ?? 'refused'}`, () => {
      expect(parsePhone(input)?.href).to.equal(href);
    });
  }

  it('shows the number as the clinic wrote it, minus invisible characters', () => {
    expect(parsePhone('(555) 010\u20134477 ext. 2')?.display).to.equal('(555) 010\u20134477 ext. 2');
    expect(parsePhone('\u202E7744-010-555')?.display).to.equal('7744-010-555');
  });

  it('stays fast on long hostile input', () => {
    const start = performance.now();
    for (const text of ['1'.repeat(59) + '!', '(1) '.repeat(15), '1-'.repeat(30) + 'A', `${'1 '.repeat(29)}x`]) parsePhone(text);
    expect(performance.now() - start).to.be.below(50);
  });
});

describe('phone in every widget (attribute and property)', () => {
  const hrefs = (root: ParentNode) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
  const cases = table.filter(([input]) => typeof input === 'string' && input.length < 60) as Array<[string, string | undefined]>;

  it('the helpline dials exactly the parsed number, or shows the clinic text unlinked beside the national line', async () => {
    for (const [input, href] of cases) {
      for (const asProperty of [false, true]) {
        let el!: HTMLElement & {phone: unknown};
        const warnings = await captureWarnings(async () => {
          el = asProperty
            ? await fixture(html`<iop-helpline .phone=${input}></iop-helpline>`)
            : await fixture(html`<iop-helpline phone=${input}></iop-helpline>`);
        });
        const root = el.shadowRoot!;
        const call = root.querySelector('a[part~="call"]')!;
        if (href) {
          expect(call.getAttribute('href'), input).to.equal(href);
          expect(textOf(call.querySelector('[part~="call-label"]'))).to.equal('Call us');
          expect(warnings, input).to.deep.equal([]);
        } else if (input.trim() === '') {
          expect(warnings).to.deep.equal([]);
        } else {
          expect(warnings, input).to.have.length(1);
          expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-helpline> phone: /);
          // The only call link is the national line, under its own name.
          expect(call.getAttribute('href')).to.equal(samhsaHelpline.phone.href);
          expect(textOf(call.querySelector('[part~="call-label"]'))).to.equal('Call the SAMHSA National Helpline');
          expect(hrefs(root).filter((h) => h !== 'tel:988' && h !== samhsaHelpline.phone.href && h !== samhsaHelpline.tty.href)).to.deep.equal([]);
          const unlinked = root.querySelector('[part~="unlinked-phone"]');
          if ((input.match(/\p{Nd}/gu) ?? []).length >= 3) {
            expect(textOf(unlinked), input).to.contain(input.replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim().slice(0, 59));
            expect(unlinked!.closest('a')).to.be.null;
          } else {
            expect(unlinked).to.be.null;
          }
        }
        el.remove();
      }
    }
  });

  it('the program card and the guide use the same parser', async () => {
    for (const [input, href] of cases) {
      if (input.trim() === '') continue;
      const card = await fixture(html`<iop-program-card name="Cedar Grove" .phone=${input}></iop-program-card>`);
      expect(card.shadowRoot!.querySelector('a[part~="phone"]')?.getAttribute('href'), input).to.equal(href);
      card.remove();
    }
    for (const [input, href] of [['(555) 010\u20134477 ext. 2', 'tel:5550104477;ext=2'], ['555-010-4477 (24/7)', undefined]]) {
      const guide = await fixture(html`<iop-guide program-name="Cedar Grove" phone=${input!}></iop-guide>`);
      const card = guide.shadowRoot!.querySelector('iop-program-card')!;
      const helpline = guide.shadowRoot!.querySelector('iop-helpline')!;
      await elementUpdated(card);
      await elementUpdated(helpline);
      expect(card.shadowRoot!.querySelector('a[part~="phone"]')?.getAttribute('href')).to.equal(href);
      expect(helpline.shadowRoot!.querySelector('a[part~="call"]')!.getAttribute('href')).to.equal(href ?? samhsaHelpline.phone.href);
      guide.remove();
    }
  });

  it('a number as a property works the same in the helpline and the card', async () => {
    const helpline = await fixture(html`<iop-helpline .phone=${5550104477}></iop-helpline>`);
    const card = await fixture(html`<iop-program-card name="C" .phone=${5550104477}></iop-program-card>`);
    expect(helpline.shadowRoot!.querySelector('a[part~="call"]')!.getAttribute('href')).to.equal('tel:5550104477');
    expect(card.shadowRoot!.querySelector('a[part~="phone"]')!.getAttribute('href')).to.equal('tel:5550104477');
  });
});
