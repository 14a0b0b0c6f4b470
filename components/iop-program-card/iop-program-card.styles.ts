import {css} from 'lit';

export const programCardStyles = css`
  [part~='base'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  [part~='heading'] {
    margin-block-end: calc(var(--_space) * 0.25);
  }

  [part~='kind'] {
    font-size: 0.875em;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  [part~='description'] {
    margin-block-end: var(--_space);
  }

  [part~='description'] ::slotted(*) {
    margin-block: 0;
  }

  [hidden] {
    display: none !important;
  }

  [part~='facts'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }

  [part~='fact'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.125) var(--_space);
  }

  [part~='label'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-weight: 700;
  }

  [part~='icon'] {
    color: var(--_accent);
  }

  [part~='value'] {
    margin: 0;
    /* Lines up with the label text, after its icon. */
    padding-inline-start: calc(24px + var(--_space) * 0.5);
  }

  [part~='value'] a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
  }

  [part~='tracks'],
  [part~='features'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
  }

  [part~='track'] {
    padding-inline: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  [part~='features'] {
    flex-direction: column;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: var(--_space);
  }

  @container (min-width: 32rem) {
    [part~='fact'] {
      grid-template-columns: minmax(9rem, 1fr) minmax(0, 2fr);
      align-items: start;
    }

    [part~='value'] {
      padding-inline-start: 0;
    }
  }

  @media print {
    [part~='base'] {
      background: none;
      break-inside: avoid;
    }

    [part~='website']::after {
      content: ' (' attr(href) ')';
    }

    [part~='actions'] {
      display: none;
    }
  }
`;
