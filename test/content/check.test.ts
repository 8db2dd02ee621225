import { createMarkdown } from '../../src/content/markdown.js';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPack } from '../../src/check/check-pack.js';
import { validateCompiled } from '../../src/content/compiled.js';
import { RICH_TAGS, type Rich } from '../../src/content/schema.js';
import { formatProblem } from '../../src/content/problem.js';
import { brokenCases, brokenPack, defaultPack, expectedLines, minimalPack, TODAY } from '../fixtures/node.js';

const check = (files: Record<string, string>) => checkPack(files, { markdown: createMarkdown(), today: TODAY });

describe('broken content: one mistake each, reported exactly (golden files)', () => {
  const cases = brokenCases();
  test('there are golden cases to check', () => assert.ok(cases.length >= 20, `${cases.length} cases`));
  for (const name of cases) {
    test(name, () => {
      const result = check(brokenPack(name));
      const expected = expectedLines(name);
      assert.ok(expected.length > 0, 'a broken case must expect at least one problem');
      assert.deepEqual(result.problems.map(formatProblem), expected);
      const errors = expected.some((line) => / error /.test(line));
      assert.equal(result.guide === undefined, errors, 'no guide exactly when there are errors');
    });
  }
});

describe('the minimal fixture pack', () => {
  test('has no problems and compiles to a guide', () => {
    const result = check(minimalPack());
    assert.deepEqual(result.problems, []);
    const guide = result.guide!;
    assert.deepEqual(
      guide.questions.map((q) => q.id),
      ['who', 'goal', 'length'],
    );
    assert.deepEqual(guide.outcomes.map((o) => o.id).sort(), ['alpha', 'beta', 'visitor-info']);
    assert.equal(guide.outcomes.find((o) => o.id === 'alpha')?.sections[0]?.heading, 'What to expect');
    assert.equal('note' in guide.contacts[0]!, false, 'editor notes are never shipped');
  });

  test('renders Markdown into the allow-listed tree, with https links kept', () => {
    const guide = check(minimalPack()).guide!;
    assert.deepEqual(guide.intro, [
      {
        t: 'p',
        c: [
          'A short guide used by the tests. See ',
          { t: 'a', href: 'https://example.org/guide', c: ['the example'] },
          '.',
        ],
      },
    ]);
  });
});

describe('the default content pack', () => {
  const result = check(defaultPack());

  test('has no errors', () => {
    assert.deepEqual(result.problems.filter((p) => p.severity === 'error').map(formatProblem), []);
    assert.ok(result.guide);
  });

  test('compiles to a pack the run-time loader accepts, help lines and sources included', () => {
    const { guide, issues } = validateCompiled(JSON.parse(JSON.stringify(result.guide)));
    assert.deepEqual(issues, []);
    assert.ok(guide!.help.length > 1);
    assert.ok(guide!.contacts.every((c) => c.sources?.length));
  });

  test('covers every kind of support, offer, signpost, area and audience the guide promises', () => {
    const guide = result.guide!;
    const ids = guide.outcomes.map((o) => o.id);
    for (const id of [
      'coaching',
      'mentoring',
      'buddying',
      'team-coaching',
      'reverse-mentoring',
      'wellbeing',
      'ppv-offer',
    ])
      assert.ok(ids.includes(id), id);
    for (const kind of ['support', 'offer', 'signpost'])
      assert.ok(
        guide.outcomes.some((o) => o.kind === kind),
        kind,
      );
    assert.deepEqual(guide.areas.map((a) => a.id).sort(), [
      'england',
      'llr',
      'midlands',
      'outside-england',
      'south-west',
    ]);
    assert.deepEqual(guide.audiences.map((a) => a.id).sort(), ['nhs', 'ppv', 'social-care']);
    for (const level of ['local', 'regional', 'national'])
      assert.ok(
        guide.contacts.some((c) => c.level === level),
        level,
      );
  });

  test('keeps the address people see, not the mistyped link target of the source guide', () => {
    const uhl = result.guide!.contacts.find((c) => c.id === 'uhl-od');
    assert.equal(uhl?.email, 'ODStaffSupport@uhl-tr.nhs.uk');
    assert.match(defaultPack()['content/contacts/uhl-od.md'] ?? '', /^note: /m, 'the editor is told why');
  });

  test('only ever contains allow-listed rich-text tags and safe links', () => {
    const walk = (nodes: Rich): void =>
      nodes.forEach((n) => {
        if (typeof n === 'string') return;
        assert.ok((RICH_TAGS as readonly string[]).includes(n.t), n.t);
        if (n.href) assert.match(n.href, /^(https:|mailto:|tel:|#)/);
        walk(n.c ?? []);
      });
    const g = result.guide!;
    walk(g.intro);
    g.outcomes.forEach((o) => o.sections.forEach((s) => walk(s.body)));
    g.contacts.forEach((c) => walk(c.body));
  });
});
