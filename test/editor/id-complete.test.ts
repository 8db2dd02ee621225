/**
 * Which ids the editor offers where: each way a field that takes ids is written in the content
 * files, and the places no id goes, read from the line up to the cursor and the fields above it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeIds, type PackIds } from '../../src/editor/id-complete.js';

const ids: PackIds = {
  questions: [
    { id: 'aim', name: 'What would you like to do?', options: [{ id: 'self', name: 'For me' }] },
    {
      id: 'audience',
      name: 'Who are you?',
      options: [
        { id: 'nhs', name: 'NHS staff' },
        { id: 'social-care', name: 'Social care' },
      ],
    },
  ],
  outcomes: [
    { id: 'coaching', name: 'Coaching' },
    { id: 'mentoring', name: 'Mentoring' },
  ],
  areas: [{ id: 'llr', name: 'LLR' }],
  audiences: [{ id: 'nhs', name: 'NHS staff' }],
};

const offered = (kind: Parameters<typeof completeIds>[0], before: string, parents: string[] = [], sets?: string) => {
  const found = completeIds(kind, before, parents, ids, sets);
  return found && `${found.word}|${found.options.map((o) => o.label).join(',')}`;
};

test("outcome ids: an exit, weights written either way, a contact's offers, the tie-break", () => {
  assert.equal(offered('question', '    exit: co', ['options']), 'co|coaching,mentoring');
  assert.equal(offered('question', '    weights: { coaching: 2, me', ['options']), 'me|coaching,mentoring');
  assert.equal(offered('question', '      me', ['options', 'weights']), 'me|coaching,mentoring');
  assert.equal(offered('contact', 'offers: [coaching, ', []), '|coaching,mentoring');
  assert.equal(offered('contact', '  - men', ['offers']), 'men|coaching,mentoring');
  assert.equal(offered('guide', 'tieBreak: [m', []), 'm|coaching,mentoring');
});

test('question and option ids in "when", written as a map, a block or a list of maps', () => {
  assert.equal(offered('question', 'when: { au', []), 'au|aim,audience');
  assert.equal(offered('question', 'when: { audience: [nhs, so', []), 'so|nhs,social-care');
  assert.equal(offered('question', '  audience: [s', ['when']), 's|nhs,social-care');
  assert.equal(offered('question', '  - { audience: [', ['when']), '|nhs,social-care');
  assert.equal(offered('question', '  au', ['when']), 'au|aim,audience');
  assert.equal(offered('guide', 'questions: [aim, ', []), '|aim,audience');
});

test('area and audience ids, and a value by what the question sets', () => {
  assert.equal(offered('contact', 'areas: [l', []), 'l|llr');
  assert.equal(offered('contact', 'audiences: [', []), '|nhs');
  assert.equal(offered('guide', '    within: ', ['areas']), '|llr');
  assert.equal(offered('guide', '  - areas: [', ['help']), '|llr');
  assert.equal(offered('question', '    value: ', ['options'], 'area'), '|llr');
  assert.equal(offered('question', '    value: ', ['options'], 'audience'), '|nhs');
});

test('no ids where none go: names, numbers, text, and a field name being typed', () => {
  assert.equal(offered('question', '    label: Co', ['options']), undefined);
  assert.equal(offered('question', '    weights: { coaching: ', ['options']), undefined);
  assert.equal(offered('question', '      coaching: ', ['options', 'weights']), undefined);
  assert.equal(offered('question', '    weights: co', ['options']), undefined);
  assert.equal(offered('question', '    lab', ['options']), undefined);
  assert.equal(offered('contact', 'off', []), undefined);
  assert.equal(offered('outcome', 'title: C', []), undefined);
});
