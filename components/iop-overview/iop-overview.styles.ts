import {css} from 'lit';

export const overviewStyles = css`
  [part~='subheading'] {
    font-family: var(--iop-heading-font-family, inherit);
    font-size: 1.2em;
    line-height: 1.25;
    margin-block: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
  }

  [part~='list'] {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    grid-template-columns: minmax(0, 1fr);
  }

  [part~='item'] {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-start;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
    [part~='item'] {
      break-inside: avoid;
      background: none;
    }
  }
`;
