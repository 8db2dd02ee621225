/**
 * Realistic people, written from the seed documents (test/fixtures/people.ts), walked through the
 * real default content pack: each must be asked exactly the questions they answer, and get the
 * suggestion and runner-up an adviser who knows the guides would give, with contacts meant for them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { walk } from '../../src/guide/flow.js';
import { recommend } from '../../src/guide/recommend.js';
import { selectContacts, selectHelp } from '../../src/contacts/select.js';
import { defaultGuide } from '../fixtures/guides.js';
import { people } from '../fixtures/people.js';

const guide = defaultGuide();
const plain = (nodes: unknown[]): string =>
  nodes.map((n) => (typeof n === 'string' ? n : plain((n as { c?: unknown[] }).c ?? []))).join('');

describe('people the default pack should place well', () => {
  test('there are at least 30 of them, each with a reason from the seeds', () => {
    assert.ok(people.length >= 30, `${people.length} people`);
    for (const p of people) assert.match(p.why, /\b(UHL|NHSE|SW)\b/, p.who);
  });

  for (const person of people) {
    test(person.who, () => {
      const { path, current, applied } = walk(guide, person.answers);
      assert.equal(current, undefined, `a question is left unanswered: ${current}`);
      assert.deepEqual(path, Object.keys(person.answers), 'asked exactly the questions answered, in order');
      assert.deepEqual(applied, person.answers);
      const r = recommend(guide, person.answers);
      assert.equal(r.winner.outcomeId, person.suggestion, person.why);
      assert.equal(r.runnerUp?.outcomeId ?? null, person.runnerUp, `runner-up: ${person.why}`);
      const groups = selectContacts(guide, r.winner.outcomeId, person.answers['area'], person.answers['audience']);
      const contacts = groups.flatMap((g) => g.contacts);
      assert.ok(contacts.length > 0, 'someone to contact');
      if (person.firstContact) assert.equal(contacts[0]?.id, person.firstContact);
    });
  }
});

describe('people the pack cannot place get an honest answer', () => {
  const outsideEngland = people.filter((p) => p.answers['area'] === 'outside-england');

  test('staff in Wales, Scotland and Northern Ireland see only the card that says it has no contacts there', () => {
    assert.ok(outsideEngland.length >= 3);
    for (const p of outsideEngland) {
      const r = recommend(guide, p.answers);
      const ids = selectContacts(guide, r.winner.outcomeId, 'outside-england', p.answers['audience']).flatMap((g) =>
        g.contacts.map((c) => c.id),
      );
      assert.deepEqual(ids, ['outside-england'], p.who);
      assert.match(plain(guide.contacts.find((c) => c.id === 'outside-england')!.body), /England only/);
    }
  });

  test('nobody outside LLR is sent to the Leicester team by the help line', () => {
    for (const [area, audience] of [
      ['midlands', 'nhs'],
      ['south-west', 'social-care'],
      ['england', 'nhs'],
      ['outside-england', 'nhs'],
      [undefined, undefined],
      [undefined, 'ppv'],
    ] as const) {
      const text = plain(selectHelp(guide, area, audience));
      assert.ok(text.length > 0, `${area}/${audience} gets a help line`);
      assert.doesNotMatch(text, /uhl-tr|Leicester/, `${area}/${audience}: ${text}`);
    }
    assert.match(plain(selectHelp(guide, 'llr', 'nhs')), /University Hospitals of Leicester/);
    assert.match(plain(selectHelp(guide, 'outside-england', 'social-care')), /England only/);
  });

  test('the UHL team says it is for UHL staff and never comes first', () => {
    const uhl = guide.contacts.find((c) => c.id === 'uhl-od')!;
    assert.match(uhl.serves ?? '', /University Hospitals of Leicester/);
    for (const outcome of guide.outcomes) {
      const local = selectContacts(guide, outcome.id, 'llr', 'nhs').find((g) => g.level === 'local');
      if (local?.contacts.some((c) => c.id === 'uhl-od')) assert.notEqual(local.contacts[0]?.id, 'uhl-od', outcome.id);
    }
  });
});
