import {html, type TemplateResult} from 'lit';
import type {HeadingLevel} from './attributes.js';

/**
 * Renders a real `<h2>`…`<h6>` (no `role="heading"` imitation) so heading navigation
 * in screen readers works. `part` names it for `::part()` styling.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  id = 'heading',
  part = 'heading',
): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
  }
}

/** The level for headings nested one step below `level` (never deeper than 6). */
export function nested(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}
