/**
 * Work bounded by input size: packs far past every limit get one clear error, quickly, and the
 * path walk copes with guides far longer than the call stack is deep.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPack } from '../../src/check/check-pack.js';
import { createMarkdown } from '../../src/content/markdown.js';
import { forEachPath } from '../../src/guide/flow.js';
import {
  MAX_CONTACTS,
  MAX_FETCHED_FILES,
  MAX_FILES,
  MAX_PACK_EMPHASIS,
  MAX_PACK_LENGTH,
  MAX_QUESTIONS,
} from '../../src/content/limits.js';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexProblems, indexText } from '../../src/node/files.js';
import { format } from '../../src/components/format.js';
import { minimalPack, TODAY } from '../fixtures/node.js';
import { syntheticGuide } from '../fixtures/synthetic.js';

const check = (files: Record<string, string>) => checkPack(files, { markdown: createMarkdown(), today: TODAY });
const rules = (files: Record<string, string>) => check(files).problems.map((p) => p.rule);

describe('limits on what a pack may ask of the check', () => {
  test(`more than ${MAX_FILES} files: one error, nothing read`, () => {
    const pack = minimalPack();
    const contact = pack['pack/contacts/local.md']!;
    for (let i = 0; i <= MAX_FILES; i++) pack[`pack/contacts/c${i}.md`] = contact.replace('id: local', `id: c${i}`);
    assert.deepEqual(rules(pack), ['pack-too-large']);
  });

  test(`more than ${MAX_PACK_LENGTH / 1000} kB in all: one error`, () => {
    const pack = minimalPack();
    const files = Math.ceil(MAX_PACK_LENGTH / 95_000) + 1;
    for (let i = 0; i < files; i++) pack[`pack/contacts/c${i}.md`] = `---\nid: c${i}\n---\n${'word '.repeat(19_000)}`;
    assert.deepEqual(rules(pack), ['pack-too-large']);
  });

  test(`more than ${MAX_PACK_EMPHASIS} emphasis marks in all: one error, in well under a second`, () => {
    const pack = minimalPack();
    const files = Math.ceil(MAX_PACK_EMPHASIS / 900) + 1;
    for (let i = 0; i < files; i++) pack[`pack/contacts/c${i}.md`] = `---\nid: c${i}\n---\n${'_a'.repeat(900)}`;
    const started = performance.now();
    assert.deepEqual(rules(pack), ['pack-too-large']);
    console.log(`# limits: ${files * 900} marks refused in ${Math.round(performance.now() - started)} ms`);
  });

  test(`${MAX_CONTACTS} contacts, one file each, are within the limits and check clean`, () => {
    const pack = minimalPack();
    const contact = pack['pack/contacts/local.md']!;
    delete pack['pack/contacts/local.md'];
    for (let i = 0; i < MAX_CONTACTS; i++) pack[`pack/contacts/c${i}.md`] = contact.replace('id: local', `id: c${i}`);
    const { guide, problems } = check(pack);
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.equal(
      guide?.contacts.length,
      MAX_CONTACTS + Object.keys(minimalPack()).filter((p) => p.includes('/contacts/')).length - 1,
    );
  });

  test(`a pack of more than ${MAX_FETCHED_FILES} files is told to be served compiled`, async () => {
    // Paths as readPack gives them: relative to the folder the command runs in.
    const cwd = mkdtempSync(join(tmpdir(), 'sf-many-'));
    mkdirSync(join(cwd, 'pack'));
    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_FETCHED_FILES; i++) files[`pack/contacts/c${i}.md`] = '';
    const dir = join(cwd, 'pack');
    writeFileSync(join(dir, 'pack.yaml'), indexText(files, dir, cwd));
    const problems = await indexProblems(dir, files, cwd);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.rule]),
      [['warning', 'pack-index']],
    );
    assert.match(problems[0]!.message, /more than the 500 the widget fetches one by one.*npx support-finder build/);
    delete files['pack/contacts/c0.md'];
    writeFileSync(join(dir, 'pack.yaml'), indexText(files, dir, cwd));
    assert.deepEqual(await indexProblems(dir, files, cwd), []);
  });

  test(`a guide listing more than ${MAX_QUESTIONS} questions is refused`, () => {
    const pack = minimalPack();
    const ids = Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => `q${i}`);
    pack['pack/guide.md'] = pack['pack/guide.md']!.replace(/questions: \[[^\]]*\]/, `questions: [${ids.join(', ')}]`);
    assert.ok(rules(pack).includes('invalid-value'));
  });
});

describe('the path walk', () => {
  test('walks a guide of 20,000 questions without recursion', () => {
    const guide = syntheticGuide(20_000, 1, 2);
    const lengths: number[] = [];
    const complete = forEachPath(guide, 3, (steps) => lengths.push(steps.length));
    assert.equal(complete, false);
    assert.equal(lengths.length, 3);
    assert.ok(
      lengths.every((n) => n > 1_000),
      lengths.join(),
    );
  });
});

describe('placeholders', () => {
  test('names every object has are left as written', () => {
    assert.equal(format('{constructor} {toString} {n}', { n: 2 }), '{constructor} {toString} 2');
  });
});

describe('Markdown that would take seconds or overflow the stack', () => {
  const cases: [string, string, string][] = [
    ["'_a'.repeat(49000)", '_a'.repeat(49_000), 'too-complex'],
    ["'*a'.repeat(50000)", '*a'.repeat(50_000), 'too-complex'],
    ["'> '.repeat(800)", `${'> '.repeat(800)}x`, 'too-deep'],
    ["'**'.repeat(800)", `${'**'.repeat(800)}x`, 'too-complex'],
    ["'*'.repeat(1500)", '*'.repeat(1_500), 'too-complex'],
    ["'> - '.repeat(1000)", `${'> - '.repeat(1_000)}x`, 'too-deep'],
    ["'**'.repeat(100)", `${'**'.repeat(100)}x${'**'.repeat(100)}`, 'too-deep'],
  ];
  for (const [name, source, rule] of cases)
    test(`${name} is refused with "${rule}"`, () => {
      const started = performance.now();
      const { rich, problems } = createMarkdown()(source);
      const ms = Math.round(performance.now() - started);
      console.log(`# limits: ${name} refused (${rule}) in ${ms} ms`);
      assert.deepEqual(rich, []);
      assert.deepEqual(
        problems.map((p) => p.rule),
        [rule],
      );
    });
});
