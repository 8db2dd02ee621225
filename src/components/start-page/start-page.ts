import { LitElement, html, nothing } from 'lit';
import type { StartView } from '../../guide/views.js';
import { shared } from '../../styles/shared.js';
import { heading } from '../heading.js';
import { renderRich } from '../rich-text/rich-text.js';
import { Sender } from '../sender.js';
import { styles } from './start-page.styles.js';

/**
 * The start page: what the guide is, how long it takes, and the privacy promise.
 *
 * @csspart start-button - the "Start now" button
 *
 * @tagname sf-start-page
 */
export class SfStartPage extends LitElement {
  static override styles = [shared, styles];
  static override properties = {
    view: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** What the page shows, from `selectStartView`. */
  view?: StartView;
  headingLevel = 2;

  private readonly actor = new Sender(this);

  /** Moves focus to the page heading, so a screen reader starts reading the new page there. */
  focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]');
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    return html`
      ${heading(this.headingLevel, v.title, { className: 'heading heading-l', focusable: true })}
      ${renderRich(v.intro, { headingLevel: this.headingLevel + 1, newTab: v.labels.newTab })}
      <p class="privacy">${v.privacy}</p>
      <button
        class="button start"
        part="start-button"
        type="button"
        @click=${() => this.actor.send({ type: 'guide.start' })}
      >
        ${v.labels.start}<svg
          class="chevron"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="24"
          height="24"
        >
          <path
            d="M15.5 12a1 1 0 0 1-.29.71l-5 5a1 1 0 0 1-1.42-1.42l4.3-4.29-4.3-4.29a1 1 0 0 1 1.42-1.42l5 5a1 1 0 0 1 .29.71z"
          ></path>
        </svg>
      </button>
    `;
  }
}
