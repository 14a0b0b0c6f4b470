/**
 * URL and text payloads through every URL and text attribute and the `items` field of
 * every element, with a shadow-piercing audit for injected nodes and attributes; JSON-LD
 * breakouts; prototype keys; remove/re-add leaks.
 */
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {injected} from './audit.js';
import {captureWarnings} from '../helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

import {PWN, TEXT_PAYLOADS, URL_PAYLOADS} from './payload-lists.js';

/** Attributes that take a URL, per element. */
const URL_ATTRIBUTES: Array<[string, string]> = [
  ['iop-program-card', 'url'], ['iop-find-guide', 'locator-url'], ['iop-guide', 'locator-url'], ['iop-guide', 'program-url'],
];

/** Attributes that take text (shown or parsed), per element. */
const TEXT_ATTRIBUTES: Array<[string, string[]]> = [
  ['iop-helpline', ['phone', 'label', 'hours', 'heading-level']],
  ['iop-program-card', ['name', 'location', 'phone', 'tracks', 'claims', 'heading-level']],
  ['iop-find-guide', ['locator-label', 'heading-level']],
  ['iop-schedule', ['weeks', 'hours', 'tracks']],
  ['iop-vs-php-table', ['levels']],
  ['program-checklist', ['storage-key', 'include']],
  ['iop-guide', ['program-name', 'program-location', 'phone', 'label', 'hours', 'sections', 'tracks', 'claims']],
];
const ITEM_ELEMENTS = ['iop-services-list', 'iop-benefits', 'iop-faq', 'program-checklist'];

type Reactive = HTMLElement & {updateComplete: Promise<boolean>};

async function mount(tag: string, attributes: Record<string, string>): Promise<Reactive> {
  const el = document.createElement(tag) as Reactive;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll('*')) {
    if ('updateComplete' in inner) await (inner as Reactive).updateComplete;
  }
  return el;
}

