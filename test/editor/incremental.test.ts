/**
 * The quick check the editor runs on every keystroke, held to the full check: one file read
 * again and put into the last checked guide gives the guide the full check makes of the changed
 * pack, and what the quick check cannot vouch for (a new id, a broken reference) is refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdown } from '../../src/content/markdown.js';
import { checkPack } from '../../src/check/check-pack.js';
import { checkOneFile, heldBy, patchGuide, rememberMarkdown, type FileValue } from '../../src/editor/incremental.js';
import { kindOf } from '../../src/content/parse-file.js';
import { defaultPack, TODAY } from '../fixtures/node.js';

const markdown = rememberMarkdown(createMarkdown());
const check = (files: Record<string, string>) => checkPack(files, { markdown, today: TODAY });
const files = defaultPack();
const full = check(files);
const held = heldBy(full.index);

function patched(path: string, text: string) {
  const quick = checkOneFile(path, text, markdown);
  assert.ok(quick.value, `${path} passes its own checks`);
  return patchGuide(full.guide!, held, new Map<string, FileValue>([[path, quick.value]]));
}

test('each question, outcome and contact read alone puts back exactly what the full check read', () => {
  assert.ok(full.guide);
  const paths = Object.keys(files).filter((p) => kindOf(p) && kindOf(p) !== 'guide');
  assert.ok(paths.length > 20);
  for (const path of paths) {
    assert.deepEqual(patched(path, files[path]!), full.guide, path);
    // Whatever the quick check says about a file, the full check says too.
    const quick = checkOneFile(path, files[path]!, markdown).problems;
    for (const p of quick)
      assert.ok(
        full.problems.some((f) => JSON.stringify(f) === JSON.stringify(p)),
        p.message,
      );
  }
});

test('a changed contact, outcome and question give the guide the full check makes of the changed pack', () => {
  const edits: [string, (t: string) => string][] = [
    ['content/contacts/uhl-od.md', (t) => t.replace(/^name: .*$/m, 'name: A new name for the team')],
    ['content/outcomes/coaching.md', (t) => `${t}\n## A new section\n\nWith **new** words.\n`],
    ['content/questions/aim.md', (t) => t.replace("label: I'm not sure yet", 'label: Not sure')],
  ];
  for (const [path, edit] of edits) {
    const text = edit(files[path]!);
    assert.notEqual(text, files[path], `${path} is changed`);
    const changed = check({ ...files, [path]: text });
    assert.ok(changed.guide, `${path} still checks`);
    assert.deepEqual(patched(path, text), changed.guide, path);
  }
});

test('a mistake in the file is found by the quick check alone, at the line the full check gives', () => {
  const path = 'content/contacts/uhl-od.md';
  const text = files[path]!.replace(/^level: .*$/m, 'level: [local');
  const quick = checkOneFile(path, text, markdown);
  assert.equal(quick.value, undefined);
  const errors = quick.problems.filter((p) => p.severity === 'error');
  assert.ok(errors.length > 0);
  const fullErrors = check({ ...files, [path]: text }).problems.filter(
    (p) => p.path === path && p.severity === 'error',
  );
  assert.deepEqual(errors, fullErrors);
});

test('what only the whole pack can vouch for is left to the full check', () => {
  const path = 'content/contacts/uhl-od.md';
  // A new id: other files may name the old one.
  assert.equal(patched(path, files[path]!.replace(/^id: .*$/m, 'id: uhl-od-new')), undefined);
  // An outcome that does not exist.
  assert.equal(patched(path, files[path]!.replace(/^offers: \[/m, 'offers: [no-such-outcome, ')), undefined);
  // A question's option pointing at an outcome that does not exist.
  const aim = 'content/questions/aim.md';
  assert.equal(patched(aim, files[aim]!.replace('exit: wellbeing', 'exit: no-such-outcome')), undefined);
});

test('a question that sets the area keeps to the areas the guide has, and its options named by "when" stay', () => {
  const area = 'content/questions/area.md';
  assert.deepEqual(
    patched(area, files[area]!.replace('label: The South West', 'label: South West England')),
    check({ ...files, [area]: files[area]!.replace('label: The South West', 'label: South West England') }).guide,
  );
  assert.equal(patched(area, files[area]!.replace('value: south-west', 'value: south-west-england')), undefined);
  // "audience" is named by the area question's "when": its option "nhs" must stay.
  const audience = 'content/questions/audience.md';
  assert.match(files[audience]!, /- id: nhs$/m);
  assert.equal(patched(audience, files[audience]!.replace(/- id: nhs$/m, '- id: nhs-staff')), undefined);
});
