import {css} from 'lit';

export const scheduleStyles = css`
  [part~='picture'] {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 700;
  }

  .example .caption {
    justify-content: flex-start;
    gap: calc(var(--_space) * 0.5);
  }

  .hours {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  svg {
    color: var(--_accent);
  }

  .caption svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .weeks {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
  }

  /* A picture, not buttons: flat tinted tiles without borders. */
  .box {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.9rem;
    block-size: 1.9rem;
    padding-inline: 0.2rem;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    border: 2px solid transparent;
    border-radius: 2px;
    background: color-mix(in srgb, var(--_accent) 28%, transparent);
  }

  .box.gap {
    border-color: transparent;
    background: none;
  }

  .box.more {
    border: 2px dashed var(--_border);
    background: none;
  }

  .box.more svg {
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }

  .more-label {
    font-size: 0.85em;
    margin-inline-start: 0.2rem;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    align-items: center;
    gap: 0.3rem;
    font-size: 0.85em;
  }

  .weekday {
    text-align: center;
    overflow-wrap: anywhere;
  }

  /* Short names ("Mon") where there is room; narrow ones ("M") in a narrow container. */
  .weekday .wide {
    display: none;
  }

  @container (min-width: 36rem) {
    .weekday .wide {
      display: inline;
    }

    .weekday .narrow {
      display: none;
    }
  }

  .corner {
    display: none;
  }

  .track {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 0.3em;
    padding-inline-end: 0.3rem;
    overflow-wrap: anywhere;
  }

  .track svg {
    inline-size: 1.2em;
    block-size: 1.2em;
  }

  .cell {
    display: grid;
    place-items: center;
    block-size: 2rem;
    border-radius: 2px;
    background: var(--_surface);
  }

  .session {
    border: 0;
    background: color-mix(in srgb, var(--_accent) 28%, transparent);
  }

  .session svg {
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }

  .or {
    grid-column: 1 / -1;
    text-align: center;
    font-style: italic;
  }

  [part~='facts'] {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  @container (min-width: 36rem) {
    [part~='picture'] {
      padding: var(--_space);
    }

    .grid {
      grid-template-columns: minmax(0, auto) repeat(7, minmax(0, 1fr));
      gap: 0.4rem;
      font-size: 1em;
    }

    .corner {
      display: block;
    }

    .track {
      grid-column: auto;
    }

    .box {
      min-inline-size: 2.25rem;
      block-size: 2.25rem;
    }

    .cell {
      block-size: 2.5rem;
    }
  }

  @media (forced-colors: active) {
    .box:not(.gap),
    .session {
      border-color: CanvasText;
    }

    .box:not(.gap, .more),
    .session {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .session svg {
      stroke: HighlightText;
    }

    .cell:not(.session) {
      border: 1px dashed GrayText;
    }
  }

  @media print {
    [part~='picture'] {
      break-inside: avoid;
      background: none;
    }

    .box:not(.gap, .more),
    .session {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
