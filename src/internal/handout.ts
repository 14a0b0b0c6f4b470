/**
 * The printed one-page handout (Letter and A4): the checklist with empty boxes and lines
 * for the program's name and the date, the questions to ask, the clinic's contact when
 * set, the national helpline, 988 and 911, and the page's address as text and QR code.
 *
 * Loaded on the first press of "Print a handout"; the QR encoder (lean-qr) is loaded only
 * then too, and the code is made on the device. The sheet is added to the page only for
 * printing: a page-level print stylesheet hides everything else, and it is removed after.
 */
import {css, html, render, svg} from 'lit';
import {checklistText} from '../content/checklist.js';
import {handoutQuestions, handoutText} from '../content/handout.js';
import {crisisText, helplineText, samhsaHelpline, samhsaText} from '../content/help.js';
import {textDirection} from '../localization.js';
import type {HandoutData} from './reader-tools.js';

const MARK = 'data-iop-handout';

/** Shows only the handout on paper, never on screen. A constructed sheet, so a strict CSP allows it. */
const pageStyles = css`
  @media print {
    body > :not([data-iop-handout]) {
      display: none !important;
    }
    html,
    body {
      margin: 0 !important;
      padding: 0 !important;
      background: #fff !important;
    }
  }
  @media screen {
    [data-iop-handout] {
      display: none !important;
    }
  }
  @page {
    margin: 12mm;
  }
`;

const sheetStyles = css`
  :host {
    display: block;
    color: #000;
    background: #fff;
    font: 10.5pt/1.35 system-ui, sans-serif;
  }
  .sheet {
    /* Fits both Letter (216 × 279 mm) and A4 (210 × 297 mm) inside 12 mm margins. */
    max-inline-size: 184mm;
    max-block-size: 253mm;
    overflow: hidden;
  }
  h1 {
    font-size: 16pt;
    margin: 0 0 3mm;
  }
  h2 {
    font-size: 12pt;
    margin: 5mm 0 2mm;
  }
  p,
  ul,
  ol {
    margin: 0 0 2mm;
  }
  .fields {
    display: flex;
    gap: 6mm;
    margin-block-end: 4mm;
  }
  .fields span {
    display: flex;
    flex: 2;
    gap: 2mm;
    white-space: nowrap;
  }
  .fields span + span {
    flex: 1;
  }
  .fields span::after {
    content: '';
    flex: 1;
    border-block-end: 1px solid #000;
  }
  .boxes {
    list-style: none;
    padding: 0;
  }
  .boxes li {
    display: flex;
    align-items: center;
    gap: 3mm;
    padding-block: 1.2mm;
    font-weight: 700;
  }
  .boxes li::before {
    content: '';
    flex: none;
    inline-size: 5mm;
    block-size: 5mm;
    border: 1.5px solid #000;
  }
  ol {
    padding-inline-start: 6mm;
  }
  ol li {
    padding-block: 0.8mm;
  }
  .contact {
    border: 1px solid #000;
    border-radius: 2mm;
    padding: 2mm 3mm;
    margin-block-start: 4mm;
  }
  .contact p:last-child {
    margin: 0;
  }
  .name {
    font-weight: 700;
  }
  .page {
    display: flex;
    align-items: center;
    gap: 4mm;
    margin-block-start: 5mm;
  }
  .page svg {
    flex: none;
    inline-size: 30mm;
    block-size: 30mm;
  }
  .url {
    overflow-wrap: anywhere;
  }
`;

/** The page's own address (no `#fragment`), when it is a web address a phone can open. */
export function pageAddress(href = globalThis.location?.href ?? ''): string | undefined {
  try {
    const url = new URL(href);
    url.hash = '';
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A QR code as an SVG path (one square per dark module, 4-module quiet zone). */
async function qrCode(text: string, label: string) {
  const {generate, correction} = await import('lean-qr');
  const code = generate(text, {minCorrectionLevel: correction.M});
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  const box = `-4 -4 ${code.size + 8} ${code.size + 8}`;
  return html`<svg role="img" aria-label=${label} viewBox=${box} shape-rendering="crispEdges"
    >${svg`<rect x="-4" y="-4" width="100%" height="100%" fill="#fff"/><path fill="#000" d=${path}/>`}</svg>`;
}

/** Builds the sheet into the page (hidden on screen); returns a function that removes it. */
export async function buildHandout(data: HandoutData, locale: string): Promise<() => void> {
  document.querySelectorAll(`[${MARK}]`).forEach((old) => old.remove());
  const text = handoutText();
  const questions: Record<string, string> = handoutQuestions();
  const crisis = crisisText();
  const samhsa = samhsaText();
  const address = pageAddress();
  const code = address ? await qrCode(address, text.qr) : undefined;

  const host = document.createElement('div');
  host.setAttribute(MARK, '');
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = [sheetStyles.styleSheet!];
  const asked = data.items.map((item) => questions[item.id]).filter(Boolean);
  render(
    html`<article class="sheet" lang=${locale} dir=${textDirection(locale)}>
      <h1>${checklistText().heading}</h1>
      <p class="fields"><span>${text.program}</span><span>${text.date}</span></p>
      <ul class="boxes">
        ${data.items.map((item) => html`<li>${item.title}</li>`)}
      </ul>
      ${asked.length
        ? html`<h2>${text.questions}</h2>
            <ol>
              ${asked.map((question) => html`<li>${question}</li>`)}
            </ol>`
        : null}
      ${data.name || data.phone || data.hours
        ? html`<div class="contact">
            ${data.name ? html`<p class="name">${data.name}</p>` : null}
            ${data.phone ? html`<p>${text.phone} <bdi dir="ltr">${data.phone.display}</bdi></p>` : null}
            ${data.hours ? html`<p>${helplineText().hours} ${data.hours}</p>` : null}
          </div>`
        : null}
      <h2>${text.help}</h2>
      <p><b>${samhsa.name}</b>: <bdi dir="ltr">${samhsaHelpline.phone.display}</bdi>. ${samhsa.about}</p>
      <p>${crisis.lead} ${crisis.emergency}</p>
      ${address
        ? html`<div class="page">${code}
            <p>${text.address}<br /><bdi class="url" dir="ltr">${address}</bdi></p>
          </div>`
        : null}
    </article>`,
    root,
  );
  document.body.append(host);
  const page = pageStyles.styleSheet!;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  return () => {
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== page);
  };
}

/** Builds the handout, opens the browser's print dialog, and removes the sheet afterwards. */
export async function printHandout(data: HandoutData, locale: string): Promise<void> {
  const remove = await buildHandout(data, locale);
  addEventListener('afterprint', remove, {once: true});
  print();
}
