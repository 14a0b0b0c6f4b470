import {css} from 'lit';

export const overviewStyles = css`
  [part~='subheading'] {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
  }

  /* Who it may suit: a tinted panel of ticks, one group rather than three boxes. */
  [part~='list'] {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75) var(--_space);
    grid-template-columns: minmax(0, 1fr);
    border-radius: var(--_radius);
    background: var(--_tint);
  }

  [part~='item'] {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-start;
  }

  [part~='icon'] {
    color: var(--_accent);
  }

  @container (min-width: 40rem) {
    [part~='list'] {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media print {
    [part~='list'] {
      background: none;
      border: 1px solid;
    }

    [part~='item'] {
      break-inside: avoid;
    }
  }
`;
