import { createMarkdown } from '../../src/content/markdown.js';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rich } from '../../src/content/schema.js';
import { XSS_VECTORS } from '../fixtures/xss.js';

const render = createMarkdown();

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

describe('Markdown on the build path (marked tokens through the allow-list)', () => {
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

  test('decodes character references as a browser would, and leaves unknown ones as written', () => {
    const { rich } = render('Fish &amp; chips &ndash; &#163;5 &#x263A; &madeup; `a &amp; b`');
    assert.deepEqual(rich, [
      { t: 'p', c: ['Fish & chips \u2013 \u00a35 \u263a &madeup; ', { t: 'code', c: ['a &amp; b'] }] },
    ]);
  });

  test('refuses a scheme hidden behind character references', () => {
    const { rich, problems } = render('[x](&#106;avascript:alert(1)) [y](java&#x09;script:alert(1))');
    assert.deepEqual(flatten(rich).hrefs, []);
    // The second decodes to a tab, which encodes to "java%09script:": a hidden character.
    assert.deepEqual(
      problems.map((p) => p.rule),
      ['unsafe-link', 'hidden-character'],
    );
  });

  test('turns a NUL character into the replacement character', () => {
    assert.deepEqual(render('a\u0000b').rich, [{ t: 'p', c: ['a\ufffdb'] }]);
  });

  test("keeps a table's words, a row per paragraph, and warns the editor", () => {
    const { rich, problems } = render('Before\n\n| Who | When |\n| --- | --- |\n| You | **Now** |\n');
    assert.deepEqual(rich, [
      { t: 'p', c: ['Before'] },
      { t: 'p', c: ['Who \u2013 When'] },
      { t: 'p', c: ['You \u2013 ', { t: 'strong', c: ['Now'] }] },
    ]);
    assert.deepEqual(
      problems.map((p) => [p.rule, p.severity, p.offset]),
      [['table', 'warning', 8]],
    );
  });

  test('keeps lists, quotes, code blocks and line breaks, and drops rules and strikethrough marks', () => {
    const { rich } = render('- a\n- b\n  1. c\n\n> quoted\n\n```\nx < y\n```\n\n---\n\nl1  \nl2 ~~gone~~');
    assert.deepEqual(rich, [
      {
        t: 'ul',
        c: [
          { t: 'li', c: ['a'] },
          { t: 'li', c: ['b', { t: 'ol', c: [{ t: 'li', c: ['c'] }] }] },
        ],
      },
      { t: 'blockquote', c: [{ t: 'p', c: ['quoted'] }] },
      { t: 'code', c: ['x < y'] },
      { t: 'p', c: ['l1', { t: 'br' }, 'l2 gone'] },
    ]);
  });

  test('keeps a soft line break as a space, in text and in link text', () => {
    const { rich } = render('one\ntwo *three\nfour* [five\nsix](https://a.example.org)\nseven');
    assert.deepEqual(rich, [
      {
        t: 'p',
        c: [
          'one two ',
          { t: 'em', c: ['three four'] },
          ' ',
          { t: 'a', href: 'https://a.example.org', c: ['five six'] },
          ' seven',
        ],
      },
    ]);
  });

  test('never puts a link inside a link', () => {
    const { rich } = render('[see <https://a.example.org>](https://b.example.org)');
    assert.deepEqual(rich, [
      { t: 'p', c: [{ t: 'a', href: 'https://b.example.org', c: ['see https://a.example.org'] }] },
    ]);
  });

  test('refuses an https address with a name before "@", which hides the real site', () => {
    const { rich, problems } = render('[NHS](https://www.nhs.uk@example.org/)');
    assert.deepEqual(flatten(rich).hrefs, []);
    assert.deepEqual(
      problems.map((p) => p.rule),
      ['bad-url'],
    );
  });

  test('compares a link text with the address as it will be used', () => {
    assert.deepEqual(render('[a@b.example.org](mailto:a&#64;b.example.org)').problems, []);
  });

  test('reports a link it cannot read as an address', () => {
    const { rich, problems } = render('[a](https://a.example.org/\ud800)');
    assert.deepEqual(flatten(rich).hrefs, []);
    assert.deepEqual(
      problems.map((p) => p.rule),
      ['bad-url'],
    );
  });

  test('places problems the same with Windows line endings', () => {
    const unix = 'intro text\n\n[a\nb](javascript:x)';
    const windows = unix.replace(/\n/g, '\r\n');
    assert.equal(render(unix).problems[0]?.offset, 12);
    assert.deepEqual(
      render(windows).problems.map((p) => p.offset),
      render(unix).problems.map((p) => p.offset),
    );
  });
});
