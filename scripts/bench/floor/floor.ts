/**
 * The benchmark's floor: the least a page can do to show the same questionnaire. One custom
 * element with no libraries (no Lit, no xstate, no context), built by run.ts into one
 * self-contained file with the same default content pack as dist/support-finder.js, and served
 * and measured exactly as it is. It paints the same start page (title, intro, privacy line,
 * "Start now", the help line), then each question as a fieldset of native radios with its
 * legend as the heading, the answers to check, and the suggestion's heading, sections and
 * contacts. It routes with the widget's own pure path and scoring functions (plain functions, a
 * few microseconds a step), so both take the same path to the same suggestion.
 *
 * It keeps nothing, checks nothing and handles no Back, Change, errors or presets: what is left
 * is the browser's own cost of building and painting that DOM, which no widget can go below.
 */
import { defaultGuide } from 'virtual:support-finder/default-pack';
import type { Guide, Rich } from '../../../src/content/schema.js';
import { findQuestion, walk } from '../../../src/guide/flow.js';
import { recommend } from '../../../src/guide/recommend.js';

const CSS = `
:host { display: block; font: 400 1rem/1.5 Arial, sans-serif; color: #212b32; max-width: 44em; }
h2 { font-size: 2em; line-height: 1.2; margin: 0 0 0.5em; }
h2:focus { outline: 3px solid #ffeb3b; }
p { margin: 0 0 1em; }
button { font: 600 1.1875em/1 Arial, sans-serif; color: #fff; background: #007f3b; border: 2px solid transparent;
  border-radius: 4px; box-shadow: 0 4px 0 #00401e; padding: 0.75em 1em; margin: 0 0 1.5em; cursor: pointer; }
fieldset { border: 0; margin: 0 0 1.5em; padding: 0; }
legend { padding: 0; }
.radio { position: relative; min-height: 40px; margin-bottom: 0.5em; padding-left: 48px; }
.radio input { position: absolute; left: 0; top: 0; width: 40px; height: 40px; margin: 0; }
.radio label { display: inline-block; padding: 8px 12px 4px; cursor: pointer; }
.hint { color: #4c6272; }
.help { margin-top: 2em; padding-top: 1em; border-top: 1px solid #d8dde0; }
.card { border: 1px solid #d8dde0; padding: 1em; margin-bottom: 1em; }
`;

function h(tag: string, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function rich(nodes: Rich | undefined): (Node | string)[] {
  return (nodes ?? []).map((node) => {
    if (typeof node === 'string') return node;
    const tag = node.t === 'h' ? 'h3' : node.t;
    const el = h(tag, {}, ...rich(node.c));
    if (node.t === 'a' && node.href?.startsWith('https:')) {
      el.setAttribute('href', node.href);
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else if (node.t === 'a' && node.href) el.setAttribute('href', node.href);
    return el;
  });
}

export class SfFloor extends HTMLElement {
  private readonly guide: Guide = defaultGuide!;
  private answers: Record<string, string> = {};
  private readonly root = this.attachShadow({ mode: 'open' });

  connectedCallback(): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    this.root.adoptedStyleSheets = [sheet];
    const g = this.guide;
    this.show(
      h('h2', { tabindex: '-1' }, g.title),
      ...rich(g.intro),
      h('p', {}, g.privacy),
      this.button(g.labels.start, () => this.next()),
    );
  }

  private button(label: string, onClick: () => void, type = 'button'): HTMLElement {
    const b = h('button', { type }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  /** Replaces the page, keeps the help line at its foot, and moves focus to the new heading. */
  private show(...page: (Node | string)[]): void {
    const help = this.guide.help.filter((x) => !x.areas && !x.audiences).flatMap((x) => rich(x.body));
    this.root.replaceChildren(...page, h('div', { class: 'help' }, ...help));
    this.root.querySelector<HTMLElement>('h2')?.focus();
  }

  private next(): void {
    const g = this.guide;
    const { current, exit } = walk(g, this.answers);
    if (exit) return this.result();
    const q = findQuestion(g, current);
    if (!q) return this.review();
    let chosen: string | undefined;
    const radios = q.options.map((o, i) => {
      const input = h('input', { type: 'radio', name: 'answer', id: `o${i}`, value: o.id });
      input.addEventListener('change', () => (chosen = o.id));
      return h(
        'div',
        { class: 'radio' },
        input,
        h('label', { for: `o${i}` }, o.label),
        ...(o.hint ? [h('div', { class: 'hint' }, o.hint)] : []),
      );
    });
    const form = h(
      'form',
      {},
      h(
        'fieldset',
        {},
        h('legend', {}, h('h2', { tabindex: '-1' }, q.question)),
        ...(q.hint ? [h('div', { class: 'hint' }, q.hint)] : []),
        ...radios,
      ),
      h('button', { type: 'submit' }, g.labels.continue),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!chosen) return;
      this.answers = { ...this.answers, [q.id]: chosen };
      this.next();
    });
    this.show(form);
  }

  private review(): void {
    const g = this.guide;
    const rows = walk(g, this.answers).path.map((id) => {
      const q = findQuestion(g, id)!;
      const o = q.options.find((x) => x.id === this.answers[id]);
      return h('div', {}, h('dt', {}, q.question), h('dd', {}, o?.label ?? ''));
    });
    this.show(
      h('h2', { tabindex: '-1' }, g.labels.checkTitle),
      h('dl', {}, ...rows),
      this.button(g.labels.checkSubmit, () => this.result()),
    );
  }

  private result(): void {
    const g = this.guide;
    const id = recommend(g, this.answers).winner.outcomeId;
    const outcome = g.outcomes.find((o) => o.id === id)!;
    const contacts = g.contacts
      .filter((c) => c.offers.includes(id))
      .map((c) => h('div', { class: 'card' }, h('h3', {}, c.name), ...rich(c.body)));
    this.show(
      h('h2', { tabindex: '-1' }, g.labels.resultTitle.replace('{outcome}', outcome.title)),
      ...outcome.sections.flatMap((s) => [h('h3', {}, s.heading), ...rich(s.body)]),
      ...contacts,
    );
  }
}

if (!customElements.get('sf-floor')) customElements.define('sf-floor', SfFloor);
