import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rich } from '../../src/content/schema.js';
import { nodeMarkdown } from '../../src/node/files.js';
import { XSS_VECTORS } from '../fixtures/xss.js';

const render = nodeMarkdown();

function flatten(
  nodes: Rich,
  out: { tags: string[]; hrefs: string[]; text: string[] } = { tags: [], hrefs: [], text: [] },
) {
  for (const n of nodes) {
    if (typeof n === 'string') out.text.push(n);
    else {
      out.tags.push(n.t);
      if (n.href !== undefined) out.hrefs.push(n.href);
      flatten(n.c ?? [], out);
    }
  }
  return out;
}

describe('Markdown on the build path (marked + DOMPurify in jsdom + allow-list)', () => {
  for (const vector of XSS_VECTORS) {
    test(`neutralises ${JSON.stringify(vector).slice(0, 60)}`, () => {
      const { rich } = render(vector);
      const { hrefs, tags } = flatten(rich);
      for (const href of hrefs) assert.match(href, /^(https:\/\/[^"\s]+|mailto:|tel:|#)/, `unsafe href ${href}`);
      for (const tag of tags)
        assert.ok(['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'br', 'a', 'h', 'blockquote'].includes(tag), tag);
      assert.doesNotMatch(JSON.stringify(rich), /"on[a-z]+"\s*:/, 'no event-handler attributes survive');
    });
  }

  test('reports raw HTML and unsafe links to the editor', () => {
    const { problems } = render('<b>x</b> [a](javascript:alert(1)) [b](http://example.org)');
    assert.deepEqual(
      problems.map((p) => p.rule),
      ['raw-html', 'raw-html', 'unsafe-link', 'insecure-link'],
    );
  });

  test('shows raw HTML as text rather than dropping the words', () => {
    const { rich } = render('Use <b>this</b> word.');
    assert.deepEqual(rich, [{ t: 'p', c: ['Use <b>this</b> word.'] }]);
  });

  test('keeps https, mailto and tel links, and in-page links', () => {
    const { rich, problems } = render(
      '[a](https://example.org/a) [b](mailto:x@example.org) [c](tel:+441160000000) [d](#top)',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(flatten(rich).hrefs, [
      'https://example.org/a',
      'mailto:x@example.org',
      'tel:+441160000000',
      '#top',
    ]);
  });

  test('keeps the spaces between inline elements', () => {
    const { rich } = render('**bold** and *italic*');
    assert.deepEqual(rich, [{ t: 'p', c: [{ t: 'strong', c: ['bold'] }, ' and ', { t: 'em', c: ['italic'] }] }]);
  });
});
