/**
 * Checklist storage: hostile stored values, two checklists sharing a key, ids another page
 * shows, and a clinic's own items keyed by what they say rather than their position.
 */
import {checklistIds} from '../../src/content/checklist.js';
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import '../../components/program-checklist/program-checklist.js';
import {STORAGE_PREFIX} from '../../components/program-checklist/program-checklist.component.js';
import {captureWarnings} from '../helpers.js';

type Checklist = HTMLElement & {checkedIds: string[]; updateComplete: Promise<boolean>};
const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const stored = (key: string) => JSON.parse(localStorage.getItem(STORAGE_PREFIX + key) ?? 'null');

describe('hostile: checklist storage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const hostileStored = [
    'not json', '{"version":1}', '{"version":1,"checked":"visit"}', '{"version":2,"checked":["visit"]}',
    '{"version":1,"checked":[1,2,3]}', '{"__proto__":{"version":1},"checked":["visit"]}', 'null', '[]', '"visit"',
    JSON.stringify({version: 1, checked: Array.from({length: 100_000}, (_, i) => `id-${i}`)}),
    JSON.stringify({version: 1, checked: ['visit', 'x'.repeat(100_000)]}),
    '{"version":1,"checked":["visit","constructor","__proto__","toString"]}',
  ];
  for (const value of hostileStored) {
    it(`reads ${value.slice(0, 50)}${value.length > 50 ? '…' : ''} without throwing`, async () => {
      localStorage.setItem(`${STORAGE_PREFIX}hostile`, value);
      const warnings = await captureWarnings(async () => {
        const el = await fixture<Checklist>(html`<program-checklist persist storage-key="hostile"></program-checklist>`);
        expect(boxes(el)).to.have.length(checklistIds.length);
        expect(el.checkedIds.every((id) => ['visit', 'licensed', 'treatment-options', 'individual-plan', 'needs-met'].includes(id))).to.be.true;
        boxes(el)[1].click();
        expect(el.checkedIds).to.include('licensed');
      });
      expect(warnings.length).to.be.at.most(1);
    });
  }

  it('warns once when two checklists on one page share a storage key', async () => {
    const warnings = await captureWarnings(async () => {
      const box = document.createElement('div');
      box.innerHTML = '<program-checklist persist storage-key="shared"></program-checklist>'.repeat(2) +
        '<program-checklist persist storage-key="other"></program-checklist>';
      document.body.append(box);
      for (const el of box.children) await (el as Checklist).updateComplete;
      box.remove();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"iop-widgets:program-checklist:v1:shared"');
  });

  it('keeps the stored ticks of items this checklist does not show', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}site`, JSON.stringify({version: 1, checked: ['visit', 'needs-met', 'custom:Ask about the other page']}));
    const el = await fixture<Checklist>(html`<program-checklist persist storage-key="site" include="visit licensed"></program-checklist>`);
    expect(el.checkedIds).to.deep.equal(['visit']);
    boxes(el)[1].click(); // licensed
    expect(stored('site').checked).to.have.members(['visit', 'licensed', 'needs-met', 'custom:Ask about the other page']);
    boxes(el)[0].click(); // visit off
    expect(stored('site').checked).to.have.members(['licensed', 'needs-met', 'custom:Ask about the other page']);
  });

  it('keys a clinic’s own items by their label, not their position', async () => {
    const items = (labels: string[]) => JSON.stringify(labels.map((label) => ({label})));
    const first = await fixture<Checklist>(html`<program-checklist persist storage-key="custom" include="visit"
      items=${items(['Ask about parking', 'Ask about childcare'])}></program-checklist>`);
    boxes(first)[2].click(); // "Ask about childcare" (custom-2 here)
    first.remove();
    // Another page lists the clinic's items in another order.
    const second = await fixture<Checklist>(html`<program-checklist persist storage-key="custom" include="visit"
      items=${items(['Ask about childcare', 'Ask about parking'])}></program-checklist>`);
    await elementUpdated(second);
    expect(boxes(second).map((box) => box.checked)).to.deep.equal([false, true, false]);
    expect(second.checkedIds).to.deep.equal(['custom-1']);
  });
});
