import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { Guide } from './content/schema.js';
import { formatProblem } from './content/problem.js';
import { guideActorContext, settingsContext, type GuideActor } from './components/context.js';
import { clampHeadingLevel } from './components/heading.js';
import { selectAnswerIds } from './guide/selectors.js';
import { selectLang } from './guide/views.js';
import { toDomEvent } from './events/events.js';
import type { Announcement } from './guide/announcements.js';
import { PersistenceController } from './persistence/persistence-controller.js';
import { widgetMachine } from './widget/widget-machine.js';
import { startActor, stopActor } from './guide/start-actor.js';
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
 * @fires sf-answer - The person confirmed an answer. `questionId`, `optionId`, `replaced` (true when it replaced a different earlier answer).
 * @fires sf-result - A suggestion was shown after the person's answers. `outcomeId`, `runnerUpId`.
 * @fires sf-restore - A suggestion was shown again from saved answers (a reload, a return visit, a shared link). `outcomeId`, `runnerUpId`.
 * @fires sf-contact - A contact link was followed. `contactId`, `channel`.
 * @fires sf-area - Another area's contacts were chosen on the result page. `areaId`.
 * @fires sf-print - Print was pressed on the result page.
 * @fires sf-remember - "Remember my answers on this device" was ticked or cleared. `remember`.
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
 * @cssprop [--sf-font-size=1rem] - Base text size; never below 16px (19px from 641px wide, as NHS.UK).
 * @cssprop [--sf-max-width=44em] - Widest the widget grows.
 * @cssprop [--sf-radius=4px] - Button corner radius.
 * @cssprop [--sf-scroll-offset=6em] - Space kept above anything focused, for sticky host headers.
 *
 * @tagname support-finder
 */
export class SupportFinder extends LitElement {
  static override styles = [tokens, hostReset, shared, styles];
  static override properties = {
    guide: { attribute: false },
    src: {},
    area: { reflect: true },
    audience: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    preview: { type: Boolean },
    history: { type: Boolean },
    timeout: { type: Number },
  };

  /** The content pack bundled with the build, used when neither `guide` nor `src` is given. */
  static defaultGuide: Guide | undefined;

  /** A parsed content pack. Takes precedence over `src` and the bundled default. */
  guide?: Guide;
  /** A content pack to load: compiled (`.json`) or raw Markdown (its `pack.yaml` index). */
  src?: string;
  /** Preset area id (for example `llr`): the area question is skipped. */
  area?: string;
  /** Preset audience id (for example `nhs`): the audience question is skipped. */
  audience?: string;
  /** Level of the widget's headings, 2 to 6. The host page owns the h1. */
  headingLevel = 2;
  /** For editors: list content problems beside the widget instead of a friendly failure. */
  preview = false;
  /** Keep the answers in the page's hash, so Back, Forward and shared links work. */
  history = false;
  /** How long to wait for content from `src`, in milliseconds (1,000 to 120,000; anything else not a number: 10,000). */
  timeout = 10_000;

  /** What is shown; set through `setSnapshot`, which renders again as a reactive property would. */
  private snapshot?: SnapshotFrom<typeof widgetMachine>;
  private widget?: Actor<typeof widgetMachine>;
  private guideActor?: GuideActor;
  /** The pack last loaded from `src`: putting the element back in the page does not load it again. */
  private loaded?: { src: string; guide: Guide };

