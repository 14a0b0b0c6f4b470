import {svg, html, type TemplateResult} from 'lit';

/**
 * Small decorative line icons (24×24, stroke only), always `aria-hidden`: the text next
 * to them carries the meaning. Paths are hand-drawn to keep the bundle small.
 */
const paths = {
  person: svg`<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6"/>`,
  group: svg`<circle cx="8" cy="9" r="3"/><circle cx="16" cy="9" r="3"/><path d="M2 20c0-3 3-5 6-5s6 2 6 5M12 20c0-3 2-5 4-5s6 2 6 5"/>`,
  home: svg`<path d="M3 11l9-8 9 8M5 9v12h14V9M10 21v-6h4v6"/>`,
  heart: svg`<path d="M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"/>`,
  palette: svg`<path d="M12 3a9 9 0 1 0 0 18c1 0 2-1 1-3s0-3 2-3h2a4 4 0 0 0 4-4c0-4-4-8-9-8z"/><circle cx="8" cy="10" r="1"/><circle cx="12" cy="7" r="1"/>`,
  key: svg`<circle cx="8" cy="15" r="4"/><path d="M11 12l9-9M16 7l3 3"/>`,
  target: svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="5"/><circle cx="12" cy="12" r="1"/>`,
  leaf: svg`<path d="M5 19c0-9 5-14 15-14 0 10-5 15-14 15M5 19l7-7"/>`,
  link: svg`<path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1"/>`,
  shield: svg`<path d="M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z"/><path d="M9 12l2 2 4-4"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  phone: svg`<path d="M5 4h4l2 5-2 1a11 11 0 0 0 5 5l1-2 5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  map: svg`<path d="M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z"/><circle cx="12" cy="9" r="2"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  chevron: svg`<path d="M6 9l6 6 6-6"/>`,
  tag: svg`<path d="M3 12V3h9l9 9-9 9z"/><circle cx="7.5" cy="7.5" r="1.5"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  'trend-down': svg`<path d="M3 7l6 6 4-4 8 8M21 11v6h-6"/>`,
  sun: svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5L19 19M5 19l1.5-1.5M17.5 6.5L19 5"/>`,
  moon: svg`<path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z"/>`,
} as const;

export type IconName = keyof typeof paths;

/** Icons that show a direction in time or reading order: mirrored in right-to-left text. */
const directional: ReadonlySet<IconName> = new Set(['trend-down']);

export function icon(name: IconName, part = 'icon'): TemplateResult {
  return html`<svg part=${part} class=${directional.has(name) ? 'directional' : ''} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
