/**
 * How the widgets look and fit into a clinic's page (issue #10): no layout shift as they
 * upgrade, headings by level, the default accent's contrast on light and dark pages,
 * visible focus on bordered controls, control borders, host spacing, hide-heading,
 * items from a CMS (curly quotes, child elements), clinic text marked with the page's
 * language, and printing.
 */
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {render, type LitElement, type TemplateResult} from 'lit';
import {emulateMedia, resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/index.js';
import {contrast, srgb, type Rgba} from './colors.js';
import {captureWarnings, inWidth, resetLanguage, setPageLanguage, textOf} from './helpers.js';
import {until} from './page.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

/** A page-like box: background and text colour, as a clinic's light or dark site. */
function page(background: string, color: string, width = '700px'): HTMLElement {
  const box = inWidth(width);
  boxes.push(box);
  box.style.background = background;
  box.style.color = color;
  box.style.padding = '16px';
  return box;
}

/** Renders `template` into `box` (several widgets can share one box) and waits for its first render. */
async function mount<T extends Element = HTMLElement>(template: TemplateResult, box: HTMLElement): Promise<T> {
  const holder = document.createElement('div');
  box.append(holder);
  render(template, holder);
  const el = holder.firstElementChild as T;
  await Promise.all([el, ...el.querySelectorAll('*')].map((node) => (node as Partial<LitElement>).updateComplete));
  return el;
}

const LIGHT: [string, string, Rgba] = ['#ffffff', '#1b1b1b', [255, 255, 255]];
const DARK: [string, string, Rgba] = ['#111111', '#eeeeee', [17, 17, 17]];

describe('layout shift as the widgets upgrade (script and iop-widgets.css as a clinic embeds them)', () => {
  /**
   * Loads a fixture at `width` × 800 (740 on a phone) in a frame inside a window of its own
   * (a test tab running beside another one is hidden, and a hidden page paints nothing, so
   * it would report no shift). The script arrives 300 ms after the page first painted, as
   * over a slow network. Returns the sum of the page's layout-shift entries.
   */
  async function shift(path: string, width: number): Promise<number> {
    const button = document.createElement('button');
    button.textContent = 'open';
    button.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 60px; height: 40px; z-index: 9';
    let popup: Window | null = null;
    button.addEventListener('click', () => {
      popup = window.open('', '_blank', 'popup,width=400,height=400');
    });
    document.body.append(button);
    await sendMouse({type: 'click', position: [20, 20]}); // a user gesture may open a window
    await resetMouse();
    button.remove();
    const opened = (await until(() => popup as Window | null, 'the window'))!;
    try {
      const frame = opened.document.createElement('iframe');
      frame.style.cssText = `width: ${width}px; height: ${width > 600 ? 800 : 740}px; border: 0`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = new URL(path, location.href).href;
      opened.document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = win.document;
      await until(
        () =>
          [...doc.querySelectorAll('main *, aside *')]
            .filter((node) => node.localName.includes('-') && node.localName !== 'iop-item')
            .every((node) => node.shadowRoot?.querySelector('[part~="heading"]')),
        'every widget rendered',
        15000,
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      // A visible page at the width asked for, which painted before the widgets arrived.
      expect(doc.visibilityState).to.equal('visible');
      expect(win.innerWidth).to.equal(width);
      expect(win.performance.getEntriesByType('paint').length).to.be.greaterThan(0);
      return await new Promise((resolve) => {
        let total = 0;
        new win.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & {value: number; hadRecentInput: boolean}>) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({type: 'layout-shift', buffered: true});
        setTimeout(() => resolve(total), 100);
      });
    } finally {
      opened.close();
    }
  }

  const pages = [
    ['a five-widget clinic page (sticky header, sidebar, 20px serif)', '/tests/fixtures/clinic-site.html?delay=300'],
    ['every widget stacked as on the demo page', '/tests/fixtures/all-widgets.html?delay=300'],
  ];
  for (const [name, path] of pages) {
    for (const width of [1280, 375]) {
      it(`stays under 0.05 on ${name} at ${width}px`, async function () {
        this.timeout(30000);
        const value = await shift(path, width);
        console.log(`layout shift: ${path} at ${width}px = ${value.toFixed(4)}`);
        expect(value).to.be.below(0.05);
      });
    }
  }

  for (const width of [1280, 375]) {
    it(`would shift without iop-widgets.css at ${width}px (the measurement can fail)`, async function () {
      this.timeout(30000);
      expect(await shift('/tests/fixtures/clinic-site.html?delay=300&css=0', width)).to.be.above(0.05);
    });
  }

  it('iop-widgets.css reserves space only for the widgets’ own tags, before they are defined', async () => {
    const css = await (await fetch('/dist/cdn/iop-widgets.css')).text();
    expect(css.length).to.be.below(4096);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const selectors = [...sheet.cssRules].flatMap((rule) =>
      rule instanceof CSSStyleRule ? [rule.selectorText] : rule instanceof CSSMediaRule ? [...rule.cssRules].map((r) => (r as CSSStyleRule).selectorText) : [],
    );
    expect(selectors.length).to.be.greaterThan(10);
    for (const selector of selectors) {
      expect(selector, selector).to.match(/^:where\((iop-|program-checklist)/);
      expect(selector, selector).to.contain(':not(:defined)');
    }
  });
});

describe('headings', () => {
  it('scale with their level, relative to the page’s text size', async () => {
    const box = page('#fff', '#222');
    box.style.fontSize = '20px';
    const sizes: number[] = [];
    for (const level of [2, 3, 4]) {
      const el = await mount(html`<iop-faq heading-level=${level}></iop-faq>`, box);
      sizes.push(parseFloat(getComputedStyle($(el, '#heading')).fontSize));
    }
    expect(sizes[0]).to.be.above(sizes[1]);
    expect(sizes[1]).to.be.above(sizes[2]);
    expect(sizes[2]).to.be.above(20);
    expect(sizes[0]).to.equal(30); // 1.5 × the page's 20px
    // Nested headings follow: the overview's subheading (h3) is smaller than its h2.
    const overview = await mount(html`<iop-overview></iop-overview>`, box);
    expect(parseFloat(getComputedStyle($(overview, 'h3')).fontSize)).to.be.below(
      parseFloat(getComputedStyle($(overview, 'h2')).fontSize),
    );
  });

  it('take --iop-heading-color and --iop-heading-font-family everywhere, card titles included', async () => {
    const box = page('#fff', '#222', '1300px');
    box.style.setProperty('--iop-heading-color', 'rgb(15, 94, 99)');
    box.style.setProperty('--iop-heading-font-family', 'Courier');
    const widgets = await Promise.all([
      mount(html`<iop-overview></iop-overview>`, box),
      mount(html`<iop-services-list></iop-services-list>`, box),
      mount(html`<iop-find-guide></iop-find-guide>`, box),
      mount(html`<iop-program-card name="Cedar Grove"></iop-program-card>`, box),
      mount(html`<iop-vs-php-table></iop-vs-php-table>`, box),
    ]);
    let checked = 0;
    for (const el of widgets) {
      for (const node of el.shadowRoot!.querySelectorAll('h2, h3, h4, .card-title, caption')) {
        const style = getComputedStyle(node);
        expect(style.color, `${el.localName} ${textOf(node)}`).to.equal('rgb(15, 94, 99)');
        expect(style.fontFamily, `${el.localName} ${textOf(node)}`).to.equal('Courier');
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(15);
  });

  it('hide-heading hides the widget’s own heading on screen but keeps the section’s name', async () => {
    const el = await mount(html`<iop-services-list hide-heading></iop-services-list>`, page('#fff', '#222'));
    const heading = $(el, '#heading');
    expect(heading.getBoundingClientRect().width).to.be.at.most(1);
    expect(textOf(heading)).to.equal('What an IOP offers');
    expect($(el, 'ul').getAttribute('aria-labelledby')).to.equal('heading');
    await expect(el).to.be.accessible();
    (el as HTMLElement & {hideHeading: boolean}).hideHeading = false;
    await elementUpdated(el);
    expect(heading.getBoundingClientRect().width).to.be.above(100);
  });
});

describe('colour: the default accent, with no configuration', () => {
  for (const [name, [background, color, rgb]] of [['a white page', LIGHT], ['a dark page (#111, text #eee)', DARK]] as const) {
    it(`passes 4.5:1 as text and 3:1 as a boundary on ${name}; the call button’s text passes 4.5:1 on it`, async () => {
      const box = page(background, color);
      const national = await mount(html`<iop-helpline></iop-helpline>`, box);
      const clinic = await mount(html`<iop-helpline phone="555-123-4567"></iop-helpline>`, box);
      // A link in the accent (the SAMHSA TTY number).
      const link = srgb(getComputedStyle($(national, '[part~="tty"] a')).color, rgb);
      expect(contrast(link, rgb)).to.be.at.least(4.5);
      // The filled call button: its fill against the page, its text and icon against the fill.
      const call = $(clinic, '[part~="call"]');
      const fill = srgb(getComputedStyle(call).backgroundColor, rgb);
      expect(contrast(fill, rgb)).to.be.at.least(3);
      for (const part of ['call-label', 'number', 'icon']) {
        const ink = srgb(getComputedStyle($(clinic, `[part~="${part}"]`)).color, fill);
        expect(contrast(ink, fill), part).to.be.at.least(4.5);
      }
      expect(getComputedStyle(call).textDecorationLine).to.equal('none');
    });
  }

  it('rebrands everything from one custom property', async () => {
    const box = page('#fff', '#222');
    box.style.setProperty('--iop-color-accent', 'rgb(123, 45, 91)');
    const el = await mount(html`<iop-helpline phone="555-123-4567"></iop-helpline>`, box);
    expect(getComputedStyle($(el, '[part~="call"]')).backgroundColor).to.equal('rgb(123, 45, 91)');
    expect(srgb(getComputedStyle($(el, '[part~="call-label"]')).color)).to.deep.equal([255, 255, 255]);
  });

  for (const [name, [background, color, rgb]] of [['light', LIGHT], ['dark', DARK]] as const) {
    it(`gives controls a border of at least 3:1 on a ${name} page`, async () => {
      const box = page(background, color);
      const checklist = await mount(html`<program-checklist></program-checklist>`, box);
      const helpline = await mount(html`<iop-helpline></iop-helpline>`, box);
      const controls = [$(checklist, '[part~="reset"]'), ...helpline.shadowRoot!.querySelectorAll<HTMLElement>('[part~="crisis-link"]')];
      for (const control of controls) {
        const style = getComputedStyle(control);
        // What lies behind the control: the page, or the crisis box's tint over it.
        const behind = srgb(getComputedStyle(control.closest('[part~="crisis"]') ?? box).backgroundColor, rgb);
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        expect(contrast(srgb(style.borderTopColor, behind), behind), textOf(control)).to.be.at.least(3);
      }
    });
  }
});

describe('focus on bordered controls', () => {
  /**
   * The ring must not sit on the control's own border: drawn outside (offset ≥ 1px) in a
   * colour that contrasts with the page, or inside, clear of the border, in a colour that
   * contrasts with the control's fill.
   */
  async function expectVisibleRing(control: HTMLElement, pageRgb: Rgba) {
    await sendKeys({press: 'Shift'}); // keyboard use, so focus shows as it does for Tab
    control.focus();
    expect(control.matches(':focus-visible')).to.be.true;
    const style = getComputedStyle(control);
    const width = parseFloat(style.outlineWidth);
    const offset = parseFloat(style.outlineOffset);
    const border = parseFloat(style.borderTopWidth);
    expect(style.outlineStyle).to.equal('solid');
    expect(width).to.be.at.least(2);
    const fill = srgb(style.backgroundColor, pageRgb);
    const ring = srgb(style.outlineColor, fill);
    if (offset >= 0) {
      expect(offset, 'a gap between the border and the ring').to.be.at.least(1);
      expect(contrast(ring, pageRgb)).to.be.at.least(3);
    } else {
      expect(-offset - width, 'the ring clear of the border').to.be.at.least(border + 1);
      expect(contrast(ring, fill)).to.be.at.least(3);
    }
  }

  for (const [name, [background, color, rgb]] of [['light', LIGHT], ['dark', DARK]] as const) {
    it(`shows clearly on the helpline call link and the checklist reset button (${name} page)`, async () => {
      const box = page(background, color);
      const helpline = await mount(html`<iop-helpline phone="555-123-4567"></iop-helpline>`, box);
      await expectVisibleRing($(helpline, '[part~="call"]'), rgb);
      const checklist = await mount(html`<program-checklist></program-checklist>`, box);
      await expectVisibleRing($(checklist, '[part~="reset"]'), rgb);
      await expectVisibleRing($(helpline, '[part~="crisis-link"]'), rgb);
    });
  }
});

describe('fit into the host page', () => {
  it('leaves a default space between stacked widgets, which the page can override', async () => {
    const box = page('#fff', '#222');
    await mount(html`<div><iop-overview></iop-overview><iop-faq></iop-faq><iop-benefits></iop-benefits></div>`, box);
    const [overview, faq, benefits] = [...box.querySelectorAll<HTMLElement>('iop-overview, iop-faq, iop-benefits')];
    // The sources line at the end of the overview never touches the next heading.
    const sources = $(overview, '[part~="sources"]').getBoundingClientRect();
    expect($(faq, 'h2').getBoundingClientRect().top - sources.bottom).to.be.at.least(24);
    faq.style.margin = '0';
    overview.style.margin = '0';
    expect(faq.getBoundingClientRect().top - overview.getBoundingClientRect().bottom).to.be.below(1);
    box.style.setProperty('--iop-block-margin', '3rem');
    expect(benefits.getBoundingClientRect().top - faq.getBoundingClientRect().bottom).to.be.closeTo(48, 1);
  });
});

describe('items from a CMS', () => {
  it('accepts curly quotes in items JSON (WordPress turns " into “ and ”)', async () => {
    const items = '[{“label”: “Peer recovery coaching”, “description”: “Someone who has been there helps you plan.”}]';
    const warnings = await captureWarnings(async () => {
      const el = await fixture(html`<iop-services-list items=${items}></iop-services-list>`);
      const custom = $(el, '[part~="custom-item"]');
      expect(textOf(custom)).to.equal('Peer recovery coaching Someone who has been there helps you plan.');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('adds items from <iop-item> child elements, without JSON, and follows their changes', async () => {
    const el = await fixture(html`<iop-benefits>
      <iop-item label="Art therapy">Paint, draw and talk
        about it.</iop-item>
      <iop-item label="Yoga"></iop-item>
    </iop-benefits>`);
    const titles = () => [...el.shadowRoot!.querySelectorAll('[part~="custom-item"]')].map(textOf);
    expect(titles()).to.deep.equal(['Art therapy Paint, draw and talk about it.', 'Yoga']);
    const extra = document.createElement('iop-item');
    extra.setAttribute('label', 'Music');
    el.append(extra);
    await until(() => titles().length === 3, 'the new child item');
    expect(titles()[2]).to.equal('Music');
    // The children themselves are data: nothing of them shows outside the widget.
    expect(extra.getBoundingClientRect().height).to.equal(0);
    const warnings = await captureWarnings(async () => {
      el.append(document.createElement('iop-item'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await elementUpdated(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[iop-widgets\] <iop-benefits> <iop-item> children: skipped entry at index 3/);
  });
});

describe('the clinic’s own text on a page in another language', () => {
  afterEach(resetLanguage);

  it('is marked with the page’s language when the widget falls back to English', async () => {
    // A German page: no German translation ships, so the widgets show English.
    await captureWarnings(() => {
      document.documentElement.lang = 'de';
    });
    const helpline = await fixture(html`<iop-helpline phone="555-123-4567" label="Rufen Sie uns an" hours="Mo–Fr 8–18 Uhr"></iop-helpline>`);
    const card = await fixture(html`<iop-program-card name="Zentrum am Fluss" location="Flussweg 1"></iop-program-card>`);
    const list = await fixture(html`<iop-services-list items='[{"label": "Kunsttherapie"}]'></iop-services-list>`);
    expect(helpline.getAttribute('lang')).to.equal('en');
    expect($(helpline, '[part~="call-label"]').getAttribute('lang')).to.equal('de');
    expect($(helpline, '[part~="hours"] [lang="de"]').textContent).to.equal('Mo–Fr 8–18 Uhr');
    expect(textOf($(card, 'h2 [lang="de"]'))).to.equal('Zentrum am Fluss');
    expect(textOf($(card, '[part~="value"] [lang="de"]'))).to.equal('Flussweg 1');
    expect($(list, '[part~="custom-item"]').getAttribute('lang')).to.equal('de');
    // The widget's own text stays unmarked (it is English, like the widget).
    expect($(helpline, '#heading').hasAttribute('lang')).to.be.false;
    // A page in a shipped language: widget and clinic text agree, nothing is marked.
    await setPageLanguage('es', 'es', helpline);
    expect(helpline.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
  });
});

describe('printing', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('keeps headings, captions, legends and intros with what follows', async () => {
    const table = await fixture(html`<iop-vs-php-table></iop-vs-php-table>`);
    const checklist = await fixture(html`<program-checklist></program-checklist>`);
    await emulateMedia({media: 'print'});
    for (const node of [$(table, 'h2'), $(table, 'caption'), $(table, '[part~="intro"]'), $(checklist, 'legend'), $(checklist, 'h2')]) {
      expect(getComputedStyle(node).breakAfter, node.localName).to.equal('avoid');
    }
  });
});

describe('<program-checklist> restored ticks and the printout', () => {
  const key = 'iop-widgets:program-checklist:v1:look-and-fit';
  afterEach(async () => {
    localStorage.removeItem(key);
    await emulateMedia({media: 'screen'});
  });

  it('says when ticks were brought back, with a button that clears them', async () => {
    localStorage.setItem(key, JSON.stringify({version: 1, checked: ['visit', 'licensed']}));
    const el = await fixture<HTMLElement & {checkedIds: string[]}>(html`<program-checklist persist storage-key="look-and-fit"></program-checklist>`);
    const notice = $(el, '[part~="restored"]');
    expect(textOf(notice)).to.contain('Your checks from last time are saved on this device.');
    expect(notice.getBoundingClientRect().height).to.be.above(20);
    const clear = $(el, '[part~="restored-reset"]') as HTMLButtonElement;
    expect(textOf(clear)).to.equal('Clear all checks');
    clear.click();
    await elementUpdated(el);
    expect(el.checkedIds).to.deep.equal([]);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="restored"]')).to.equal(null);
  });

  it('shows no notice when nothing was stored, or without persist', async () => {
    const fresh = await fixture(html`<program-checklist persist storage-key="look-and-fit"></program-checklist>`);
    expect(fresh.shadowRoot!.querySelector('[part~="restored"]')).to.equal(null);
    localStorage.setItem(key, JSON.stringify({version: 1, checked: ['visit']}));
    const plain = await fixture(html`<program-checklist storage-key="look-and-fit"></program-checklist>`);
    expect(plain.shadowRoot!.querySelector('[part~="restored"]')).to.equal(null);
  });

  it('prints lines for the program’s name and the date, but not the notice', async () => {
    localStorage.setItem(key, JSON.stringify({version: 1, checked: ['visit']}));
    const el = await fixture(html`<program-checklist persist storage-key="look-and-fit"></program-checklist>`);
    const lines = $(el, '[part~="print-lines"]');
    expect(getComputedStyle(lines).display).to.equal('none');
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(lines).display).not.to.equal('none');
    expect([...lines.children].map(textOf)).to.deep.equal(['Program name', 'Date']);
    expect(getComputedStyle($(el, '[part~="restored"]')).display).to.equal('none');
    await setPageLanguage('es', 'es', el);
    expect([...lines.children].map(textOf)).to.deep.equal(['Nombre del programa', 'Fecha']);
    await resetLanguage();
  });
});
