/**
 * The XSS corpus on the run-time path, in Chromium: every vector through the browser's own
 * Markdown pipeline (marked's tokens through the allow-list) and the Lit rich-text
 * renderer, into the live document; and every vector as front matter text (title, question,
 * hint, option labels) through the whole widget, where it must show as text. A canary records
 * anything that runs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMarkdown } from '../../src/content/markdown.js';
import { renderRich } from '../../src/components/rich-text/rich-text.js';
import { defineElements } from '../../src/define.js';
import type { Guide, Question } from '../../src/content/schema.js';
import type { SupportFinder } from '../../src/support-finder.js';
import { minimalGuide } from '../fixtures/browser.js';
import { byText, deepAll, settle } from '../browser/widget.js';
import { LABEL_VECTORS, XSS_CORPUS } from '../fixtures/xss-corpus.js';

defineElements();

interface Canary {
  __pwned?: unknown;
}
const canary = window as unknown as Canary;
const render = createMarkdown();

/** What rich text may become in the DOM: its allow-listed tags, and the link's hidden note. */
const RICH_ELEMENTS = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'CODE', 'BR', 'A', 'BLOCKQUOTE', 'SPAN']);
for (let level = 2; level <= 6; level++) RICH_ELEMENTS.add(`H${level}`);
const SAFE_HREF = /^(https:\/\/|mailto:|tel:|#)/;

const figures = { vectors: 0, executed: 0, handlers: 0, unsafeHrefs: 0, strayElements: 0, reported: 0 };

/** Event-handler attributes, unsafe links and elements outside the allow-list, under a root. */
function findings(root: ParentNode, allowed?: Set<string>): string[] {
  const found: string[] = [];
  for (const el of deepAll(root, '*')) {
    for (const attr of el.attributes)
      if (/^on/i.test(attr.name)) {
        figures.handlers++;
        found.push(`${attr.name} on ${el.tagName}`);
      }
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (
      href !== null &&
      (!SAFE_HREF.test(href) ||
        (!['https:', 'mailto:', 'tel:'].includes(new URL(href, location.href).protocol) && !href.startsWith('#')))
    ) {
      figures.unsafeHrefs++;
      found.push(`href ${href} on ${el.tagName}`);
    }
    if (allowed && !allowed.has(el.tagName)) {
      figures.strayElements++;
      found.push(`<${el.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  canary.__pwned = undefined;
});

describe('XSS corpus on the run-time path (Chromium)', () => {
  const realAlert = window.alert;
  before(() => {
    // Classic payloads call alert: make that trip the canary rather than block the run.
    window.alert = () => {
      canary.__pwned = 'alert';
    };
  });
  after(() => {
    window.alert = realAlert;
    console.log(
      `# xss (run-time path): ${figures.vectors} vectors rendered in Chromium, executed ${figures.executed}, ` +
        `event-handler attributes ${figures.handlers}, unsafe hrefs ${figures.unsafeHrefs}, ` +
        `elements outside the allow-list ${figures.strayElements}, reported to the editor ${figures.reported}`,
    );
  });

  XSS_CORPUS.forEach((vector, i) => {
    it(`#${i + 1} ${vector.family}: runs nothing for ${JSON.stringify(vector.source).slice(0, 50)}`, async () => {
      figures.vectors++;
      const { rich, problems } = render(vector.source);
      if (problems.length) figures.reported++;
      const el = await fixture<HTMLElement>(
        html`<div>${renderRich(rich, { headingLevel: 3, newTab: '(opens in a new tab)' })}</div>`,
      );
      await pause(30);
      if (canary.__pwned !== undefined) figures.executed++;
      expect(canary.__pwned, 'the canary').to.equal(undefined);
      expect(findings(el, RICH_ELEMENTS)).to.deep.equal([]);
      // The editor hears about the same vectors as on the build path (text ones only differ
      // when they hold a raw control character, which the file check refuses first).
      if (vector.expect === 'reported') expect(problems.length, 'reported to the editor').to.be.greaterThan(0);
      else expect(problems, 'plain text').to.deep.equal([]);
    });
  });

  /** The minimal guide with a vector as every piece of front matter text on the first pages. */
  function hostile(guide: Guide, text: (i: number) => string, options = 2): Guide {
    const who = guide.questions[0]!;
    const question: Question = {
      ...who,
      question: text(0),
      hint: text(1),
      options: Array.from({ length: options }, (_, i) => ({
        ...who.options[i % who.options.length]!,
        id: `option-${i}`,
        label: text(i),
        hint: text(i + 1),
        value: who.options[0]!.value,
        exit: undefined,
      })),
    };
    return { ...guide, title: text(0), privacy: text(1), questions: [question, ...guide.questions.slice(1)] };
  }

  async function mountAndStart(guide: Guide): Promise<SupportFinder> {
    const el = await fixture<SupportFinder>(html`<support-finder .guide=${guide}></support-finder>`);
    await settle(el);
    byText(el.shadowRoot!, 'button', /Start now/)!.click();
    await settle(el);
    return el;
  }

  it('shows every vector as text when it is a front matter label, through the whole widget', async () => {
    const guide = await minimalGuide();
    const sources = [...XSS_CORPUS.map((v) => v.source), ...LABEL_VECTORS];
    // Baseline: the same pages with harmless words, for the element count.
    const plainEl = await mountAndStart(hostile(guide, (i) => `Plain words ${i}`, sources.length));
    const baseline = deepAll(plainEl.shadowRoot!, '*').length;
    plainEl.remove();

    const el = await mountAndStart(hostile(guide, (i) => sources[i % sources.length]!.trim(), sources.length));
    await pause(100);
    expect(canary.__pwned, 'the canary').to.equal(undefined);
    expect(findings(el.shadowRoot!)).to.deep.equal([]);
    expect(deepAll(el.shadowRoot!, '*').length, 'no element came from a label').to.equal(baseline);
    const labels = deepAll(el.shadowRoot!, 'label.radio__label').map((l) => l.textContent);
    expect(labels).to.deep.equal(sources.map((s) => s.trim()));
    const heading = deepAll(el.shadowRoot!, 'legend h2')[0];
    expect(heading?.textContent).to.equal(sources[0]!.trim());
    el.remove();
  });

  for (const vector of LABEL_VECTORS)
    it(`shows the title ${JSON.stringify(vector).slice(0, 40)} as text on the start page`, async () => {
      const guide = await minimalGuide();
      const el = await fixture<SupportFinder>(
        html`<support-finder .guide=${{ ...guide, title: vector, privacy: vector }}></support-finder>`,
      );
      await settle(el);
      await pause(30);
      expect(canary.__pwned, 'the canary').to.equal(undefined);
      expect(findings(el.shadowRoot!)).to.deep.equal([]);
      expect(deepAll(el.shadowRoot!, 'h2')[0]?.textContent).to.equal(vector);
      expect(deepAll(el.shadowRoot!, 'script, img, iframe, object, embed, math').length).to.equal(0);
    });
});