describe('hostile: payloads', function () {
  this.timeout(60000);
  const counts: Record<string, number> = {};
  after(() => console.log(`hostile payload cases: ${JSON.stringify(counts)}`));
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  beforeEach(() => {
    window.__pwned = undefined;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(window.__pwned, 'a payload ran').to.be.undefined;
    expect(errors).to.deep.equal([]);
  });

  it('URL payloads never become links', async () => {
    let cases = 0;
    await captureWarnings(async () => {
      for (const [tag, attribute] of URL_ATTRIBUTES) {
        for (const payload of URL_PAYLOADS) {
          const el = await mount(tag, {[attribute]: payload, 'program-name': 'Cedar Grove', name: 'Cedar Grove', sections: 'find program'});
          expect(injected(el), `${tag} ${attribute}=${JSON.stringify(payload)}`).to.deep.equal([]);
          el.remove();
          cases++;
        }
      }
    });
    counts['url'] = cases;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('text payloads render as text in every text attribute', async () => {
    let cases = 0;
    await captureWarnings(async () => {
      for (const [tag, attributes] of TEXT_ATTRIBUTES) {
        for (const attribute of attributes) {
          for (const payload of TEXT_PAYLOADS) {
            const el = await mount(tag, {phone: '555-010-4477', name: 'C', 'program-name': 'C', sections: 'program helpline', [attribute]: payload});
            expect(injected(el), `${tag} ${attribute}=${JSON.stringify(payload.slice(0, 60))}`).to.deep.equal([]);
            el.remove();
            cases++;
          }
        }
      }
    });
    counts['text'] = cases;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('text payloads render as text in items labels and descriptions (the FAQ’s JSON-LD too)', async () => {
    let cases = 0;
    await captureWarnings(async () => {
      for (const tag of ITEM_ELEMENTS) {
        const items = TEXT_PAYLOADS.map((payload) => ({label: payload, description: payload}));
        const el = await mount(tag, {items: JSON.stringify(items.slice(0, 50)), 'json-ld': ''});
        expect(injected(el), tag).to.deep.equal([]);
        const shown = el.shadowRoot!.textContent ?? '';
        expect(shown, tag).to.contain(`<script>${PWN}</script>`);
        if (tag === 'iop-faq') {
          const scripts = el.querySelectorAll('script');
          expect(scripts).to.have.length(1);
          const data = JSON.parse(scripts[0].textContent!);
          const names = data.mainEntity.map((entry: {name: string}) => entry.name);
          for (const payload of TEXT_PAYLOADS) expect(names.some((name: string) => name === payload.trim().slice(0, 500) || payload.trim() === ''), payload).to.be.true;
          expect(scripts[0].textContent).to.not.match(/<\/script|<!--/i);
        }
        el.remove();
        cases += items.length;
      }
    });
    counts['items'] = cases;
  });

  it('bounds items and the JSON-LD: 100,000 entries show 50, quickly', async () => {
    const items = JSON.stringify(Array.from({length: 100_000}, (_, i) => ({label: `Question ${i}`, description: 'Answer.'}))).slice(0, 99_000);
    const many = JSON.stringify(Array.from({length: 1_000}, (_, i) => ({label: `Question ${i}`, description: 'Answer.'})));
    let el!: Reactive;
    const started = performance.now();
    const warnings = await captureWarnings(async () => {
      el = await mount('iop-faq', {items: many, 'json-ld': ''});
    });
    expect(performance.now() - started).to.be.below(1000);
    expect(el.shadowRoot!.querySelectorAll('[part~="custom-item"]')).to.have.length(50);
    expect(el.querySelector('script')!.textContent!.length).to.be.below(60_000);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('has 1000 entries; showing the first 50');
    el.remove();
    const long = await captureWarnings(async () => {
      el = await mount('iop-faq', {items: items + ' '.repeat(10_000)});
    });
    expect(long[0]).to.contain('longer than 100000 characters');
    el.remove();
  });

  it('lists at most 10 bad ids in a warning', async () => {
    const include = Array.from({length: 5000}, (_, i) => `bogus-${i}`).join(' ');
    const warnings = await captureWarnings(async () => {
      (await mount('iop-services-list', {include})).remove();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(600);
    expect(warnings[0]).to.contain('and 90 more');
  });

  it('prototype keys pollute nothing', async () => {
    const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
    await captureWarnings(async () => {
      for (const tag of ITEM_ELEMENTS) {
        const items = '[{"label":"a","__proto__":{"polluted":1}},{"label":"b","constructor":{"prototype":{"polluted":1}}},' +
          '{"__proto__":{"label":"c","description":"d"}}]';
        const el = await mount(tag, {items, include: keys.join(' ')});
        el.remove();
      }
      for (const key of keys) (await mount('iop-guide', {sections: key, levels: key, tracks: key, claims: key})).remove();
    });
    expect(({} as Record<string, unknown>)['polluted']).to.be.undefined;
    expect((Object.prototype as unknown as Record<string, unknown>)['polluted']).to.be.undefined;
  });

  it('remove and re-add 100 times: listeners and nodes stay constant', async () => {
    const counts = new Map<string, number>();
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) + 1);
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) - 1);
      return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const box = document.createElement('div');
      for (const [tag, attributes] of [
        ['iop-faq', {'json-ld': ''}], ['iop-program-card', {name: 'C', phone: '555-010-4477'}],
        ['program-checklist', {persist: '', 'storage-key': 'leak'}], ['iop-helpline', {phone: '555-010-4477'}],
      ] as const) {
        const widget = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
        box.append(widget);
      }
      document.body.append(box);
      const widgets = [...box.children] as Reactive[];
      const nodes = () => box.querySelectorAll('*').length;
      for (const widget of widgets) await widget.updateComplete;
      const before = {listeners: [...counts.values()].reduce((a, b) => a + b, 0), nodes: nodes()};
      for (let round = 0; round < 100; round++) {
        for (const widget of widgets) widget.remove();
        for (const widget of widgets) box.append(widget);
        if (round % 25 === 0) for (const widget of widgets) await widget.updateComplete;
      }
      for (const widget of widgets) await widget.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect({listeners: [...counts.values()].reduce((a, b) => a + b, 0), nodes: nodes()}).to.deep.equal(before);
      box.remove();
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
      localStorage.clear();
    }
  });
});
