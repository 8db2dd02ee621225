/**
 * The run-time path for hostile Markdown: marked + DOMPurify on the browser's own DOM, then the
 * allow-list, then Lit templates. Nothing may run, and no unsafe link may survive.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMarkdown } from '../../src/content/markdown.js';
import { renderRich } from '../../src/components/rich-text/rich-text.js';
import { XSS_VECTORS } from '../fixtures/xss.js';

const render = createMarkdown(window);

describe('rich text from hostile Markdown, in the browser', () => {
  for (const vector of XSS_VECTORS) {
    it(`runs nothing for ${JSON.stringify(vector).slice(0, 50)}`, async () => {
      (window as unknown as { __pwned?: number }).__pwned = undefined;
      const { rich } = render(vector);
      const el = await fixture<HTMLElement>(
        html`<div>${renderRich(rich, { headingLevel: 3, newTab: '(new tab)' })}</div>`,
      );
      await new Promise((r) => setTimeout(r, 20));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(el.querySelectorAll('script, iframe, img, svg, math, style, details').length).to.equal(0);
      for (const node of el.querySelectorAll('*'))
        for (const attr of node.attributes)
          expect(attr.name.startsWith('on'), `${attr.name} on ${node.tagName}`).to.equal(false);
      for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|mailto:|tel:|#)/);
    });
  }
});
