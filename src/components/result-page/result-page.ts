import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Guide, Outcome } from '../../content/schema.js';
import type { ContactGroup } from '../../contacts/select.js';
import type { Recommendation, Reason } from '../../guide/recommend.js';
import type { AnswerRow } from '../../guide/selectors.js';
import { SfActionEvent } from '../../events/events.js';
import { shared } from '../../styles/shared.js';
import { format } from '../format.js';
import { heading } from '../heading.js';
import { backLink } from '../back-link.js';
import { renderRich } from '../rich-text/rich-text.js';
import { styles } from './result-page.styles.js';

/**
 * The result: the suggested support in plain words, why, what else to consider, what to expect,
 * how to prepare, contacts, and the answers given (printed with the page).
 *
 * @fires sf-action - internal: nav.back, guide.restart, area.set (does not leave the widget)
 * @csspart result - the suggestion panel
 *
 * @tagname sf-result-page
 */
export class SfResultPage extends LitElement {
  static override styles = [shared, styles];

  @property({ attribute: false }) guide?: Guide;
  @property({ attribute: false }) recommendation?: Recommendation;
  @property({ attribute: false }) contactGroups: ContactGroup[] = [];
  @property({ attribute: false }) wellbeingGroups: ContactGroup[] = [];
  @property({ attribute: false }) rows: AnswerRow[] = [];
  @property() area?: string;
  /** Whether the person chose to keep their answers on this device. */
  @property({ type: Boolean }) remember = false;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ attribute: 'id-prefix' }) idPrefix = 'sf';
  /** Locale for dates. */
  @property() locale = 'en-GB';

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }

  private outcome(id: string | undefined): Outcome | undefined {
    return this.guide?.outcomes.find((o) => o.id === id);
  }

  override render() {
    const g = this.guide;
    const r = this.recommendation;
    const outcome = this.outcome(r?.winner.outcomeId);
    if (!g || !r || !outcome) return nothing;
    const l = g.labels;
    const h = this.headingLevel;
    const rich = { headingLevel: h + 2, newTab: l.newTab };
    const runnerUp = this.outcome(r.runnerUp?.outcomeId);
    const signpost = g.outcomes.find((o) => o.kind === 'signpost' && o.id !== outcome.id);
    return html`
      ${backLink(l.back, () => this.send({ type: 'nav.back' }))}
      <div class="panel" part="result">
        ${heading(h, format(l.resultTitle, { outcome: outcome.title }), { className: 'heading heading-l', focusable: true })}
        <p class="summary">${outcome.summary}</p>
      </div>
      ${r.clear ? nothing : html`<p>${l.noClearWinner}</p>`} ${this.renderReasons(l.whyTitle, r.winner.for, r.unsure)}
      ${r.winner.against.length ? this.renderReasons(l.againstTitle, r.winner.against, []) : nothing}
      ${
        runnerUp
          ? html`<section class="also">
              ${heading(h + 1, format(l.alsoConsider, { outcome: runnerUp.title }), 'heading heading-s')}
              <p>${runnerUp.summary}</p>
            </section>`
          : nothing
      }
      ${outcome.sections.map(
        (s) =>
          html`<section>
            ${s.heading ? heading(h + 1, s.heading, 'heading heading-m') : nothing}${renderRich(s.body, rich)}
          </section>`,
      )}
      ${
        signpost
          ? html`<div class="wellbeing">
              <p>${l.wellbeingNote}</p>
              <details>
                <summary>${l.wellbeingLink}</summary>
                <p>${signpost.summary}</p>
                <sf-contact-list
                  .groups=${this.wellbeingGroups}
                  .labels=${l}
                  heading-level=${h + 1}
                  id-prefix=${`${this.idPrefix}-wellbeing`}
                  locale=${this.locale}
                ></sf-contact-list>
              </details>
            </div>`
          : nothing
      }
      <sf-contact-list
        .groups=${this.contactGroups}
        .labels=${l}
        .areas=${g.areas}
        .outcomeTitles=${Object.fromEntries(g.outcomes.map((o) => [o.id, o.title]))}
        area=${this.area ?? ''}
        heading-level=${h + 1}
        id-prefix=${this.idPrefix}
        locale=${this.locale}
      ></sf-contact-list>
      ${
        this.rows.length
          ? html`<section class="answers">
              ${heading(h + 1, l.yourAnswers, 'heading heading-m')}
              <dl>
                ${this.rows.map(
                  (row) =>
                    html`<div>
                      <dt>${row.question.question}</dt>
                      <dd>${row.label}</dd>
                    </div>`,
                )}
              </dl>
            </section>`
          : nothing
      }
      <div class="checkbox no-print">
        <input
          type="checkbox"
          id=${`${this.idPrefix}-remember`}
          .checked=${this.remember}
          @change=${(e: Event) => this.send({ type: 'storage.remember', remember: (e.target as HTMLInputElement).checked })}
        />
        <label for=${`${this.idPrefix}-remember`}>${l.remember}</label>
      </div>
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${() => window.print()}>${l.print}</button>
        <button class="button secondary" type="button" @click=${() => this.send({ type: 'guide.restart' })}>
          ${l.restart}
        </button>
      </div>
    `;
  }

  private renderReasons(title: string, reasons: Reason[], unsure: string[]) {
    const l = this.guide!.labels;
    const questions = unsure.map((id) => this.guide!.questions.find((q) => q.id === id)?.question ?? id);
    if (!reasons.length && !questions.length) return nothing;
    return html`<section class="reasons">
      ${heading(this.headingLevel + 1, title, 'heading heading-m')}
      <ul>
        ${reasons.map((reason) => html`<li>${reason.text}</li>`)}
        ${questions.map((q) => html`<li class="secondary">${format(l.unsureNote, { question: q })}</li>`)}
      </ul>
    </section>`;
  }

  private send(action: ConstructorParameters<typeof SfActionEvent>[0]): void {
    this.dispatchEvent(new SfActionEvent(action));
  }
}
