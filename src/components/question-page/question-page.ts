import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Labels, Question } from '../../content/schema.js';
import type { Progress } from '../../guide/flow.js';
import { SfActionEvent } from '../../events/events.js';
import { shared } from '../../styles/shared.js';
import { format } from '../format.js';
import { heading } from '../heading.js';
import { backLink } from '../back-link.js';
import { styles } from './question-page.styles.js';

/**
 * One question per page (GOV.UK / NHS.UK question-page pattern): back link, progress, the
 * question as both legend and heading, native radios, Continue, and the error summary.
 *
 * @fires sf-action - internal: answer.select, nav.continue, nav.back (does not leave the widget)
 * @csspart continue-button - the Continue button
 * @csspart back-link - the Back link
 *
 * @tagname sf-question-page
 */
export class SfQuestionPage extends LitElement {
  static override styles = [shared, styles];

  @property({ attribute: false }) question?: Question;
  @property({ attribute: false }) labels?: Labels;
  @property({ attribute: false }) progress?: Progress;
  /** The option currently chosen on this page, if any. Nothing is ever pre-selected. */
  @property() selected?: string;
  @property({ type: Boolean }) error = false;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Unique per widget instance, so two widgets on a page never share ids or radio groups. */
  @property({ attribute: 'id-prefix' }) idPrefix = 'sf';

  private ref(part: string): string {
    return `${this.idPrefix}-${this.question?.id ?? 'q'}-${part}`;
  }

  /** Moves focus to the question heading after Continue or Back (read once, as the new page). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.ref('heading'))}`)?.focus();
  }

  /** Moves focus to the error summary, which GOV.UK's pattern announces as an alert. */
  focusError(): void {
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  override render() {
    const q = this.question;
    const l = this.labels;
    if (!q || !l) return nothing;
    const describedBy = [q.hint ? this.ref('hint') : '', this.error ? this.ref('error') : ''].filter(Boolean).join(' ');
    const p = this.progress;
    return html`
      ${backLink(l.back, () => this.back())} ${this.error ? this.renderErrorSummary(q.error, l) : nothing}
      <form novalidate @submit=${this.submit}>
        ${p ? html`<p class="progress hint">${format(p.exact ? l.progress : l.progressAbout, { current: p.current, total: p.total })}</p>` : nothing}
        <div class="form-group ${this.error ? 'form-group--error' : ''}">
          <fieldset aria-describedby=${describedBy || nothing}>
            <legend>
              ${heading(this.headingLevel, q.question, { className: 'heading heading-l', id: this.ref('heading'), focusable: true })}
            </legend>
            ${q.hint ? html`<div class="hint" id=${this.ref('hint')}>${q.hint}</div>` : nothing}
            ${this.error ? html`<p class="error-message" id=${this.ref('error')}><span class="visually-hidden">${l.errorPrefix}</span> ${q.error}</p>` : nothing}
            <div class="radios">
              ${q.options.map(
                (o, i) => html`
                  <div class="radio">
                    <input
                      class="radio__input"
                      type="radio"
                      id=${this.ref(`option-${i}`)}
                      name=${this.ref('answer')}
                      value=${o.id}
                      .checked=${this.selected === o.id}
                      aria-describedby=${o.hint ? this.ref(`option-${i}-hint`) : nothing}
                      @change=${() => this.select(o.id)}
                    />
                    <label class="radio__label" for=${this.ref(`option-${i}`)}>${o.label}</label>
                    ${o.hint ? html`<div class="hint radio__hint" id=${this.ref(`option-${i}-hint`)}>${o.hint}</div>` : nothing}
                  </div>
                `,
              )}
            </div>
          </fieldset>
        </div>
        <button class="button" part="continue-button" type="submit">${l.continue}</button>
      </form>
    `;
  }

  private renderErrorSummary(message: string, l: Labels) {
    return html`
      <div class="error-summary" tabindex="-1" aria-labelledby=${this.ref('error-title')}>
        <div role="alert">
          <h2 class="error-summary__title" id=${this.ref('error-title')}>${l.errorSummaryTitle}</h2>
          <ul class="error-summary__list">
            <li><a href=${`#${this.ref('option-0')}`} @click=${this.focusFirstOption}>${message}</a></li>
          </ul>
        </div>
      </div>
    `;
  }

  /** An href="#id" cannot reach into a shadow root, so the link moves focus itself. */
  private focusFirstOption(event: Event): void {
    event.preventDefault();
    const first = this.renderRoot.querySelector<HTMLInputElement>('.radio__input');
    first?.focus();
    first?.scrollIntoView({ block: 'center' });
  }

  private select(optionId: string): void {
    this.dispatchEvent(new SfActionEvent({ type: 'answer.select', optionId }));
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.dispatchEvent(new SfActionEvent({ type: 'nav.continue' }));
  }

  private back(): void {
    this.dispatchEvent(new SfActionEvent({ type: 'nav.back' }));
  }
}
