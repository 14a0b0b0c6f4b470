import {css} from 'lit';

export const programCardStyles = css`
  [part~='base'] {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-block-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  [part~='heading'] {
    margin-block-end: calc(var(--_space) * 0.25);
  }

  [part~='kind'] {
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_accent);
    margin-block-end: var(--_space);
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

  /* Labels take the width they need; the values start right after them. */
  [part~='facts'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  [part~='fact'] {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  [part~='label'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-weight: 700;
  }

  [part~='label'] [part~='icon'] {
    color: var(--_accent);
  }

  [part~='value'] {
    margin: 0;
    /* Lines up with the label text, after its icon. */
    padding-inline-start: calc(24px + var(--_space) * 0.5);
  }

  [part~='value'] a {
    min-block-size: 24px;
    min-inline-size: 24px;
  }

  [part~='phone'] [part~='icon'] {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* Program times and features are facts, not buttons: a list with accent dots. */
  [part~='tracks'],
  [part~='features'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  /* A hanging indent: a wrapped entry lines up after its dot. */
  [part~='track'],
  [part~='feature'] {
    padding-inline-start: 1em;
    text-indent: -1em;
  }

  [part~='track']::before,
  [part~='feature']::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.5em;
    border-radius: 50%;
    background: var(--_accent);
    vertical-align: 0.1em;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: var(--_space);
  }

  @container (min-width: 32rem) {
    [part~='facts'] {
      grid-template-columns: max-content minmax(0, 1fr);
    }

    [part~='fact'] {
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: baseline;
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
