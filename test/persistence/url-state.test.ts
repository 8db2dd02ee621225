/**
 * The `history` attribute's hash format, on its own: this widget's key beside anything else the
 * host keeps in the hash, ids only, tampering ignored.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readHash, writeHash } from '../../src/persistence/url-state.js';
import { MAX_ANSWERS } from '../../src/content/limits.js';

describe('readHash', () => {
  test('reads the answers and the result mark under its own key only', () => {
    assert.deepEqual(readHash('sf', '#tab=2&sf=staff.specific~r&x'), { answers: ['staff', 'specific'], result: true });
    assert.deepEqual(readHash('sf', '#sf=staff'), { answers: ['staff'], result: false });
    assert.deepEqual(readHash('sf', 'sf='), { answers: [], result: false }, 'a leading # is optional');
    assert.equal(readHash('sf', '#other=staff'), undefined);
    assert.equal(readHash('sf', ''), undefined);
  });

  test('does not mistake a longer key that starts with its own for it', () => {
    assert.equal(readHash('sf', '#sf2=staff'), undefined);
    assert.deepEqual(readHash('sf2', '#sf=a&sf2=b'), { answers: ['b'], result: false });
  });

  test('ignores a tampered value entirely rather than part of it', () => {
    for (const hash of ['#sf=staff.<script>', '#sf=staff..x', '#sf=%41', '#sf=staff.__proto__x y', '#sf=a~r~r'])
      assert.equal(readHash('sf', hash), undefined, hash);
  });

  test('keeps at most the answer limit', () => {
    const many = Array.from({ length: MAX_ANSWERS + 50 }, (_, i) => `a${i}`).join('.');
    assert.equal(readHash('sf', `#sf=${many}`)?.answers.length, MAX_ANSWERS);
  });
});

describe('writeHash', () => {
  test('sets its key, keeps every other entry and its order, and reads back the same', () => {
    const hash = writeHash('sf', '#tab=2&sf=old&x', { answers: ['staff', 'broad'], result: true });
    assert.equal(hash, '#tab=2&x&sf=staff.broad~r');
    assert.deepEqual(readHash('sf', hash), { answers: ['staff', 'broad'], result: true });
  });

  test('removes its key, and leaves an empty hash when nothing else was there', () => {
    assert.equal(writeHash('sf', '#tab=2&sf=staff', null), '#tab=2');
    assert.equal(writeHash('sf', '#sf=staff', null), '');
    assert.equal(writeHash('sf', '', null), '');
  });
});
