import {css} from 'lit';

/**
 * Shared base styles and the `--iop-*` design tokens.
 *
 * Colours are derived from the inherited text colour (`currentColor`) so a widget looks
 * right on light and dark sites alike and keeps its contrast with no configuration: the
 * default accent is a calm blue-teal mixed with the text colour (dark on light pages,
 * light on dark pages; at least 4.5:1 on white and on #111). Clinics override tokens.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    margin-block: var(--iop-block-margin, 2rem);
    font-family: var(--iop-font-family, inherit);
    color: var(--iop-color-text, inherit);
    line-height: var(--iop-line-height, 1.5);
    text-align: start;
    --_space: var(--iop-space, 1rem);
    --_radius: var(--iop-radius, 0.5rem);
    --_accent: var(--iop-color-accent, color-mix(in oklab, #2a7a9b 65%, currentColor));
    --_border: var(--iop-color-border, color-mix(in srgb, currentColor 20%, transparent));
    --_control: var(--iop-color-control-border, color-mix(in srgb, currentColor 60%, transparent));
    --_surface: var(--iop-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_tint: color-mix(in srgb, var(--_accent) 10%, transparent);
    --_focus: var(--iop-color-focus, currentColor);
  }


  /* Stacked widgets breathe; the first and last in a box sit flush (override with margin). */
  :host(:first-child) {
    margin-block-start: 0;
  }

  :host(:last-child) {
    margin-block-end: 0;
  }

  /* Page CSS such as "* { line-height: 1 !important }" reaches the host element but not
     the wrapper inside the shadow root. */
  [part~='base'] {
    line-height: var(--iop-line-height, 1.5);
  }

  /* Read by screen readers, not shown (e.g. which program a "website" link belongs to). */
  .visually-hidden,
  :host([hide-heading]) #heading {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
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

  /* Headings scale with their level, relative to the page's text size. */
  h2 {
    --_size: 1.5em;
  }

  h3 {
    --_size: 1.25em;
  }

  h4 {
    --_size: 1.125em;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--_size, 1em);
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  .card-title,
  caption,
  legend {
    font-family: var(--iop-heading-font-family, inherit);
    color: var(--iop-heading-color, inherit);
  }

  #heading {
    font-size: var(--iop-heading-font-size, var(--_size, 1em));
  }

  p {
    margin-block: 0 var(--_space);
  }

  .sources {
    font-size: 0.875em;
    margin-block: calc(var(--_space) * 1.25) 0;
  }

  .disclaimer {
    font-size: 0.875em;
    margin-block: 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .disclaimer p {
    margin-block: 0 calc(var(--_space) * 0.25);
  }

  .disclaimer p:last-child {
    margin: 0;
  }

  /* A 24 px target floor even where the page shrinks its root font. */
  .sources a,
  .disclaimer a {
    display: inline-block;
    min-block-size: 24px;
  }

  a {
    color: var(--iop-color-link, var(--_accent));
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  .sources a {
    color: var(--iop-color-link, inherit);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Controls: a border of their own of at least 3:1 on light and dark pages (WCAG 1.4.11).
     The main action (.primary) is outlined in the accent, and filled where the browser can
     pick the text colour for the fill (relative colours, below). Its own colour stays the
     text colour the accent is mixed from; its children take the colour that suits the fill. */
  .control,
  .primary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 700;
    color: inherit;
    background: transparent;
    border: 2px solid var(--_control);
    border-radius: var(--_radius);
    text-decoration: none;
    cursor: pointer;
  }

  .control:hover,
  .primary:hover {
    background: var(--_surface);
    text-decoration-line: underline;
  }

  /* Focus drawn inside, clear of the border (a ring on a border of its own colour barely shows). */
  .control:focus-visible,
  .primary:focus-visible {
    outline-offset: -7px;
  }

  .primary {
    gap: 0.75em;
    min-block-size: 3rem;
    padding-inline: 1.25em;
    border-color: var(--_accent);
  }

  @supports (color: oklch(from red l c h)) {
    :host {
      /* Text on the fill: white on a dark accent, black on a light one. */
      --_on-accent: var(--iop-color-on-accent, oklch(from var(--_accent) calc((0.62 - l) * 1000) 0 0));
    }

    .primary {
      background: var(--_accent);
      text-decoration-color: var(--_on-accent);
      --_focus: var(--iop-color-focus, var(--_on-accent));
    }

    .primary > * {
      color: var(--_on-accent);
    }
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

    .control,
    .primary {
      border-color: ButtonText;
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

    /* Keep headings, captions, legends and intros with what follows. */
    h2,
    h3,
    h4,
    h5,
    h6,
    caption,
    legend,
    [part~='intro'] {
      break-after: avoid;
      break-inside: avoid;
    }

    .primary {
      background: none;
    }

    .primary > * {
      color: inherit;
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
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card > svg {
    box-sizing: content-box;
    padding: 0.35em;
    border-radius: 50%;
    color: var(--_accent);
    background: var(--_tint);
  }

  .card-title {
    display: block;
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.3;
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
