import {css} from 'lit';

export const benefitsStyles = css`
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: minmax(0, 1fr);
  }

  [part~='item'] {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part~='icon'] {
    color: var(--_accent);
    margin-block-start: 0.1em;
  }

  [part~='item-title'] {
    display: block;
    font-weight: 700;
  }

  [part~='item-description'] {
    display: block;
    margin-block-start: 0.25em;
  }

  @container (min-width: 36rem) {
    [part~='list'] {
      grid-template-columns: repeat(var(--iop-columns, 2), minmax(0, 1fr));
    }
  }

  @media print {
    [part~='item'] {
      break-inside: avoid;
      background: none;
    }
  }
`;
