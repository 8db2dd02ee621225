import { css } from 'lit';

/**
 * Shared styles for every inner element: headings, text, links, buttons and the NHS.UK focus
 * style. Adopted once per shadow root; the same CSSStyleSheet object is shared, not copied.
 */
export const shared = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  .heading {
    font-weight: 600;
    line-height: 1.25;
    margin: 0 0 0.75em;
    color: var(--_text);
  }
  .heading-l {
    font-size: 1.75em;
  }
  .heading-m {
    font-size: 1.375em;
  }
  .heading-s {
    font-size: 1.125em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  /* Room above a focused heading, so a sticky host header never covers it (WCAG 2.4.11). */
  [tabindex='-1'],
  input,
  button,
  a,
  select,
  summary {
    scroll-margin-top: var(--sf-scroll-offset, 6em);
    scroll-margin-bottom: 2em;
  }
  p,
  ul,
  ol {
    margin: 0 0 1em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li {
    margin-bottom: 0.25em;
  }
  .hint,
  .secondary {
    color: var(--_text-secondary);
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  summary:focus-visible,
  .link-button:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .button {
    display: inline-block;
    min-height: 2.75em;
    margin: 0 0.75em 1.5em 0;
    padding: 0.625em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 4px 0 var(--_button-shadow);
    background: var(--_button);
    color: #fff;
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    -webkit-appearance: none;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_button) 80%, #000);
  }
  .button:active {
    top: 4px;
    box-shadow: none;
    transform: translateY(4px);
  }
  .button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_button-secondary);
    box-shadow: 0 4px 0 var(--_button-secondary);
  }
  .button.secondary:hover {
    background: var(--_surface-muted);
  }
  .button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .link-button {
    display: inline-block;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .back-link {
    display: inline-flex;
    align-items: center;
    margin-bottom: 1em;
  }
  .back-link svg {
    width: 1.5em;
    height: 1.5em;
    margin-inline-start: -0.5em;
    fill: currentColor;
  }
  .link-button:hover {
    color: var(--_link-hover);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
    }
    a:focus-visible,
    .button:focus-visible,
    .link-button:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
  @media print {
    .button,
    .link-button,
    .no-print {
      display: none !important;
    }
  }
`;
