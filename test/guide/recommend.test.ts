import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recommend } from '../../src/guide/recommend.js';
import { minimalGuide } from '../fixtures/guides.js';

const guide = minimalGuide();

describe('recommend', () => {
  test('ranks by score and gives the reasons for and against', () => {
    const r = recommend(guide, { who: 'staff', goal: 'specific', length: 'short' });
    assert.equal(r.winner.outcomeId, 'alpha');
    assert.equal(r.winner.score, 3);
    assert.deepEqual(
      r.winner.for.map((x) => x.text),
      ['You want something specific.', 'You want it to be short.'],
    );
    assert.deepEqual(
      r.ranked.map((x) => [x.outcomeId, x.score]),
      [
        ['alpha', 3],
        ['beta', -1],
      ],
    );
    assert.equal(r.runnerUp, undefined);
    assert.equal(r.clear, true);
  });

  test('offers a close runner-up', () => {
    const r = recommend(guide, { who: 'staff', goal: 'specific', length: 'long' });
    assert.deepEqual([r.winner.outcomeId, r.winner.score], ['alpha', 2]);
    assert.equal(r.runnerUp, undefined, 'beta scores 0 here: not a runner-up');
    const broad = recommend(guide, { who: 'staff', goal: 'broad', length: 'short' });
    assert.equal(broad.winner.outcomeId, 'beta');
    assert.equal(broad.runnerUp?.outcomeId, 'alpha', 'within the close margin of 1');
  });

  test('counts "not sure" for nothing, says so, and falls back to the tie-break order', () => {
    const r = recommend(guide, { who: 'staff', goal: 'unsure' });
    assert.deepEqual(r.unsure, ['goal']);
    assert.equal(r.clear, false);
    assert.equal(r.winner.outcomeId, 'alpha', 'first in tieBreak');
    assert.equal(r.runnerUp?.outcomeId, 'beta', 'the next in tieBreak, to compare');
  });

  test('settles equal scores by the strongest single answer before the tie-break order', () => {
    const tied = structuredClone(guide);
    const option = (q: string, o: string) => tied.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!;
    option('goal', 'broad').weights = { beta: 2, alpha: 1 };
    option('length', 'short').weights = { alpha: 1 };
    const r = recommend(tied, { who: 'staff', goal: 'broad', length: 'short' });
    assert.deepEqual(
      r.ranked.map((x) => [x.outcomeId, x.score]),
      [
        ['beta', 2],
        ['alpha', 2],
      ],
    );
    assert.equal(r.winner.outcomeId, 'beta', 'one answer gave beta 2; alpha was first in tieBreak');
    assert.equal(r.runnerUp?.outcomeId, 'alpha');
  });

  test('settles equal positive scores with equally strong answers by the tie-break order, not by id', () => {
    const tied = structuredClone(guide);
    const option = (q: string, o: string) => tied.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!;
    option('goal', 'broad').weights = { beta: 2 };
    option('length', 'short').weights = { alpha: 2 };
    const answers = { who: 'staff', goal: 'broad', length: 'short' };
    for (const tieBreak of [
      ['alpha', 'beta'],
      ['beta', 'alpha'],
    ]) {
      const r = recommend({ ...tied, tieBreak }, answers);
      assert.deepEqual(
        r.ranked.map((x) => [x.outcomeId, x.score]),
        tieBreak.map((id) => [id, 2]),
        `tie-break order ${tieBreak.join(', ')}`,
      );
      assert.equal(r.winner.outcomeId, tieBreak[0]);
      assert.equal(r.runnerUp?.outcomeId, tieBreak[1]);
      assert.equal(r.clear, true, 'a positive score is a clear suggestion, even when tied');
    }
  });

  test('settles ties by the editor-defined order', () => {
    const swapped = { ...guide, tieBreak: ['beta', 'alpha'] };
    const r = recommend(swapped, { who: 'staff', goal: 'unsure' });
    assert.equal(r.winner.outcomeId, 'beta');
  });

  test('an exit decides directly, with its reason', () => {
    const r = recommend(guide, { who: 'visitor' });
    assert.equal(r.exit, true);
    assert.equal(r.winner.outcomeId, 'visitor-info');
    assert.deepEqual(
      r.winner.for.map((x) => x.text),
      ['Visitors have their own information.'],
    );
  });

  test('is deterministic', () => {
    const answers = { who: 'staff', goal: 'broad', length: 'short' };
    assert.deepEqual(recommend(guide, answers), recommend(guide, answers));
  });
});
