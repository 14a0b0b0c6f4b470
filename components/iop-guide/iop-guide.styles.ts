import {css} from 'lit';

export const guideStyles = css`
  [part~='contents'] {
    margin-block-end: calc(var(--_space) * 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  [part~='contents-heading'] {
    font-size: 1.125em;
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

  [part~='contents-list'] a {
    display: inline-block;
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
    scroll-margin-block-start: var(--_space);
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
