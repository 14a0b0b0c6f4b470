import {css} from 'lit';

/**
 * Shared base styles and the `--iop-*` design tokens.
 *
 * Colours are derived from the inherited text colour (`currentColor`) so a widget looks
 * right on light and dark sites alike and keeps its contrast; clinics override tokens.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--iop-font-family, inherit);
    color: var(--iop-color-text, inherit);
    line-height: var(--iop-line-height, 1.5);
    text-align: start;
    --_space: var(--iop-space, 1rem);
    --_radius: var(--iop-radius, 0.5rem);
    --_accent: var(--iop-color-accent, currentColor);
    --_border: var(--iop-color-border, color-mix(in srgb, currentColor 35%, transparent));
    --_surface: var(--iop-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_focus: var(--iop-color-focus, currentColor);
  }

  /* Page CSS such as "* { line-height: 1 !important }" reaches the host element but not
     the wrapper inside the shadow root. */
  [part~='base'] {
    line-height: var(--iop-line-height, 1.5);
  }

  /* Read by screen readers, not shown (e.g. which program a "website" link belongs to). */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [part~='heading'] {
    font-family: var(--iop-heading-font-family, inherit);
    font-size: var(--iop-heading-font-size, 1.5em);
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  p {
    margin-block: 0 var(--_space);
  }

  .sources {
    font-size: 0.875em;
    margin-block: calc(var(--_space) * 0.75) 0;
  }

  .disclaimer {
    font-size: 0.875em;
    margin-block: var(--_space) 0;
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }

  /* A 24 px target floor even where the page shrinks its root font. */
  .sources a {
    display: inline-block;
    min-block-size: 24px;
  }

  a {
    color: var(--iop-color-link, inherit);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  svg {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :host([dir='rtl']) svg.directional {
    transform: scaleX(-1);
  }

  @media (forced-colors: active) {
    svg {
      stroke: CanvasText;
    }
  }

  @media print {
    /* Dark sites' light text would vanish on paper; ::part(base) can still override. */
    [part~='base'] {
      color: #000;
    }

    .sources a::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * Cards: the list of `cardList()` (services, benefits, places to ask) and the find guide's
 * resource cards. One column in a narrow container; `--iop-columns` (default 2) from 36rem.
 */
export const cardListStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: minmax(0, 1fr);
  }

  .card {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card > svg {
    color: var(--_accent);
    margin-block-start: 0.1em;
  }

  .card-title {
    display: block;
    font-weight: 700;
  }

  .card-description {
    display: block;
    margin-block-start: 0.25em;
  }

  @container (min-width: 36rem) {
    .cards {
      grid-template-columns: repeat(var(--iop-columns, 2), minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
      background: none;
    }
  }
`;
