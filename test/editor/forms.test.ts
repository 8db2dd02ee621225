/**
 * What the editor page writes: new contacts and areas that pass the check, and the pack index
 * exactly as the command line writes it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdown } from '../../src/content/markdown.js';
import { checkPack } from '../../src/check/check-pack.js';
import { formatProblem } from '../../src/content/problem.js';
import { addArea, contactFile } from '../../src/editor/forms.js';
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
