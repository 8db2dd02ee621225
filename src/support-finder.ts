import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createActor } from 'xstate';
import type { Guide } from './content/schema.js';
import { guideActorContext, settingsContext, type GuideActor } from './context.js';
import { guideMachine } from './guide/guide-machine.js';
import { selectAnswerIds } from './guide/selectors.js';
import { hostReset, tokens } from './styles/tokens.js';
import { shared } from './styles/shared.js';

let instances = 0;

/**
 * Support Finder: a short, private, accessible questionnaire that suggests coaching, mentoring,
 * buddying, team coaching or reverse mentoring, with the reasons and the right contacts.
 *
 * Put a link or a short contact list inside the tag: it shows until the widget is ready, and
 * stays if scripts are off or the content cannot be loaded.
 *
 * @slot - Fallback content, shown before the widget starts and whenever it cannot.
 * @fires sf-start - The person started the questions.
 * @fires sf-answer - The person confirmed an answer. `questionId`, `optionId`.
 * @fires sf-result - A suggestion was shown. `outcomeId`, `runnerUpId`.
 * @fires sf-contact - A contact link was followed. `contactId`, `channel`.
 * @fires sf-restart - The person started again.
 * @fires sf-error - The content could not be loaded or used. `reason`.
 * @csspart start-button - The "Start now" button.
 * @csspart continue-button - Continue buttons.
 * @csspart back-link - Back links.
 * @csspart result - The suggestion panel.
 * @csspart contact - Each contact card.
 * @csspart help - The help line at the foot of every page.
 * @cssprop [--sf-color-brand=#005eb8] - Brand colour (NHS Blue): borders and panels.
 * @cssprop [--sf-color-text=#212b32] - Text colour.
 * @cssprop [--sf-color-text-secondary=#4c6272] - Hints and secondary text.
 * @cssprop [--sf-color-link=#005eb8] - Links.
 * @cssprop [--sf-color-link-visited=#330072] - Visited links.
 * @cssprop [--sf-color-link-hover=#7c2855] - Links under the pointer.
 * @cssprop [--sf-color-focus=#ffeb3b] - Focus highlight.
 * @cssprop [--sf-color-focus-text=#212b32] - Text and underline on focus.
 * @cssprop [--sf-color-error=#d5281b] - Errors.
 * @cssprop [--sf-color-button=#007f3b] - Primary buttons.
 * @cssprop [--sf-color-button-shadow=#00401e] - Primary button shadow.
 * @cssprop [--sf-color-border=#4c6272] - Radio and input borders.
 * @cssprop [--sf-color-border-light=#d8dde0] - Card and divider borders.
 * @cssprop [--sf-color-surface=#ffffff] - Background.
 * @cssprop [--sf-color-surface-muted=#f0f4f5] - Panels and inset text.
 * @cssprop [--sf-font-family=Frutiger W01, Arial, sans-serif] - Font.
 * @cssprop [--sf-font-size=1rem] - Base text size; never below 16px.
 * @cssprop [--sf-max-width=44em] - Widest the widget grows.
 * @cssprop [--sf-radius=4px] - Button corner radius.
 * @cssprop [--sf-scroll-offset=6em] - Space kept above anything focused, for sticky host headers.
 */
export class SupportFinder extends LitElement {
  static override styles = [tokens, hostReset, shared];

  /** The content pack bundled with the build, used when neither `guide` nor `src` is given. */
  static defaultGuide: Guide | undefined;

  /** A parsed content pack. Takes precedence over the bundled default. */
  @property({ attribute: false }) guide?: Guide;
  /** Preset area id (for example `llr`): the area question is skipped. */
  @property({ reflect: true }) area?: string;
  /** Preset audience id (for example `nhs`): the audience question is skipped. */
  @property({ reflect: true }) audience?: string;
  /** Level of the widget's headings, 2 to 6. The host page owns the h1. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private actor?: GuideActor;

  private readonly idPrefix = `sf${++instances}`;
  private readonly actorProvider = new ContextProvider(this, { context: guideActorContext });
  private readonly settingsProvider = new ContextProvider(this, {
    context: settingsContext,
    initialValue: { headingLevel: 2, idPrefix: this.idPrefix },
  });
  /** Answers kept while the element is detached, so moving it in the page loses nothing. */
  private kept: string[] = [];

  private get activeGuide(): Guide | undefined {
    return this.guide ?? SupportFinder.defaultGuide;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startActor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopActor();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel'))
      this.settingsProvider.setValue({ headingLevel: clampLevel(this.headingLevel), idPrefix: this.idPrefix });
    if (
      (changed.has('guide') || changed.has('area') || changed.has('audience')) &&
      this.isConnected &&
      this.hasUpdated
    ) {
      this.kept = [];
      this.startActor();
    }
  }

  private startActor(): void {
    this.stopActor();
    const guide = this.activeGuide;
    if (!guide) return;
    const actor = createActor(guideMachine, {
      input: { guide, area: this.area, audience: this.audience, restore: this.kept },
    });
    actor.start();
    this.actor = actor;
    this.actorProvider.setValue(actor);
  }

  private stopActor(): void {
    if (!this.actor) return;
    this.kept = selectAnswerIds(this.actor.getSnapshot());
    this.actor.stop();
    this.actor = undefined;
    this.actorProvider.setValue(undefined);
  }

  override render() {
    if (this.actor) return html`<sf-journey></sf-journey>`;
    return html`<slot></slot>${nothing}`;
  }
}

const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.round(level) || 2));
