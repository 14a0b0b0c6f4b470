/**
 * Moving a widget to another document and back keeps its styles: an iframe's document,
 * a DOMParser document and document.adoptNode.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';

type Reactive = HTMLElement & {updateComplete: Promise<boolean>};

/** The shadow styles are applied: the list has no bullets and is a grid, its heading has part styles. */
function styled(el: Element): boolean {
  const list = el.shadowRoot!.querySelector('ul')!;
  const view = el.ownerDocument.defaultView!;
  return view.getComputedStyle(list).listStyleType === 'none';
}

describe('hostile: moving a widget between documents', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps its styles in an iframe and back again', async () => {
    const el = await fixture<Reactive>(html`<iop-services-list></iop-services-list>`);
    expect(styled(el)).to.be.true;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(el));
    expect(el.ownerDocument).to.equal(other);
    expect(styled(el), 'styled in the iframe').to.be.true;
    document.body.append(document.adoptNode(el));
    expect(styled(el), 'styled back home').to.be.true;
    el.remove();
  });

  it('keeps its styles after a DOMParser document and adoptNode, with no warning', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    const el = await fixture<Reactive>(html`<iop-helpline></iop-helpline>`);
    const parsed = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    parsed.body.append(parsed.adoptNode(el));
    document.body.append(document.adoptNode(el));
    await el.updateComplete;
    const links = el.shadowRoot!.querySelector('[part~="crisis-links"]')!;
    expect(getComputedStyle(links).listStyleType).to.equal('none');
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    console.warn = warn;
    expect(warnings).to.deep.equal([]);
    el.remove();
  });
});
