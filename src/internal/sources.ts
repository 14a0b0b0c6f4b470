import {html} from 'lit';
import {sources, sourcesLabel, type SourceId} from '../content/sources.js';

/** A short "Sources: A; B" line (part `sources`); the links open in the same tab. */
export function sourcesLine(ids: readonly SourceId[]) {
  return html`<p part="sources" class="sources">
    ${sourcesLabel()}
    ${ids.map(
      (id, index) => html`${index > 0 ? '; ' : ''}<a href=${sources[id].url} rel="noopener noreferrer external"
          lang="en">${sources[id].title}</a>`,
    )}
  </p>`;
}
