import { css } from 'lit';

/**
 * Design tokens. Hosts theme the widget only through these `--sf-*` properties (and the
 * documented parts). Defaults follow the NHS identity and NHS.UK frontend.
 */
export const tokens = css`
  :host {
    --_blue: var(--sf-color-brand, #005eb8);
    --_text: var(--sf-color-text, #212b32);
    --_text-secondary: var(--sf-color-text-secondary, #4c6272);
    --_link: var(--sf-color-link, #005eb8);
    --_link-visited: var(--sf-color-link-visited, #330072);
    --_link-hover: var(--sf-color-link-hover, #7c2855);
    --_focus: var(--sf-color-focus, #ffeb3b);
    --_focus-text: var(--sf-color-focus-text, #212b32);
    --_error: var(--sf-color-error, #d5281b);
    --_button: var(--sf-color-button, #007f3b);
    --_button-shadow: var(--sf-color-button-shadow, #00401e);
    --_button-secondary: var(--sf-color-button-secondary, #4c6272);
    --_border: var(--sf-color-border, #4c6272);
    --_border-light: var(--sf-color-border-light, #d8dde0);
    --_surface: var(--sf-color-surface, #ffffff);
    --_surface-muted: var(--sf-color-surface-muted, #f0f4f5);
    --_font: var(--sf-font-family, Frutiger W01, Arial, sans-serif);
    --_radius: var(--sf-radius, 4px);
  }
`;

/**
 * The root resets every inherited property, so the intranet page's own font, size, colour,
 * line-height and alignment cannot leak through the shadow root. Text never drops below 16px,
 * even when the host sets html { font-size: 62.5% }.
 *
 * The page's own rules about the element itself beat these unless they are important, so a
 * page with `* { all: unset }` (or `support-finder { font-size: 10px }`) would otherwise set the
 * size of all the text inside. Those that decide how text reads are marked important; hosts
 * theme them through the documented `--sf-*` properties instead.
 */
export const hostReset = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    font-family: var(--_font) !important;
    font-size: max(var(--sf-font-size, 1rem), 16px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
    background: var(--_surface);
    max-width: var(--sf-max-width, 44em);
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100% !important;
  }
  /* NHS.UK frontend sets body text at 19px from the tablet breakpoint (641px) up. */
  @media (min-width: 40.0625em) {
    :host {
      font-size: max(var(--sf-font-size, 1.1875rem), 19px) !important;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
`;
