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
