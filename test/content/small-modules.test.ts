/**
 * The small pure modules the content layer and the CLI share, each on its own: ids, `when`
 * clauses, how a problem is printed, the `timeout` attribute, and making content printable.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ID_PATTERN, isReservedId } from '../../src/content/ids.js';
import { whenClauses } from '../../src/content/when.js';
import { formatProblem } from '../../src/content/problem.js';
import { DEFAULT_TIMEOUT, MAX_TIMEOUT, MIN_TIMEOUT, readTimeout } from '../../src/content/timeout.js';
import { printable } from '../../src/cli/printable.js';

describe('ids', () => {
  test('are lower-case words joined by single hyphens', () => {
    for (const id of ['llr', 'team-coaching', 'a1', 'south-west-2']) assert.ok(ID_PATTERN.test(id), id);
    for (const id of ['', 'LLR', 'team_coaching', '-a', 'a-', 'a--b', 'a b', 'é', 'a.b'])
      assert.ok(!ID_PATTERN.test(id), JSON.stringify(id));
  });

  test('never name what every object already has', () => {
    for (const id of ['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty'])
      assert.ok(isReservedId(id), id);
    assert.ok(!ID_PATTERN.test('constructor') && !ID_PATTERN.test('prototype'));
    assert.ok(!isReservedId('coaching'));
  });
});

describe('whenClauses', () => {
  test('reads no condition as no clause, one map as one clause, and a list as any-of', () => {
    assert.deepEqual(whenClauses(undefined), []);
    assert.deepEqual(whenClauses({ aim: ['self'] }), [{ aim: ['self'] }]);
    assert.deepEqual(whenClauses([{ aim: ['self'] }, { 'team-stage': ['just-me'] }]), [
      { aim: ['self'] },
      { 'team-stage': ['just-me'] },
    ]);
  });
});

describe('formatProblem', () => {
  test('prints path:line:col, the severity, the message and the rule, on one line', () => {
    assert.equal(
      formatProblem({
        path: 'contacts/a.md',
        line: 3,
        col: 8,
        severity: 'warning',
        message: 'no source',
        rule: 'no-source',
      }),
      'contacts/a.md:3:8 warning no source [no-source]',
    );
  });
});

describe('readTimeout', () => {
  test('keeps a number of milliseconds between the bounds, rounded', () => {
    assert.equal(readTimeout('5000'), 5000);
    assert.equal(readTimeout(2500.6), 2501);
    assert.equal(readTimeout('1'), MIN_TIMEOUT);
    assert.equal(readTimeout(10 * MAX_TIMEOUT), MAX_TIMEOUT);
  });

  test('gives the default for anything a timer would fire at once', () => {
    for (const value of [undefined, null, '', '  ', 'abc', 'NaN', '-5', 0, -1, Infinity, '1e309', {}])
      assert.equal(readTimeout(value), DEFAULT_TIMEOUT, String(value));
  });
});

describe('printable', () => {
  test('writes line breaks, escapes and bidi controls as escapes, and leaves the rest alone', () => {
    assert.equal(printable('a\nb\r\tc'), 'a\\nb\\r\\tc');
    assert.equal(printable('\u001b[31mred'), '\\x1b[31mred');
    assert.equal(printable('abc\u202edef'), 'abc\\u202edef');
    assert.equal(printable('It’s fine: café, 07700 900000'), 'It’s fine: café, 07700 900000');
  });
});
