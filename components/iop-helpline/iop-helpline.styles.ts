import {css} from 'lit';

export const helplineStyles = css`
  /* The main action: a big, calm, button-like link, full width on a narrow column. */
  [part~='call'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    inline-size: 100%;
    min-block-size: max(24px, 3.5rem);
    padding: 0.75em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  [part~='call']:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }

  [part~='call'] [part~='icon'] {
    color: var(--_accent);
    inline-size: 1.75em;
    block-size: 1.75em;
  }

  [part~='call-label'] {
    display: block;
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  [part~='number'] {
    display: block;
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  [part~='hours-label'] {
    font-weight: 700;
  }

  [part~='tty'] a {
    display: inline-block;
    min-block-size: 24px;
  }

  [part~='crisis'] {
    margin-block-start: calc(var(--_space) * 1.25);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_border);
  }

  [part~='crisis'] p {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  [part~='crisis-links'] {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  [part~='crisis-link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: max(24px, 2.75rem);
    min-inline-size: max(24px, 2.75rem);
    padding-inline: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 700;
  }

  [part~='emergency'] {
    margin-block-end: 0;
  }

  @container (min-width: 30rem) {
    [part~='call'] {
      display: inline-flex;
      inline-size: auto;
      min-inline-size: 20rem;
    }
  }

  @media (forced-colors: active) {
    [part~='call'],
    [part~='crisis-link'] {
      border-color: LinkText;
    }
  }

  @media print {
    [part~='call'] {
      background: none;
    }
  }

  /* Full-width control: draw the focus ring inside, so a parent's overflow: hidden can't clip it. */
  [part~='call']:focus-visible {
    outline-offset: -3px;
  }
`;
