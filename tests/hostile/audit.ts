/** Shadow-piercing audit helpers shared by the hostile tests. */

/** Every element under `root`, through open shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

const ALLOWED_TAGS = new Set([
  'div', 'p', 'span', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'nav', 'table', 'caption',
  'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'fieldset', 'legend', 'input', 'label', 'button', 'slot', 'svg',
  'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'g', 'bdi', 'strong', 'em', 'dl', 'dt', 'dd', 'small', 'time',
  'abbr', 'b', 'i', 'br', 'figure', 'figcaption', 'header', 'footer', 'aside', 'meter', 'progress',
]);

/**
 * Problems an injection would leave: an element the library never renders (script, img,
 * iframe…), an event-handler attribute, a link that is not http(s), relative, tel:, sms:
 * or #, or a `style` attribute.
 */
export function injected(root: Element): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    const tag = el.localName;
    const isWidget = tag.startsWith('iop-') || tag === 'program-checklist';
    if (!ALLOWED_TAGS.has(tag) && !isWidget && !(tag === 'script' && el.hasAttribute('data-iop-faq-json-ld'))) problems.push(`<${tag}>`);
    for (const attribute of el.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`<${tag} ${attribute}>`);
      if (attribute === 'style' || attribute === 'srcdoc' || attribute === 'src' || attribute === 'formaction') problems.push(`<${tag} ${attribute}>`);
    }
    const href = el.getAttribute('href');
    if (href !== null) {
      const url = new URL(href, document.baseURI);
      if (!['http:', 'https:', 'tel:', 'sms:'].includes(url.protocol)) problems.push(`href protocol ${url.protocol}`);
      if (url.protocol === 'tel:' && !/^tel:\+?\d{3,15}(;ext=\d{1,7})?$/.test(href)) problems.push(`href=${JSON.stringify(href)}`);
      // eslint-disable-next-line no-control-regex
      if (/[\s\u0000-\u001F]/.test(href)) problems.push(`href with spaces or controls: ${JSON.stringify(href)}`);
    }
  }
  return problems;
}
