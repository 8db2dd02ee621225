import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createActor } from 'xstate';
import type { ContentProblem, Guide } from './content/schema.js';
import { formatProblem } from './content/problem.js';
import { guideActorContext, settingsContext, type GuideActor } from './context.js';
import { guideMachine } from './guide/guide-machine.js';
import { startActor, stopActor } from './guide/start-actor.js';
import { selectAnswerIds } from './guide/selectors.js';
import { SfErrorEvent, type SfErrorReason } from './events/events.js';
import { PersistenceController } from './persistence/persistence-controller.js';
import { loadRuntime } from './content/load-runtime.js';
import { readTimeout } from './content/timeout.js';
import { hostReset, tokens } from './styles/tokens.js';
import { shared } from './styles/shared.js';
import { styles } from './support-finder.styles.js';

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
 * @cssprop [--sf-color-button-secondary=#4c6272] - Secondary button border and shadow.
 * @cssprop [--sf-color-border=#4c6272] - Radio and input borders.
 * @cssprop [--sf-color-border-light=#d8dde0] - Card and divider borders.
 * @cssprop [--sf-color-surface=#ffffff] - Background.
 * @cssprop [--sf-color-surface-muted=#f0f4f5] - Panels and inset text.
 * @cssprop [--sf-font-family=Frutiger W01, Arial, sans-serif] - Font.
 * @cssprop [--sf-font-size=1rem] - Base text size; never below 16px.
 * @cssprop [--sf-max-width=44em] - Widest the widget grows.
 * @cssprop [--sf-radius=4px] - Button corner radius.
 * @cssprop [--sf-scroll-offset=6em] - Space kept above anything focused, for sticky host headers.
 *
 * @tagname support-finder
 */
export class SupportFinder extends LitElement {
  static override styles = [tokens, hostReset, shared, styles];

  /** The content pack bundled with the build, used when neither `guide` nor `src` is given. */
  static defaultGuide: Guide | undefined;

  /** A parsed content pack. Takes precedence over `src` and the bundled default. */
  @property({ attribute: false }) guide?: Guide;
  /** A content pack to load: compiled (`.json`) or raw Markdown (its `pack.yaml` index). */
  @property() src?: string;
  /** Preset area id (for example `llr`): the area question is skipped. */
  @property({ reflect: true }) area?: string;
  /** Preset audience id (for example `nhs`): the audience question is skipped. */
  @property({ reflect: true }) audience?: string;
  /** Level of the widget's headings, 2 to 6. The host page owns the h1. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** For editors: list content problems beside the widget instead of a friendly failure. */
  @property({ type: Boolean }) preview = false;
  /** Keep the answers in the page's hash, so Back, Forward and shared links work. */
  @property({ type: Boolean }) history = false;
  /** How long to wait for content from `src`, in milliseconds (1,000 to 120,000; anything else not a number: 10,000). */
  @property({ type: Number }) timeout = 10_000;

  @state() private actor?: GuideActor;
  @state() private status: 'ready' | 'loading' | 'failed' = 'ready';
  @state() private problems: ContentProblem[] = [];
  @state() private loaded?: Guide;
  /** The src that `loaded` came from: a src changed while detached is loaded when put back. */
  private loadedFrom?: string;

  private readonly idPrefix = `sf${++instances}`;
  private readonly actorProvider = new ContextProvider(this, { context: guideActorContext });
  private readonly settingsProvider = new ContextProvider(this, {
    context: settingsContext,
    initialValue: { headingLevel: 2, idPrefix: this.idPrefix },
  });
  private readonly persistence = new PersistenceController(this);
  /** Answers kept while the element is detached, so moving it in the page loses nothing. */
  private kept?: string[];
  private loading?: AbortController;
  private logged = new Set<string>();

  private get activeGuide(): Guide | undefined {
    return this.guide ?? (this.src ? this.loaded : SupportFinder.defaultGuide);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src && !this.guide && (!this.loaded || this.loadedFrom !== this.src)) void this.load();
    else this.startActor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loading = undefined;
    this.stopActor();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel'))
      this.settingsProvider.setValue({ headingLevel: clampLevel(this.headingLevel), idPrefix: this.idPrefix });
    if (!this.isConnected || !this.hasUpdated) return;
    if (changed.has('src') && !this.guide) void this.load();
    else if (changed.has('guide') || changed.has('area') || changed.has('audience')) {
      this.kept = undefined;
      this.startActor();
    }
  }

  /** Loads `src`; the Markdown pipeline is fetched only now, as a separate chunk. */
  private async load(): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.stopActor();
    const src = this.src ?? '';
    this.status = 'loading';
    this.problems = [];
    try {
      const { loadPack } = await loadRuntime();
      if (controller.signal.aborted) return;
      const result = await loadPack(src, { timeoutMs: readTimeout(this.timeout), signal: controller.signal });
      if (controller.signal.aborted) return;
      this.problems = result.problems;
      if (result.guide) {
        this.loaded = result.guide;
        this.loadedFrom = src;
        this.status = 'ready';
        this.startActor();
      } else this.fail(result.failure ?? 'invalid-content', result.detail ?? '');
    } catch (error) {
      if (!controller.signal.aborted) this.fail('network', String(error));
    }
  }

  /** Shows the friendly failure, tells the host once, and never throws into its page. */
  private fail(reason: SfErrorReason, detail: string): void {
    this.status = 'failed';
    if (!this.logged.has(reason)) {
      this.logged.add(reason);
      console.warn(`support-finder: content could not be used (${reason}). ${detail}`);
    }
    this.dispatchEvent(new SfErrorEvent(reason));
  }

  private startActor(): void {
    this.stopActor();
    const guide = this.activeGuide;
    if (!guide) {
      if (!this.src && this.isConnected) this.fail('no-content', 'no content pack was given');
      return;
    }
    this.status = 'ready';
    const { started, ...resume } = this.kept ? { restore: this.kept } : this.persistence.resumeInput();
    const actor = createActor(guideMachine, { input: { guide, area: this.area, audience: this.audience, ...resume } });
    if (!startActor(actor)) return this.fail('invalid-content', 'the guide could not be started on this page');
    if (started && actor.getSnapshot().matches('start')) actor.send({ type: 'guide.start' });
    this.actor = actor;
    this.actorProvider.setValue(actor);
    this.persistence.attach(actor);
  }

  private stopActor(): void {
    if (!this.actor) return;
    this.kept = selectAnswerIds(this.actor.getSnapshot());
    this.persistence.attach(undefined);
    stopActor(this.actor);
    this.actor = undefined;
    this.actorProvider.setValue(undefined);
  }

  override render() {
    const list = this.preview && this.problems.length ? this.renderProblems() : nothing;
    if (this.actor && this.status === 'ready') return html`<div class="layout"><sf-journey></sf-journey>${list}</div>`;
    if (this.status === 'loading') return html`<p class="loading" role="status">Loading…</p>`;
    if (this.status === 'failed')
      return html`<div class="layout">
        <div class="failure">
          <p class="heading heading-m">Sorry, this guide is not available at the moment.</p>
          <slot></slot>
          <p>
            For help finding coaching, mentoring or other development support, ask your line manager or your
            organisation's learning and development team.
          </p>
        </div>
        ${list}
      </div>`;
    return html`<slot></slot>`;
  }

  private renderProblems() {
    return html`<section class="problems" aria-labelledby="${this.idPrefix}-problems">
      <h2 class="heading heading-s" id="${this.idPrefix}-problems">Content problems</h2>
      <ul>
        ${this.problems.map((p) => html`<li class=${p.severity}>${formatProblem(p)}</li>`)}
      </ul>
    </section>`;
  }
}

const clampLevel = (level: number) => Math.min(6, Math.max(2, Math.round(level) || 2));
