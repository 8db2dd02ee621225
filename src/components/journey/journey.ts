import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { settingsContext } from '../context.js';
import { ActorController } from '../actor-controller.js';
import { selectStep, type GuideSnapshot } from '../../guide/selectors.js';
import {
  selectHelp,
  selectFocus,
  selectQuestionView,
  selectResultView,
  selectReviewView,
  selectStartView,
} from '../../guide/views.js';
import { shared } from '../../styles/shared.js';
import { renderRich } from '../rich-text/rich-text.js';
import { moveFocus, type FocusablePage } from '../focus.js';

/**
 * The connected part of the widget: reads the guide actor from context and renders the page for
 * the current step from its view model. The pages send to the actor themselves.
 *
 * @csspart help - the help line at the foot of every page
 * @tagname sf-journey
 */
export class SfJourney extends LitElement {
  static override styles = [
    shared,
    css`
      .help {
        margin-top: 2em;
        padding-top: 1em;
        border-top: 1px solid var(--_border-light);
      }
      .help p {
        margin: 0;
      }
    `,
  ];

  private readonly actor = new ActorController(this);
  private readonly settings = new ContextConsumer(this, { context: settingsContext, subscribe: true });
  /** Where focus last belonged; it moves only when that changes, never on first showing. */
  private last?: { page: string; error?: number };

  override render() {
    const s = this.actor.snapshot;
    if (!s) return nothing;
    // Help sits after the page, in the same place on every step (WCAG 2.2 3.2.6).
    const { help, newTab } = selectHelp(s);
    return html`${this.renderPage(s)}
      <div class="help" part="help">${renderRich(help, { headingLevel: 6, newTab })}</div>`;
  }

  private renderPage(s: GuideSnapshot) {
    const { headingLevel = 2, idPrefix = 'sf' } = this.settings.value ?? {};
    switch (selectStep(s)) {
      case 'start':
        return html`<sf-start-page
          exportparts="start-button"
          .view=${selectStartView(s)}
          .headingLevel=${headingLevel}
        ></sf-start-page>`;
      case 'question':
        return html`<sf-question-page
          exportparts="continue-button, back-link"
          .view=${selectQuestionView(s)}
          .headingLevel=${headingLevel}
          .idPrefix=${idPrefix}
        ></sf-question-page>`;
      case 'review':
        return html`<sf-check-answers
          exportparts="continue-button, back-link"
          .view=${selectReviewView(s)}
          .headingLevel=${headingLevel}
        ></sf-check-answers>`;
      case 'result':
        return html`<sf-result-page
          exportparts="result, back-link, contact"
          .view=${selectResultView(s)}
          .headingLevel=${headingLevel}
          .idPrefix=${idPrefix}
        ></sf-result-page>`;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.actor.snapshot;
    if (!s) return;
    // A new page moves focus to its heading; the error summary appearing (again) moves focus to
    // it. Re-renders on the same page (choosing a radio, the error clearing, changing area,
    // ticking Remember) leave focus where the person put it.
    const focus = selectFocus(s);
    const last = this.last;
    this.last = focus;
    if (!last || (focus.page === last.page && (focus.error === undefined || focus.error === last.error))) return;
    const element = this.renderRoot.firstElementChild as FocusablePage | null;
    if (!element) return;
    void (element.firstPartComplete ?? element.updateComplete).then(() =>
      moveFocus(focus.error !== undefined ? element.focusError?.() : element.focusTarget()),
    );
  }
}
