/**
 * What the editor page writes: new contacts and areas that pass the check, and the pack index
 * exactly as the command line writes it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdown } from '../../src/content/markdown.js';
import { checkPack } from '../../src/check/check-pack.js';
import { formatProblem } from '../../src/content/problem.js';
import { addArea, addOption, contactFile, suggestId, type NewOption } from '../../src/editor/forms.js';
import { indexText } from '../../src/editor/publish.js';
import { indexText as cliIndexText } from '../../src/node/files.js';
import { defaultPack, projectRoot, TODAY } from '../fixtures/node.js';
import { join } from 'node:path';

const check = (files: Record<string, string>) => checkPack(files, { markdown: createMarkdown(), today: TODAY });
const errors = (files: Record<string, string>) =>
  check(files)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

test('the pack index is the same text the command line writes', () => {
  const files = defaultPack();
  assert.equal(indexText(Object.keys(files)), cliIndexText(files, join(projectRoot, 'content'), projectRoot));
});

test('a new area, and a new contact for it, pass the check and reach the compiled guide', () => {
  const files = new Map(Object.entries(defaultPack()));
  const done = addArea(files, { id: 'north-east', name: 'The North East', within: 'england', label: 'The North East' });
  if ('error' in done) assert.fail(done.error);
  const withArea = { ...Object.fromEntries(files), ...Object.fromEntries(done.changes) };
  assert.deepEqual([...done.changes.keys()].sort(), ['content/guide.md', 'content/questions/area.md']);
  // England-wide contacts already serve an area within England, so the new area checks clean.
  assert.deepEqual(errors(withArea), []);
  const asked = check(withArea).guide!.questions.find((q) => q.id === 'area')!;
  assert.deepEqual(asked.options.at(-1), { id: 'north-east', label: 'The North East', value: 'north-east' });
  const contact = contactFile({
    id: 'north-east-hub',
    name: 'North East coaching: "hub"',
    organisation: 'NHS North East',
    level: 'regional',
    areas: ['north-east'],
    audiences: ['nhs', 'social-care'],
    offers: ['coaching', 'mentoring', 'offer-coaching', 'offer-mentoring'],
    website: 'https://example.org/north-east',
    email: 'north.east@nhs.net',
    phone: '0191 000 0000',
    description: 'Coaching and mentoring for staff in the North East.',
    reviewed: TODAY,
  });
  const complete = { ...withArea, 'content/contacts/north-east-hub.md': contact };
  assert.deepEqual(errors(complete), []);
  const guide = check(complete).guide!;
  assert.equal(guide.contacts.find((c) => c.id === 'north-east-hub')?.name, 'North East coaching: "hub"');
  assert.equal(guide.areas.find((a) => a.id === 'north-east')?.within, 'england');
});

test('an area added to guide.md alone is reported: no question offers it', () => {
  const files = defaultPack();
  const guide = files['content/guide.md']!.replace(/^areas:\n/m, 'areas:\n  - id: wales\n    name: Wales\n');
  const found = check({ ...files, 'content/guide.md': guide }).problems.filter((p) => p.rule === 'area-not-offered');
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /"wales"/);
});

const option = (o: Partial<NewOption>): NewOption => ({
  question: 'aim',
  id: 'career',
  label: 'Plan the next step in my career',
  hint: '',
  effect: 'weights',
  weights: {},
  exit: '',
  reason: '',
  value: '',
  ...o,
});

test('a new option is added at the end of its question, every other byte of the file kept, and checks', () => {
  const files = defaultPack();
  const path = 'content/questions/aim.md';
  const before = files[path]!;
  const done = addOption(
    new Map(Object.entries(files)),
    option({
      weights: { mentoring: 3, 'team-coaching': -2 },
      reason: 'You want to plan your career: a mentor can help.',
    }),
  );
  if ('error' in done) assert.fail(done.error);
  assert.equal(done.path, path);
  const inserted = [
    '  - id: career',
    '    label: Plan the next step in my career',
    '    weights: { mentoring: 3, team-coaching: -2 }',
    '    reason: "You want to plan your career: a mentor can help."',
    '',
  ].join('\n');
  const end = before.lastIndexOf('---');
  assert.equal(done.text, before.slice(0, end) + inserted + before.slice(end));
  const changed = { ...files, [path]: done.text };
  assert.deepEqual(errors(changed), []);
  const aim = check(changed).guide!.questions.find((q) => q.id === 'aim')!;
  assert.deepEqual(aim.options.at(-1), {
    id: 'career',
    label: 'Plan the next step in my career',
    weights: { mentoring: 3, 'team-coaching': -2 },
    reason: 'You want to plan your career: a mentor can help.',
  });
});

test('a new option keeps the file\'s Windows line endings, and an exit, a value or "unsure" is written as such', () => {
  const files = defaultPack();
  const path = 'content/questions/area.md';
  const crlf = files[path]!.replace(/\n/g, '\r\n');
  const done = addOption(
    new Map([[path, crlf]]),
    option({ question: 'area', id: 'north-east', label: 'The North East', effect: 'none', value: 'england' }),
  );
  if ('error' in done) assert.fail(done.error);
  assert.ok(!/[^\r]\n/.test(done.text), 'every line still ends with CR LF');
  assert.match(done.text, /\r\n {2}- id: north-east\r\n {4}label: The North East\r\n {4}value: england\r\n---\r\n$/);
  const exit = addOption(
    new Map([['content/questions/aim.md', files['content/questions/aim.md']!]]),
    option({ effect: 'exit', exit: 'wellbeing', reason: 'To talk.' }),
  );
  if ('error' in exit) assert.fail(exit.error);
  assert.match(exit.text, /- id: career\n {4}label: .*\n {4}exit: wellbeing\n {4}reason: To talk\.\n---/);
  const unsure = addOption(
    new Map([['content/questions/aim.md', files['content/questions/aim.md']!]]),
    option({ effect: 'unsure', reason: 'ignored' }),
  );
  if ('error' in unsure) assert.fail(unsure.error);
  assert.match(unsure.text, /- id: career\n {4}label: .*\n {4}unsure: true\n---/);
});

test('an option with an id the question already has, or for a question that does not exist, is refused', () => {
  const files = new Map(Object.entries(defaultPack()));
  const twice = addOption(files, option({ id: 'self' }));
  assert.ok('error' in twice && /already has an option with the id "self"/.test(twice.error));
  const none = addOption(files, option({ question: 'no-such-question' }));
  assert.ok('error' in none && /no question with the id "no-such-question"/.test(none.error));
});

test('an option id is suggested from its label', () => {
  assert.equal(suggestId("I'm not sure yet"), 'im-not-sure-yet');
  assert.equal(suggestId('  Café & Co: the best — really? '), 'cafe-co-the-best-really');
  assert.equal(suggestId('One two three four five six seven'), 'one-two-three-four-five-six');
});
