import { LitElement, css, html, nothing } from 'lit';
import type { ReviewView } from '../../guide/views.js';
import { Sender } from '../sender.js';
import { shared } from '../../styles/shared.js';
import { heading } from '../heading.js';
import { backLink } from '../back-link.js';

/**
 * "Check your answers": a summary list with a Change link for each answer, which returns to
 * that question with the answer selected and comes back here afterwards.
 *
 * @csspart back-link - the Back link
 * @csspart continue-button - the "See my suggestion" button
 *
 * @tagname sf-check-answers
 */
export class SfCheckAnswers extends LitElement {
  static override properties = {
    view: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  static override styles = [
    shared,
    css`
      .summary {
        margin: 0 0 2em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1em;
        padding: 0.75em 0;
        border-bottom: 1px solid var(--_border-light);
      }
      dt {
        flex: 1 1 14em;
        font-weight: 600;
      }
      dd {
        margin: 0;
        flex: 1 1 10em;
      }
      dd.actions {
        flex: 0 0 auto;
        text-align: end;
      }
    `,
  ];

  /** What the page shows, from `selectReviewView`. */
  view?: ReviewView;
  headingLevel = 2;

  private readonly actor = new Sender(this);

  focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]');
  }

  override render() {
    if (!this.view) return nothing;
    const { labels: l, rows } = this.view;
    return html`
      ${backLink(l.back, () => this.actor.send({ type: 'nav.back' }))}
      ${heading(this.headingLevel, l.checkTitle, { className: 'heading heading-l', focusable: true })}
      <dl class="summary">
        ${rows.map(
          (row) => html`
            <div class="row">
              <dt>${row.question.question}</dt>
              <dd>${row.label}</dd>
              <dd class="actions">
                <button
                  class="link-button"
                  type="button"
                  @click=${() => this.actor.send({ type: 'answer.change', questionId: row.question.id })}
                >
                  ${l.change}<span class="visually-hidden"> ${row.question.question}</span>
                </button>
              </dd>
            </div>
          `,
        )}
      </dl>
      <button
        class="button"
        part="continue-button"
        type="button"
        @click=${() => this.actor.send({ type: 'nav.continue' })}
      >
        ${l.checkSubmit}
      </button>
    `;
  }
}
