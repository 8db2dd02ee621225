/**
 * Every answer path of the default content pack, clicked through in the real widget: each ends
 * at a suggestion with reasons and contacts, and axe finds nothing on any distinct page (every
 * question, its error state, the summary, and each suggestion in each area).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { Guide } from '../../src/content/schema.js';
import type { SupportFinder } from '../../src/support-finder.js';
import { forEachPath } from '../../src/guide/flow.js';
import { axeViolations } from '../browser/axe.js';
import { answer, byText, click, deep, deepAll, settle } from '../browser/widget.js';

defineElements();

// Each test starts fresh: the widget resumes saved answers by design.
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('every path of the default pack', () => {
  it('reaches an explained suggestion with contacts, with no axe violations on any page', async () => {
    const guide = (await (await fetch('/.cache/default-pack.json')).json()) as Guide;
    const paths: [string, string][][] = [];
    forEachPath(guide, 5000, (steps) => paths.push(steps.map(([q, o]) => [q, o])));
    expect(paths.length).to.be.greaterThan(700);

    const el = await fixture<SupportFinder>(html`<support-finder .guide=${guide}></support-finder>`);
    await settle(el);
    const checked = new Set<string>();
    const violations: string[] = [];
    const axeOnce = async (key: string) => {
      if (checked.has(key)) return;
      checked.add(key);
      violations.push(...(await axeViolations(el)).map((v) => `${key}: ${v}`));
    };

    for (const steps of paths) {
      await click(el, 'button', /Start now/);
      for (const [questionId, optionId] of steps) {
        if (!checked.has(`error:${questionId}`)) {
          await click(el, 'button', 'Continue');
          await axeOnce(`error:${questionId}`);
        }
        await axeOnce(`question:${questionId}`);
        await answer(el, optionId);
      }
      if (byText(el.shadowRoot!, 'h2', 'Check your answers')) {
        await axeOnce(`review:${steps.length}`);
        await click(el, 'button', 'See my suggestion');
      }
      const heading = deep(el.shadowRoot!, 'sf-result-page')?.shadowRoot?.querySelector('h2');
      expect(heading?.textContent, steps.join(' ')).to.match(/^Our suggestion: /);
      const contacts = deepAll(el.shadowRoot!, '.contact');
      expect(contacts.length, `contacts after ${steps.join(' ')}`).to.be.greaterThan(0);
      const area = steps.find(([q]) => q === 'area')?.[1] ?? '-';
      await axeOnce(`result:${heading?.textContent}:${area}`);
      await click(el, 'button', 'Start again');
    }
    console.log(`walked ${paths.length} paths; axe checked ${checked.size} distinct pages`);
    expect(violations).to.deep.equal([]);
  });
});
