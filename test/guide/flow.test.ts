import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  conditionAllows,
  conditionMet,
  presetAnswers,
  progress,
  prune,
  answersFromIds,
  serialise,
  walk,
} from '../../src/guide/flow.js';
import type { Question } from '../../src/content/schema.js';
import { minimalGuide } from '../fixtures/guides.js';
import { syntheticGuide } from '../fixtures/synthetic.js';

const guide = minimalGuide();

describe('walk', () => {
  test('asks the first question first', () => {
    assert.deepEqual(walk(guide, {}), { path: ['who'], current: 'who', applied: {} });
  });
  test('skips a question whose condition is not met', () => {
    const w = walk(guide, { who: 'staff', goal: 'unsure' });
    assert.deepEqual(w.path, ['who', 'goal']);
    assert.equal(w.current, undefined);
  });
  test('stops at an exit', () => {
    assert.deepEqual(walk(guide, { who: 'visitor', goal: 'broad' }), {
      path: ['who'],
      exit: 'visitor-info',
      applied: { who: 'visitor' },
    });
  });
  test('ignores answers to questions not on the path', () => {
    assert.deepEqual(walk(guide, { who: 'staff', goal: 'unsure', length: 'short' }).applied, {
      who: 'staff',
      goal: 'unsure',
    });
  });
});

describe('presets', () => {
  test('answer the question that sets them, which is then not shown', () => {
    const fixed = presetAnswers(guide, { audience: 'staff' });
    assert.deepEqual(fixed, { who: 'staff' });
    assert.deepEqual(walk(guide, {}, fixed).path, ['goal']);
  });
  test('that match no option are ignored', () => {
    assert.deepEqual(presetAnswers(guide, { audience: 'martians', area: 'here' }), {});
  });
});

describe('prune', () => {
  test('drops answers that no longer apply and keeps the rest', () => {
    assert.deepEqual(prune(guide, { who: 'staff', goal: 'unsure', length: 'long' }), { who: 'staff', goal: 'unsure' });
    assert.deepEqual(prune(guide, { who: 'staff', goal: 'broad', length: 'long' }), {
      who: 'staff',
      goal: 'broad',
      length: 'long',
    });
  });
});

describe('progress', () => {
  test('is "about" while the count depends on answers not yet given', () => {
    assert.deepEqual(progress(guide, {}, {}, 'who'), { current: 1, total: 3, exact: false });
  });
  test('is exact once nothing left can change it', () => {
    assert.deepEqual(progress(guide, { who: 'staff', goal: 'broad' }, {}, 'length'), {
      current: 3,
      total: 3,
      exact: true,
    });
  });
  test('is exact on a pack with thousands of paths when every path has the same length', () => {
    // 3^9 = 19,683 paths, each of 9 questions: counted without trying them one by one.
    assert.deepEqual(progress(syntheticGuide(9), {}, {}, 'q0'), { current: 1, total: 9, exact: true });
  });
  test('settles for a rough count when the paths can be in too many states to count', () => {
    // Question 13 looks at every answer before it: 3^12 states, far past the budget. It is
    // always asked (its condition accepts every answer), so the rough count is still right.
    const wide = syntheticGuide(13);
    const last = wide.questions[12]!;
    last.when = Object.fromEntries(wide.questions.slice(0, 12).map((q) => [q.id, q.options.map((o) => o.id)]));
    assert.deepEqual(progress(wide, {}, {}, 'q0'), { current: 1, total: 13, exact: false });
    assert.deepEqual(progress(wide, { q0: 'o0' }, {}, 'q1'), { current: 2, total: 13, exact: false });
  });
});

describe('restore', () => {
  test('rebuilds answers from ids in path order', () => {
    assert.deepEqual(answersFromIds(guide, ['staff', 'broad', 'long']), {
      who: 'staff',
      goal: 'broad',
      length: 'long',
    });
  });
  test('keeps only the valid prefix of tampered input', () => {
    assert.deepEqual(answersFromIds(guide, ['staff', 'hacked', 'long']), { who: 'staff' });
    assert.deepEqual(answersFromIds(guide, ['staff', { toString: () => 'broad' }]), { who: 'staff' });
  });
  test('ignores anything that is not a list', () => {
    for (const junk of [null, undefined, 'staff', 42, { who: 'staff' }])
      assert.deepEqual(answersFromIds(guide, junk), {});
  });
  test('ignores ids past the end of the path', () => {
    assert.deepEqual(answersFromIds(guide, ['visitor', 'broad', 'long']), { who: 'visitor' });
  });
  test('round-trips through serialise', () => {
    const answers = { who: 'staff', goal: 'specific', length: 'short' };
    assert.deepEqual(answersFromIds(guide, serialise(guide, answers)), answers);
  });
});

describe('conditions that say any-of', () => {
  const q = (when: Question['when']): Question => ({
    id: 'x',
    question: 'X?',
    error: 'Select X',
    options: [],
    ...(when ? { when } : {}),
  });
  const anyOf = q([{ aim: ['self', 'not-sure'] }, { stage: ['just-me'], lead: ['no'] }]);

  test('a list holds when any one of its sets holds, and a set only when all of it does', () => {
    assert.equal(conditionMet(anyOf, { aim: 'self' }), true);
    assert.equal(conditionMet(anyOf, { aim: 'not-sure' }), true);
    assert.equal(conditionMet(anyOf, { aim: 'team', stage: 'just-me', lead: 'no' }), true);
    assert.equal(conditionMet(anyOf, { aim: 'team', stage: 'just-me', lead: 'yes' }), false);
    assert.equal(conditionMet(anyOf, { aim: 'team' }), false);
    assert.equal(conditionMet(q(undefined), {}), true, 'no condition always holds');
  });

  test('an answer allows a later question when some set does not rule it out', () => {
    assert.equal(conditionAllows(anyOf, 'aim', 'team'), true, 'the second set does not look at aim');
    assert.equal(conditionAllows(q({ aim: ['self'] }), 'aim', 'team'), false);
    assert.equal(conditionAllows(q({ aim: ['self'] }), 'aim', 'self'), true);
  });
});
