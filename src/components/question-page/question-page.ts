import { LitElement, html, nothing } from 'lit';
import type { QuestionView } from '../../guide/views.js';
import { shared } from '../../styles/shared.js';
import { heading } from '../heading.js';
import { backLink } from '../back-link.js';
import { Sender } from '../sender.js';
import { styles } from './question-page.styles.js';

/**
 * One question per page (GOV.UK / NHS.UK question-page pattern): back link, the question as both
 * legend and heading with the progress inside the legend, native radios, Continue, and the
 * error summary.
 *
 * @csspart continue-button - the Continue button
 * @csspart back-link - the Back link
 *
 * @tagname sf-question-page
 */
export class SfQuestionPage extends LitElement {
  static override styles = [shared, styles];
  static override properties = {
    view: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    idPrefix: { attribute: 'id-prefix' },
  };

  /** What the page shows, from `selectQuestionView`. */
  view?: QuestionView;
  headingLevel = 2;
  /** Unique per widget instance, so two widgets on a page never share ids or radio groups. */
  idPrefix = 'sf';

  private readonly actor = new Sender(this);

  private ref(part: string): string {
    return `${this.idPrefix}-${this.view?.question.id ?? 'q'}-${part}`;
  }

  /** The question heading: focused after Continue or Back, and read once, as the new page. */
  focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.ref('heading'))}`);
  }

  /** The error summary, which GOV.UK's pattern focuses and announces as an alert. */
  focusError(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.error-summary');
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const { question: q, labels: l } = v;
    const describedBy = [q.hint ? this.ref('hint') : '', v.invalid ? this.ref('error') : ''].filter(Boolean).join(' ');
    return html`
      ${backLink(l.back, () => this.actor.send({ type: 'nav.back' }))}
      ${v.invalid ? this.renderErrorSummary() : nothing}
      <form novalidate @submit=${this.submit}>
        <div class="form-group ${v.invalid ? 'form-group--error' : ''}">
          <fieldset aria-describedby=${describedBy || nothing}>
            <legend>
              ${v.progress ? html`<span class="progress hint" id=${this.ref('progress')}>${v.progress}</span>` : nothing}
              ${heading(this.headingLevel, q.question, {
                className: 'heading heading-l',
                id: this.ref('heading'),
                focusable: true,
                describedBy: v.progress ? this.ref('progress') : undefined,
              })}
            </legend>
            ${q.hint ? html`<div class="hint" id=${this.ref('hint')}>${q.hint}</div>` : nothing}
            ${v.invalid ? html`<p class="error-message" id=${this.ref('error')}><span class="visually-hidden">${l.errorPrefix}</span> ${q.error}</p>` : nothing}
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
                      .checked=${v.selected === o.id}
                      aria-describedby=${o.hint ? this.ref(`option-${i}-hint`) : nothing}
                      @change=${() => this.actor.send({ type: 'answer.select', optionId: o.id })}
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

  private renderErrorSummary() {
    const { question: q, labels: l } = this.view!;
    return html`
      <div class="error-summary" tabindex="-1" aria-labelledby=${this.ref('error-title')}>
        <div role="alert">
          ${heading(this.headingLevel, l.errorSummaryTitle, { className: 'error-summary__title', id: this.ref('error-title') })}
          <ul class="error-summary__list">
            <li><a href=${`#${this.ref('option-0')}`} @click=${this.focusFirstOption}>${q.error}</a></li>
          </ul>
        </div>
      </div>
    `;
  }

  /** An href="#id" cannot reach into a shadow root, so the link moves focus itself. */
  private focusFirstOption(event: Event): void {
    event.preventDefault();
    const first = this.renderRoot.querySelector<HTMLInputElement>('.radio__input');
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.actor.send({ type: 'nav.continue' });
  }
}
