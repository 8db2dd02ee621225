import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { settingsContext } from '../../context.js';
import { ActorController } from '../actor-controller.js';
import { SfActionEvent } from '../../events/events.js';
import {
  selectAnswerRows,
  selectArea,
  selectAudience,
  selectContactGroups,
  selectHelpText,
  selectProgress,
  selectQuestion,
  selectRecommendation,
  selectStep,
} from '../../guide/selectors.js';
import { selectContacts } from '../../contacts/select.js';
import { publicEvents } from '../../events/public-events.js';
import { shared } from '../../styles/shared.js';
import { renderRich } from '../rich-text/rich-text.js';

interface Focusable extends HTMLElement {
  focusHeading(): void;
  focusError?(): void;
  updateComplete: Promise<boolean>;
}

/**
 * The connected part of the widget: reads the guide actor from context, renders the page for the
 * current step, and turns the pages' requests into machine events.
 *
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
  /** Focus only moves after the person did something: never on page load. */
  private acted = false;
  private lastKey = '';

  /**
   * Pages fire non-composed `sf-action` events, which stop at this shadow root: listen there.
   * Each becomes a machine event, plus the public events (with ids only) it caused.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener(SfActionEvent.type, (event) => {
      event.stopPropagation();
      const before = this.actor.snapshot;
      this.acted = true;
      this.actor.send((event as SfActionEvent).action);
      const after = this.actor.snapshot;
      if (before && after && before !== after)
        for (const e of publicEvents(before, after, (event as SfActionEvent).action)) this.dispatchEvent(e);
    });
    return root;
  }

  override render() {
    const s = this.actor.snapshot;
    if (!s) return nothing;
    // Help sits after the page, in the same place on every step (WCAG 2.2 3.2.6).
    const help = renderRich(selectHelpText(s), { headingLevel: 6, newTab: s.context.guide.labels.newTab });
    return html`${this.renderPage(s)}
      <div class="help" part="help">${help}</div>`;
  }

  private renderPage(s: NonNullable<ActorController['snapshot']>) {
    const { headingLevel = 2, idPrefix = 'sf' } = this.settings.value ?? {};
    const guide = s.context.guide;
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? 'en-GB';
    switch (selectStep(s)) {
      case 'start':
        return html`<sf-start-page
          .heading=${guide.title}
          .intro=${guide.intro}
          .privacy=${guide.privacy}
          .startLabel=${guide.labels.start}
          .newTabLabel=${guide.labels.newTab}
          .headingLevel=${headingLevel}
        ></sf-start-page>`;
      case 'question':
        return html`<sf-question-page
          .question=${selectQuestion(s)}
          .labels=${guide.labels}
          .progress=${selectProgress(s)}
          .selected=${s.context.draft}
          .error=${s.context.error}
          .headingLevel=${headingLevel}
          .idPrefix=${idPrefix}
        ></sf-question-page>`;
      case 'review':
        return html`<sf-check-answers
          .rows=${selectAnswerRows(s)}
          .labels=${guide.labels}
          .headingLevel=${headingLevel}
        ></sf-check-answers>`;
      case 'result': {
        const recommendation = selectRecommendation(s);
        return html`<sf-result-page
          .guide=${guide}
          .recommendation=${recommendation}
          .contactGroups=${selectContactGroups(s, recommendation.winner.outcomeId)}
          .wellbeingGroups=${wellbeing(s)}
          .rows=${selectAnswerRows(s)}
          .area=${selectArea(s)}
          .remember=${s.context.remember}
          .headingLevel=${headingLevel}
          .idPrefix=${idPrefix}
          .locale=${lang}
        ></sf-result-page>`;
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.actor.snapshot;
    if (!s) return;
    // A new page, or the error appearing, is what moves focus; re-renders for other reasons
    // (choosing a radio, changing area) must leave focus where the person put it.
    const key = `${selectStep(s)}|${s.context.current ?? ''}|${s.context.error}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    if (!this.acted) return;
    const page = this.renderRoot.firstElementChild as Focusable | null;
    void page?.updateComplete.then(() => (s.context.error ? page.focusError?.() : page.focusHeading()));
  }
}

function wellbeing(s: Parameters<typeof selectStep>[0]) {
  const signpost = s.context.guide.outcomes.find((o) => o.kind === 'signpost');
  return signpost ? selectContacts(s.context.guide, signpost.id, selectArea(s), selectAudience(s)) : [];
}
