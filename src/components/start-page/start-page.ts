import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Rich } from '../../content/schema.js';
import { SfActionEvent } from '../../events/events.js';
import { shared } from '../../styles/shared.js';
import { heading } from '../heading.js';
import { renderRich } from '../rich-text/rich-text.js';
import { styles } from './start-page.styles.js';

/**
 * The start page: what the guide is, how long it takes, and the privacy promise.
 *
 * @fires sf-action - internal: asks the journey to start (does not leave the widget)
 * @csspart start-button - the "Start now" button
 *
 * @tagname sf-start-page
 */
export class SfStartPage extends LitElement {
  static override styles = [shared, styles];

  @property() heading = '';
  @property({ attribute: false }) intro: Rich = [];
  @property() privacy = '';
  @property({ attribute: 'start-label' }) startLabel = 'Start now';
  @property({ attribute: 'new-tab-label' }) newTabLabel = '(opens in a new tab)';
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Moves focus to the page heading, so a screen reader starts reading the new page there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }

  override render() {
    return html`
      ${heading(this.headingLevel, this.heading, { className: 'heading heading-l', focusable: true })}
      ${renderRich(this.intro, { headingLevel: this.headingLevel + 1, newTab: this.newTabLabel })}
      <p class="privacy">${this.privacy}</p>
      <button class="button start" part="start-button" type="button" @click=${this.start}>
        ${this.startLabel}<svg
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

  private start(): void {
    this.dispatchEvent(new SfActionEvent({ type: 'guide.start' }));
  }
}