  private readonly idPrefix = `sf${++instances}`;
  private readonly actorProvider = new ContextProvider(this, { context: guideActorContext });
  private readonly settingsProvider = new ContextProvider(this, {
    context: settingsContext,
    initialValue: { headingLevel: 2, idPrefix: this.idPrefix },
  });
  private readonly persistence = new PersistenceController(this);
  /** Answers kept while the element is detached, so moving it in the page loses nothing. */
  private kept?: string[];
  private logged = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.startWidget();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWidget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel'))
      this.settingsProvider.setValue({ headingLevel: clampHeadingLevel(this.headingLevel), idPrefix: this.idPrefix });
    if (!this.isConnected || !this.hasUpdated) return;
    if (changed.has('guide') || changed.has('area') || changed.has('audience') || (changed.has('src') && !this.guide)) {
      if (!changed.has('src')) this.kept = undefined;
      this.stopWidget();
      this.startWidget();
    }
  }

  /** One widget actor per content and presets; it loads, fails or runs the guide by itself. */
  private startWidget(): void {
    this.stopWidget();
    const src = this.guide ? undefined : this.src;
    const guide =
      this.guide ?? (src ? (this.loaded?.src === src ? this.loaded.guide : undefined) : SupportFinder.defaultGuide);
    const { started, ...resume } = this.kept ? { resume: this.kept, started: false } : this.persistence.resumeInput();
    const widget = createActor(widgetMachine, {
      input: {
        guide,
        src,
        timeoutMs: readTimeout(this.timeout),
        start: { area: this.area, audience: this.audience, started, ...resume },
      },
    });
    // Listened to before it starts, so what happens while starting (a restored result, content
    // that is missing) reaches the host as well.
    widget.on('*', (announcement) => this.announce(announcement));
    widget.subscribe((s) => this.show(s));
    this.widget = widget;
    // A host page can make starting throw (see start-actor.ts): then the fallback stays, and the
    // host hears why, as for any content that cannot be used.
    if (!startActor(widget)) {
      this.widget = undefined;
      this.setSnapshot(undefined);
      return this.announce({ type: 'sf-error', reason: 'invalid-content' });
    }
    this.show(widget.getSnapshot());
  }

  private stopWidget(): void {
    if (!this.widget) return;
    if (this.guideActor) this.kept = selectAnswerIds(this.guideActor.getSnapshot());
    stopActor(this.widget);
    this.widget = undefined;
    this.attachGuide(undefined);
  }

  private setSnapshot(s: SnapshotFrom<typeof widgetMachine> | undefined): void {
    const old = this.snapshot;
    this.snapshot = s;
    this.requestUpdate('snapshot', old);
  }

  private show(s: SnapshotFrom<typeof widgetMachine>): void {
    if (this.widget && s !== this.widget.getSnapshot()) return;
    this.setSnapshot(s);
    const { guide, src } = s.context;
    if (s.matches('ready') && guide && src) this.loaded = { src, guide };
    this.attachGuide(s.matches('ready') ? (s.children.guide as GuideActor | undefined) : undefined);
  }

  private attachGuide(actor: GuideActor | undefined): void {
    if (actor === this.guideActor) return;
    this.guideActor = actor;
    this.actorProvider.setValue(actor);
    this.persistence.attach(actor);
  }

  /** The one place public events leave the widget. It never throws into the host page. */
  private announce(announcement: Announcement): void {
    if (announcement.type === 'sf-error' && !this.logged.has(announcement.reason)) {
      this.logged.add(announcement.reason);
      const detail = this.widget?.getSnapshot().context.detail ?? '';
      console.warn(`support-finder: content could not be used (${announcement.reason}). ${detail}`);
    }
    try {
      this.dispatchEvent(toDomEvent(announcement));
    } catch {
      // A host listener that throws must not stop the widget.
    }
  }

  override render() {
    const s = this.snapshot;
    if (!s) return html`<slot></slot>`;
    const problems = s.context.problems;
    const list = this.preview && problems.length ? this.renderProblems(problems) : nothing;
    const lang = this.guideActor ? selectLang(this.guideActor.getSnapshot()) : 'en-GB';
    if (s.matches('ready') && this.guideActor)
      return html`<div class="layout" lang=${lang}><sf-journey exportparts=${JOURNEY_PARTS}></sf-journey>${list}</div>`;
    if (s.matches('loading')) return html`<p class="loading" role="status" lang=${lang}>Loading…</p>`;
    if (s.matches('failed'))
      return html`<div class="layout" lang=${lang}>
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

  private renderProblems(problems: readonly Parameters<typeof formatProblem>[0][]) {
    return html`<section class="problems" aria-labelledby="${this.idPrefix}-problems">
      <h2 class="heading heading-s" id="${this.idPrefix}-problems">Content problems</h2>
      <ul>
        ${problems.map((p) => html`<li class=${p.severity}>${formatProblem(p)}</li>`)}
      </ul>
    </section>`;
  }
}

/** Every documented part, forwarded out of the journey's shadow root (and from the pages into it). */
const JOURNEY_PARTS = 'start-button, continue-button, back-link, result, contact, help';
