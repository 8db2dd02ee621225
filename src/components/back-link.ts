import { html, type TemplateResult } from 'lit';

/**
 * The back link at the top of every page after the start (NHS.UK back-link look). It is a
 * button, because it acts on the widget rather than going to another address.
 */
export function backLink(label: string, onClick: () => void): TemplateResult {
  return html`<button class="link-button back-link" part="back-link" type="button" @click=${onClick}>
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
      <path
        d="M8.5 12c0-.3.1-.5.3-.7l5-5c.4-.4 1-.4 1.4 0s.4 1 0 1.4L10.9 12l4.3 4.3c.4.4.4 1 0 1.4s-1 .4-1.4 0l-5-5c-.2-.2-.3-.4-.3-.7z"
      ></path></svg
    >${label}
  </button>`;
}
