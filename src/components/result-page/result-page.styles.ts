import { css } from 'lit';

export const styles = css`
  .panel {
    margin-bottom: 1.5em;
    padding: 1.25em 1.5em 0.5em;
    border: 1px solid var(--_border-light);
    border-top: 8px solid var(--_blue);
    background: var(--_surface);
  }
  .summary {
    font-size: 1.125em;
  }
  .first-step ul {
    list-style: none;
    padding: 0;
  }
  .also {
    padding: 1em 1.25em 0.25em;
    margin-bottom: 1.5em;
    background: var(--_surface-muted);
  }
  .wellbeing {
    margin: 1.5em 0;
    padding: 1em 1.25em 0.25em;
    border-inline-start: 8px solid var(--_blue);
    background: var(--_surface-muted);
  }
  details {
    margin-bottom: 1em;
  }
  summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
    margin-bottom: 0.75em;
  }
  .answers dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border-light);
  }
  .answers dt {
    flex: 1 1 14em;
    font-weight: 600;
  }
  .answers dd {
    flex: 1 1 10em;
    margin: 0;
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-top: 2em;
  }
  /* NHS.UK frontend's checkbox: a 40px box, whatever the text size. */
  .checkbox input {
    flex: 0 0 auto;
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_text);
  }
  .checkbox input:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions {
    margin-top: 2em;
  }
  /* Below the fold when the result opens: laid out only when scrolled near, so the heading can
     take focus and paint sooner. "auto" keeps the size last laid out. */
  .later {
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  /* Holds the place of the rest of the page for the one frame before it renders. A fixed
     height, not the viewport's: in the iframe embed the viewport is the frame, which grows
     with its content. */
  .pending {
    min-height: 40em;
  }
  @media print {
    .later {
      content-visibility: visible;
    }
    .panel {
      border-color: #000;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
