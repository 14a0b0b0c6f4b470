/**
 * Target sizes hold when a page shrinks its root font (`html { font-size: 8px }`): every
 * link, button, question and checkbox of every widget stays at least 24 px tall.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';

const TAGS = ['iop-overview', 'iop-services-list', 'iop-vs-php-table', 'program-checklist', 'iop-benefits', 'iop-schedule',
  'iop-find-guide', 'iop-helpline', 'iop-faq', 'iop-program-card'];

describe('hostile: a tiny root font', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('keeps every target at least 24 px tall', async () => {
    document.documentElement.style.fontSize = '8px';
    document.body.style.fontSize = '8px';
    const small: string[] = [];
    let count = 0;
    for (const tag of TAGS) {
      const el = await fixture(html`<div style="width: 360px">${document.createElement(tag)}</div>`);
      const widget = el.firstElementChild!;
      widget.setAttribute('phone', '555-010-4477');
      widget.setAttribute('url', 'https://example.org/');
      widget.setAttribute('name', 'Cedar Grove');
      await (widget as unknown as {updateComplete: Promise<boolean>}).updateComplete;
      for (const target of widget.shadowRoot!.querySelectorAll('a[href], button, summary, input')) {
        count++;
        const box = target.getBoundingClientRect();
        if (box.height < 23.5) small.push(`<${tag}> ${target.localName} "${target.textContent?.trim().slice(0, 20)}" ${target.className}${target.getAttribute('part') ? `[part="${target.getAttribute('part')}"]` : ''}: ${box.height.toFixed(1)} px`);
      }
      el.remove();
    }
    document.body.style.fontSize = '';
    expect(count).to.be.greaterThan(15);
    expect(small).to.deep.equal([]);
  });
});
