/**
 * The real widget, previewed on the content being edited. It keeps the last render that had no
 * errors while the content has some (the problems are listed beside it), and can be sent to any
 * question or outcome, or given a preset area and audience, through its public surface: the
 * `guide`, `area` and `audience` properties and the shareable `history` link in the hash.
 */
import type { Guide } from '../content/schema.js';
import { enumeratePaths } from '../check/analyse.js';
import { presetAnswers } from '../guide/flow.js';

export const PREVIEW_ID = 'preview';
const HASH_KEY = `sf-${PREVIEW_ID}`;

export class Preview {
  guide?: Guide;
  private element?: HTMLElement & { guide?: Guide; area?: string; audience?: string };

  constructor(private readonly slot: () => HTMLElement | null) {}

  show(guide: Guide): void {
    this.guide = guide;
    const el = this.ensure();
    if (el) el.guide = guide;
  }

  setPreset(key: 'area' | 'audience', value: string): void {
    const el = this.ensure();
    if (!el) return;
    if (value) el.setAttribute(key, value);
    else el.removeAttribute(key);
  }

  /** Opens the widget at a question ("question:id") or a result ("outcome:id"). False if no answers reach it. */
  jump(target: string): boolean {
    const guide = this.guide;
    const el = this.element;
    if (!guide || !el) return false;
    const [kind, id] = target.split(':');
    const fixed = presetAnswers(guide, {
      area: el.getAttribute('area') ?? undefined,
      audience: el.getAttribute('audience') ?? undefined,
    });
    const { paths } = enumeratePaths(guide, 5_000, fixed);
    let answers: string[] | undefined;
    let result = false;
    for (const path of paths) {
      const steps = path.steps.filter(([q]) => !(q in fixed));
      if (kind === 'question') {
        const at = steps.findIndex(([q]) => q === id);
        if (at >= 0) answers = steps.slice(0, at).map(([, o]) => o);
      } else if (path.recommendation.winner.outcomeId === id) {
        answers = steps.map(([, o]) => o);
        result = true;
      }
      if (answers) break;
    }
    if (!answers) return false;
    const hash = location.hash
      .replace(/^#/, '')
      .split('&')
      .filter((p) => p && !p.startsWith(`${HASH_KEY}=`));
    hash.push(`${HASH_KEY}=${answers.join('.')}${result ? '~r' : ''}`);
    history.replaceState(null, '', `#${hash.join('&')}`);
    // A new element reads the link as a person opening it would.
    const fresh = el.cloneNode(false) as typeof el;
    fresh.guide = guide;
    el.replaceWith(fresh);
    this.element = fresh;
    return true;
  }

  private ensure() {
    const slot = this.slot();
    if (!slot) return undefined;
    if (!this.element || !slot.contains(this.element)) {
      const el = document.createElement('support-finder') as NonNullable<Preview['element']>;
      el.id = PREVIEW_ID;
      el.setAttribute('history', '');
      if (this.guide) el.guide = this.guide;
      slot.replaceChildren(el);
      this.element = el;
    }
    return this.element;
  }
}
