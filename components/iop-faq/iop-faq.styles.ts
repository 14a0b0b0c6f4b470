import {css} from 'lit';

export const faqStyles = css`
  [part~='list'] {
    border-block-start: 1px solid var(--_border);
  }

  [part~='item'] {
    border-block-end: 1px solid var(--_border);
  }

  [part~='item'][open] {
    background: var(--_surface);
  }

  /* Inside <details> inheritance passes through the browser's own slot, so be explicit. */
  [part~='question'],
  [part~='answer'] {
    box-sizing: border-box;
  }

  [part~='question'] {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    min-block-size: max(24px, 2.75rem);
    padding-block: calc(var(--_space) * 0.625);
    padding-inline: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }

  [part~='question']::-webkit-details-marker {
    display: none;
  }

  [part~='question']:hover span {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  /* A downward chevron that turns upward when open: the same in LTR and RTL. */
  [part~='marker'] {
    color: var(--_accent);
    margin-block-start: calc((1lh - 24px) / 2);
    transition: transform 0.15s ease-out;
  }

  [open] > summary [part~='marker'] {
    transform: rotate(180deg);
  }

  [part~='answer'] {
    padding-block: 0 calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.25 + 24px + var(--_space) * 0.5) calc(var(--_space) * 0.5);
  }

  @media (forced-colors: active) {
    [part~='item'][open] {
      background: Canvas;
    }

    [part~='question'] {
      color: ButtonText;
    }
  }

  @media print {
    [part~='marker'] {
      display: none;
    }

    [part~='item'] {
      break-inside: avoid;
      background: none;
    }

    /* Print every answer, open or not (where the browser supports ::details-content). */
    [part~='item']::details-content {
      content-visibility: visible;
    }
  }

  /* Full-width control: draw the focus ring inside, so a parent's overflow: hidden can't clip it. */
  summary:focus-visible {
    outline-offset: -3px;
  }
`;
