import {css} from 'lit';

/** Added to `cardListStyles`: spacing, the resource links and the two-up resource cards. */
export const findGuideStyles = css`
  [part~='resources'] {
    align-items: start;
  }

  [part~='list'] {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  [part~='tty'] {
    display: block;
    margin-block-start: 0.25em;
  }



  /* The two main actions look like buttons: big, easy targets on a phone. */
  [part~='link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: max(24px, 2.75rem);
    min-inline-size: max(24px, 2.75rem);
    padding-block: 0.25em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  [part~='tty'] a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.1em;
  }

  @container (min-width: 36rem) {
    [part~='resources'] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media print {
    [part~='locator-link'] {
      display: inline;
    }

    [part~='locator-link']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
