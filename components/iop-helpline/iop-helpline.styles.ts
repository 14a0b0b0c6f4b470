import {css} from 'lit';

export const helplineStyles = css`
  /* The main action: a filled button (see .primary), full width on a narrow column. */
  [part~='call'] {
    inline-size: 100%;
    min-block-size: max(24px, 3.5rem);
    overflow-wrap: anywhere;
  }

  [part~='call'] [part~='icon'] {
    inline-size: 1.75em;
    block-size: 1.75em;
  }

  [part~='call-label'] {
    display: block;
  }

  [part~='number'] {
    display: block;
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }

  [part~='hours-label'] {
    font-weight: 700;
  }

  [part~='tty'] a {
    display: inline-block;
    min-block-size: 24px;
  }

  /* Clearly there, not alarming: a tinted box with an accent edge. */
  [part~='crisis'] {
    margin-block-start: calc(var(--_space) * 1.25);
    padding: var(--_space);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tint);
  }

  [part~='crisis'] p {
    margin-block-end: calc(var(--_space) * 0.75);
  }

  [part~='crisis'] > p:first-child {
    font-weight: 700;
  }

  [part~='crisis-links'] {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  [part~='crisis-link'] {
    min-inline-size: max(24px, 2.75rem);
    color: inherit;
  }

  [part~='emergency'] {
    margin-block-end: 0;
  }

  @container (min-width: 30rem) {
    [part~='call'] {
      inline-size: auto;
      min-inline-size: 20rem;
    }
  }

  @media (forced-colors: active) {
    [part~='call'],
    [part~='crisis-link'] {
      border-color: LinkText;
    }

    [part~='crisis'] {
      border: 2px solid CanvasText;
    }
  }

  @media print {
    [part~='crisis'] {
      background: none;
      border: 2px solid;
    }
  }
`;
