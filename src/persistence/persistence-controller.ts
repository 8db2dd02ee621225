/**
 * Keeps a widget's answers across reloads (sessionStorage), across visits when the person asks
 * (localStorage), and, with the `history` attribute, in the page's hash so browser Back and
 * Forward move between steps. Each instance has its own keys. Nothing but option ids is stored.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'xstate';
import type { GuideActor } from '../components/context.js';
import { selectAnswerIds, selectAnswerIdsBefore, selectStep, type GuideSnapshot } from '../guide/selectors.js';
import { clearSaved, readSaved, writeSaved } from './storage.js';
import { readHash, writeHash, type UrlState } from './url-state.js';

export interface ResumeInput {
  resume?: string[];
  showResult?: boolean;
  remember?: boolean;
  /** The link is for the questions, though none is answered yet: skip the start page. */
  started?: boolean;
}

export interface PersistenceHost extends ReactiveControllerHost, HTMLElement {
  history: boolean;
}

/** The hash form of a snapshot: answers before the question on screen, or all of them. */
function urlState(s: GuideSnapshot): UrlState | null {
  const step = selectStep(s);
  if (step === 'start') return null;
  if (step === 'question') return { answers: selectAnswerIdsBefore(s), result: false };
  return { answers: selectAnswerIds(s), result: step === 'result' };
}

export class PersistenceController implements ReactiveController {
  private subscription?: Subscription;
  private actor?: GuideActor;
  private readonly onPopState = () => this.resumeFromHash();
  /** While following Back/Forward, the hash already says where we are: do not add steps. */
  private following = false;
  /**
   * What this widget last put in storage under its key (null: it cleared it), so that the
   * snapshots that change nothing stored (choosing a radio, the error summary) write nothing.
   */
  private stored?: { key: string; text: string | null };

  constructor(private readonly host: PersistenceHost) {
    host.addController(this);
  }

  /** Storage and hash keys: the element's id when it has one, else its place on the page. */
  private get name(): string {
    if (this.host.id) return this.host.id;
    const all = [...document.querySelectorAll<HTMLElement>('support-finder')];
    const index = all.indexOf(this.host);
    return index > 0 ? String(index + 1) : '';
  }

  get storageKey(): string {
    return `support-finder:${this.name || 'default'}`;
  }

  get hashKey(): string {
    return this.name ? `sf-${this.name}` : 'sf';
  }

  /** What to resume from: the shared link in the hash first, then storage. */
  resumeInput(): ResumeInput {
    const fromHash = this.host.history ? readHash(this.hashKey, location.hash) : undefined;
    if (fromHash) return { resume: fromHash.answers, showResult: fromHash.result, started: true };
    const saved = readSaved(this.storageKey);
    return saved ? { resume: saved.answers, showResult: saved.result, remember: saved.remember } : {};
  }

  attach(actor: GuideActor | undefined): void {
    this.subscription?.unsubscribe();
    // A new actor (new content, or the element put back in the page) writes what it holds.
    this.stored = undefined;
    this.actor = actor;
    this.subscription = actor?.subscribe((s) => this.save(s));
    if (actor) this.save(actor.getSnapshot(), true);
  }

  private save(s: GuideSnapshot, replace = false): void {
    if (this.following) return;
    const answers = selectAnswerIds(s);
    const key = this.storageKey;
    const saved = { answers, result: selectStep(s) === 'result', remember: s.context.remember };
    const text = selectStep(s) === 'start' && answers.length === 0 ? null : JSON.stringify(saved);
    if (this.stored?.key !== key || this.stored.text !== text) {
      if (text === null) clearSaved(key);
      else writeSaved(key, saved);
      this.stored = { key, text };
    }
    if (!this.host.history) return;
    const hash = writeHash(this.hashKey, location.hash, urlState(s));
    if (hash === location.hash || (hash === '' && !location.hash)) return;
    const url = `${location.pathname}${location.search}${hash}`;
    try {
      if (replace) history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes: the widget works on without them.
    }
  }

  private resumeFromHash(): void {
    const actor = this.actor;
    if (!actor) return;
    const state = readHash(this.hashKey, location.hash);
    this.following = true;
    try {
      // Following the browser's Back and Forward is not the person starting again or starting
      // the questions, so the host is not told of either: reset and restore say nothing.
      if (!state) actor.send({ type: 'guide.reset' });
      // The key with no answers is the first question.
      else actor.send({ type: 'guide.resume', answerIds: state.answers, showResult: state.result, started: true });
    } finally {
      this.following = false;
    }
    // Correct the hash in place if what it held was trimmed; never add a step here.
    this.save(actor.getSnapshot(), true);
  }

  hostConnected(): void {
    if (this.host.history) window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}
