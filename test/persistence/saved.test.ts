/**
 * What the widget reads back from storage, on its own: only what it wrote is accepted, and
 * anything else (another version, junk, a huge value, non-id answers) counts as nothing stored.
 * Reading and writing real storage, blocked storage included, is tested in the browser
 * (test/browser/storage.test.ts and the end-to-end tests).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSaved } from '../../src/persistence/storage.js';
import { MAX_ANSWERS } from '../../src/content/limits.js';

const saved = (value: unknown) => JSON.stringify(value);

describe('parseSaved', () => {
  test('reads back what the widget writes', () => {
    assert.deepEqual(parseSaved(saved({ v: 1, answers: ['staff', 'broad'], result: true, remember: false })), {
      answers: ['staff', 'broad'],
      result: true,
      remember: false,
    });
  });

  test('takes only true as true', () => {
    assert.deepEqual(parseSaved(saved({ v: 1, answers: [], result: 'yes', remember: 1 })), {
      answers: [],
      result: false,
      remember: false,
    });
  });

  test('treats anything it did not write as nothing stored', () => {
    for (const text of [
      null,
      undefined,
      '',
      'not json',
      'null',
      '[]',
      saved({ v: 2, answers: [] }),
      saved({ answers: [] }),
      saved({ v: 1, answers: 'staff' }),
      saved({ v: 1, answers: ['staff', 3] }),
      saved({ v: 1, answers: ['staff', '<img src=x>'] }),
      saved({ v: 1, answers: ['x'.repeat(10_001)] }),
    ])
      assert.equal(parseSaved(text), undefined, String(text).slice(0, 60));
  });

  test('keeps at most the answer limit', () => {
    const answers = Array.from({ length: MAX_ANSWERS + 10 }, (_, i) => `a${i}`);
    assert.equal(parseSaved(saved({ v: 1, answers }))?.answers.length, MAX_ANSWERS);
  });
});
