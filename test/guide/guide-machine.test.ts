import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import { guideMachine, type GuideEvent, type GuideInput } from '../../src/guide/guide-machine.js';
import { selectAnswerIds, selectProgress, selectRecommendation, selectStep } from '../../src/guide/selectors.js';
import { minimalGuide } from '../fixtures/guides.js';

const guide = minimalGuide();

function start(input: Partial<GuideInput> = {}, ...events: GuideEvent[]) {
  const actor = createActor(guideMachine, { input: { guide, ...input } }).start();
  for (const e of events) actor.send(e);
  return actor;
}
const answer = (optionId: string): GuideEvent[] => [{ type: 'answer.select', optionId }, { type: 'nav.continue' }];
const where = (actor: ReturnType<typeof start>) => {
  const s = actor.getSnapshot();
  return [selectStep(s), s.context.current ?? null];
};

describe('guide machine', () => {
  test('starts on the start page, then asks the first question', () => {
    const actor = start();
    assert.deepEqual(where(actor), ['start', null]);
    actor.send({ type: 'guide.start' });
    assert.deepEqual(where(actor), ['question', 'who']);
  });

  test('continue with nothing chosen shows the error and does not move on', () => {
    const actor = start({}, { type: 'guide.start' }, { type: 'nav.continue' });
    assert.deepEqual(where(actor), ['question', 'who']);
    assert.equal(actor.getSnapshot().matches({ question: 'invalid' }), true);
    actor.send({ type: 'answer.select', optionId: 'staff' });
    assert.equal(actor.getSnapshot().matches({ question: 'invalid' }), false);
  });

  test('ignores options that are not on the current question', () => {
    const actor = start(
      {},
      { type: 'guide.start' },
      { type: 'answer.select', optionId: 'broad' },
      { type: 'nav.continue' },
    );
    assert.deepEqual(where(actor), ['question', 'who']);
    assert.equal(actor.getSnapshot().matches({ question: 'invalid' }), true);
  });

  test('walks the questions to check-your-answers and a result', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), ...answer('specific'), ...answer('short'));
    assert.deepEqual(where(actor), ['review', null]);
    actor.send({ type: 'nav.continue' });
    assert.equal(selectStep(actor.getSnapshot()), 'result');
    assert.equal(selectRecommendation(actor.getSnapshot()).winner.outcomeId, 'alpha');
  });

  test('skips a question whose condition is not met', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), ...answer('unsure'));
    assert.deepEqual(where(actor), ['review', null]);
  });

  test('an exit answer goes straight to the result', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('visitor'));
    assert.equal(selectStep(actor.getSnapshot()), 'result');
    actor.send({ type: 'nav.back' });
    assert.deepEqual(where(actor), ['question', 'who']);
    assert.equal(actor.getSnapshot().context.draft, 'visitor', 'the answer is still selected');
  });

  test('back keeps answers, and continue shows them again', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), ...answer('broad'));
    assert.deepEqual(where(actor), ['question', 'length']);
    actor.send({ type: 'nav.back' });
    assert.deepEqual(where(actor), ['question', 'goal']);
    assert.equal(actor.getSnapshot().context.draft, 'broad');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    assert.deepEqual(where(actor), ['start', null]);
    actor.send({ type: 'guide.start' });
    assert.equal(actor.getSnapshot().context.draft, 'staff');
  });

  test('change from the summary returns there, dropping answers that no longer apply', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), ...answer('broad'), ...answer('long'));
    actor.send({ type: 'answer.change', questionId: 'goal' });
    assert.deepEqual(where(actor), ['question', 'goal']);
    assert.equal(actor.getSnapshot().context.draft, 'broad', 'the answer is selected');
    actor.send({ type: 'answer.select', optionId: 'unsure' });
    actor.send({ type: 'nav.continue' });
    assert.deepEqual(where(actor), ['review', null]);
    assert.deepEqual(actor.getSnapshot().context.answers, { who: 'staff', goal: 'unsure' });
  });

  test('change that opens a new question asks it, then returns to the summary', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), ...answer('unsure'));
    actor.send({ type: 'answer.change', questionId: 'goal' });
    actor.send({ type: 'answer.select', optionId: 'specific' });
    actor.send({ type: 'nav.continue' });
    assert.deepEqual(where(actor), ['question', 'length']);
    for (const e of answer('long')) actor.send(e);
    assert.deepEqual(where(actor), ['review', null]);
  });

  test('change to the same answer returns to the summary with everything kept', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), ...answer('broad'), ...answer('long'));
    actor.send({ type: 'answer.change', questionId: 'who' });
    actor.send({ type: 'nav.continue' });
    assert.deepEqual(where(actor), ['review', null]);
    assert.deepEqual(selectAnswerIds(actor.getSnapshot()), ['staff', 'broad', 'long']);
  });

  test('restart clears everything', () => {
    const actor = start({}, { type: 'guide.start' }, ...answer('staff'), { type: 'guide.restart' });
    assert.deepEqual(where(actor), ['start', null]);
    assert.deepEqual(actor.getSnapshot().context.answers, {});
  });

  test('presets skip their question', () => {
    const actor = start({ audience: 'staff' }, { type: 'guide.start' });
    assert.deepEqual(where(actor), ['question', 'goal']);
    assert.deepEqual(selectProgress(actor.getSnapshot()), { current: 1, total: 2, exact: false });
    actor.send({ type: 'nav.back' });
    assert.deepEqual(where(actor), ['start', null]);
  });

  test('a preset that exits goes from the start page to the result', () => {
    const actor = start({ audience: 'visitor' }, { type: 'guide.start' });
    assert.equal(selectStep(actor.getSnapshot()), 'result');
    actor.send({ type: 'nav.back' });
    assert.deepEqual(where(actor), ['start', null]);
  });

  test('restores a complete path to the summary, and a partial one to the next question', () => {
    assert.deepEqual(where(start({ resume: ['staff', 'broad', 'long'] })), ['review', null]);
    assert.deepEqual(where(start({ resume: ['staff', 'broad'] })), ['question', 'length']);
    assert.deepEqual(where(start({ resume: ['visitor'] })), ['result', null]);
  });

  test('ignores tampered restore input', () => {
    assert.deepEqual(where(start({ resume: ['<script>', 'broad'] })), ['start', null]);
    const actor = start({}, { type: 'guide.resume', answerIds: ['staff', 'nonsense'] });
    assert.deepEqual(where(actor), ['question', 'goal']);
  });

  test('sets the area only to a known area', () => {
    const actor = start({}, { type: 'area.set', areaId: 'here' }, { type: 'area.set', areaId: 'mars' });
    assert.equal(actor.getSnapshot().context.area, 'here');
  });
});
