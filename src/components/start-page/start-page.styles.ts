import { css } from 'lit';

export const styles = css`
  .privacy {
    padding: 0.75em 1em;
    border-inline-start: 8px solid var(--_blue);
    background: var(--_surface-muted);
  }
  .start {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-size: 1.125em;
  }
  .chevron {
    fill: currentColor;
  }
`;
