import {css} from 'lit';

export const checklistStyles = css`
  [part~='group'] {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  [part~='legend'] {
    padding: 0;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  [part~='item'] {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: calc(var(--_space) * 0.75);
    align-items: start;
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part~='checkbox'] {
    /* Inputs get the UA's own colour; inherit the text colour so currentColor tokens
       (focus ring, accent) contrast on dark pages too. */
    color: inherit;
    grid-row: span 2;
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  [part~='label'] {
    font-weight: 700;
    cursor: pointer;
    align-self: center;
    min-block-size: max(24px, 1.5em);
  }

  [part~='item-description'] {
    grid-column: 2;
    margin-block-start: 0.25em;
  }

  [part~='footer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block-start: var(--_space);
  }

  [part~='progress'] {
    margin: 0;
    font-weight: 700;
  }

  [part~='reset'] {
    inline-size: 100%;
  }

  /* Ticks brought back from storage: said plainly, with a way to clear them. */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tint);
  }

  .notice p {
    flex: 1 1 14rem;
    margin: 0;
  }

  .print-only {
    display: none;
  }

  @container (min-width: 24rem) {
    [part~='reset'] {
      inline-size: auto;
    }
  }


  @media print {
    [part~='footer'],
    [part~='progress'],
    [part~='reset'],
    [part~='restored'] {
      display: none;
    }

    /* Lines to write on: which program, and when. */
    .print-only {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
    }

    .print-only span {
      display: flex;
      gap: 0.5em;
      flex: 1 1 12rem;
      font-weight: 700;
    }

    .print-only span::after {
      content: '';
      flex: 1;
      min-block-size: 1.75em;
      border-block-end: 1px solid;
    }

    [part~='item'] {
      break-inside: avoid;
      background: none;
    }

    /* People take the printed list to a visit: every box prints empty. */
    [part~='checkbox'] {
      appearance: none;
      border: 2px solid currentColor;
      border-radius: 2px;
      background: none;
    }
  }
`;
