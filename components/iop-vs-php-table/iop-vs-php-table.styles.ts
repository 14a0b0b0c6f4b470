import {css} from 'lit';

/**
 * Wide container: a normal table (one row per level of care). Narrower container (below
 * 64em, where nine columns would wrap short values onto three lines and more): each row becomes a card, the column headers are hidden visually only, and each
 * cell shows its criterion name (`cell-label`, `aria-hidden` because the explicit ARIA
 * roles keep the real column header associated for screen readers).
 */
export const vsPhpTableStyles = css`
  /* Only scrolls if a large font or a long translation outgrows a wide container. */
  .scroll {
    overflow-x: auto;
  }

  [part~='table'] {
    position: relative;
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  [part~='caption'] {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--_space) * 0.5);
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
    hyphens: auto;
  }

  [part~='column-header'] {
    vertical-align: bottom;
    border-block-end: 3px solid var(--_accent);
  }

  [part~='row-header'] {
    background: var(--_surface);
  }

  [part~='asam'] {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }

  [part~='cell-label'] {
    display: none;
  }

  [part~='note'] {
    font-size: 0.875em;
    margin-block: calc(var(--_space) * 0.5) 0;
  }

  /* Narrow container: one card per level of care; side by side when two fit. */
  @container (width < 64em) {
    [part~='table'],
    [part~='caption'],
    [part~='row-header'],
    [part~='cell'] {
      display: block;
    }

    [part~='table'] {
      font-size: 1em;
    }

    /* Hidden visually only: screen readers still find the column headers. */
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    tbody {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      column-gap: calc(var(--_space) * 0.75);
    }

    /* Each card spans the eight grid rows of its level; subgrid lines criteria up across cards. */
    [part~='row'] {
      display: grid;
      grid-row: span 8;
      grid-template-rows: subgrid;
      align-content: start;
      margin-block-end: calc(var(--_space) * 0.75);
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-block-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    [part~='row-header'],
    [part~='cell'] {
      border: 0;
      padding: 0;
      background: none;
    }

    [part~='row-header'] {
      font-family: var(--iop-heading-font-family, inherit);
      color: var(--iop-heading-color, inherit);
      font-size: 1.125em;
      line-height: 1.3;
      padding-block-end: calc(var(--_space) * 0.5);
    }

    [part~='cell'] {
      padding-block: calc(var(--_space) * 0.5);
      border-block-start: 1px solid var(--_border);
    }

    [part~='cell-label'] {
      display: block;
      font-size: 0.875em;
      font-weight: 700;
    }
  }

  @media (forced-colors: active) {
    [part~='column-header'],
    [part~='row'] {
      border-color: CanvasText;
    }
  }

  @media print {
    [part~='row'] {
      break-inside: avoid;
    }

    [part~='column-header'],
    [part~='row-header'],
    [part~='row'] {
      background: none;
    }
  }
`;
