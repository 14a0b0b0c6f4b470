import {css} from 'lit';

export const guideStyles = css`
  [part~='contents'] {
    margin-block-end: calc(var(--_space) * 2.5);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .section > * {
    margin-block: 0;
  }

  [part~='contents-heading'] {
    margin-block: 0 calc(var(--_space) * 0.5);
  }

  [part~='contents-list'] {
    margin: 0;
    padding-inline-start: 1.5em;
    columns: 1;
  }

  [part~='contents-list'] li {
    break-inside: avoid;
  }

  /* A block link: a wrapped title keeps its number beside its first line. */
  [part~='contents-list'] a {
    display: block;
    min-block-size: 24px;
    padding-block: 0.125em;
  }

  @container (min-width: 40rem) {
    [part~='contents-list'] {
      columns: 2;
      column-gap: calc(var(--_space) * 2);
    }
  }

  .section {
    margin-block-end: calc(var(--_space) * 2.5);
    scroll-margin-block-start: var(--iop-scroll-margin, var(--_space));
  }

  .section:focus {
    outline: none;
  }

  .section:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  @media print {
    [part~='contents'] {
      display: none;
    }
  }
`;
