import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, enumeratePaths } from '../../src/check/analyse.js';
import { selectContacts } from '../../src/contacts/select.js';
import { presetAnswers, progress } from '../../src/guide/flow.js';
import { defaultGuide } from '../fixtures/guides.js';

const guide = defaultGuide();
const { paths, truncated } = enumeratePaths(guide);

describe('every answer path of the default pack', () => {
  test('is enumerated in full', () => {
    assert.equal(truncated, false);
    assert.ok(paths.length > 100, `${paths.length} paths`);
    console.log(`# covered ${paths.length} answer paths of the default pack`);
  });

  test('takes between 1 and 7 questions', () => {
    const lengths = paths.map((p) => p.steps.length);
    assert.ok(Math.max(...lengths) <= 7, `longest path: ${Math.max(...lengths)}`);
    const nonExit = paths.filter((p) => !p.recommendation.exit).map((p) => p.steps.length);
    assert.ok(Math.min(...nonExit) >= 4, `shortest full path: ${Math.min(...nonExit)}`);
  });

  test('ends in an explained suggestion', () => {
    for (const { steps, recommendation: r } of paths) {
      const label = steps.map(([, o]) => o).join(' > ');
      assert.ok(
        guide.outcomes.some((o) => o.id === r.winner.outcomeId),
        label,
      );
      assert.ok(r.winner.for.length > 0 || r.unsure.length > 0, `no reason given after ${label}`);
      assert.ok(
        r.winner.for.every((x) => x.text.trim()),
        `empty reason after ${label}`,
      );
    }
  });

  test('has contacts for its outcome in every area, for its audience', () => {
    for (const { steps, recommendation: r, audience } of paths)
      for (const area of guide.areas)
        assert.ok(
          selectContacts(guide, r.winner.outcomeId, area.id, audience).length > 0,
          `${r.winner.outcomeId} in ${area.id} for ${audience} after ${steps.map(([, o]) => o).join(' > ')}`,
        );
  });

  test('reaches every outcome, and asks every question on some path', () => {
    const reached = new Set(paths.map((p) => p.recommendation.winner.outcomeId));
    assert.deepEqual(
      guide.outcomes.map((o) => o.id).filter((id) => !reached.has(id)),
      [],
    );
    const asked = new Set(paths.flatMap((p) => p.steps.map(([q]) => q)));
    assert.deepEqual(
      guide.questions.map((q) => q.id).filter((id) => !asked.has(id)),
      [],
    );
  });

  test('passes every flow rule', () => {
    assert.deepEqual(analyse(guide).findings, []);
  });
});

describe('named scenarios read sensibly against the seed guidance', () => {
  const outcomeFor = (...ids: string[]) => {
    const path = paths.find((p) => p.steps.map(([, o]) => o).join(' ') === ids.join(' '));
    assert.ok(path, `no such path: ${ids.join(' > ')}`);
    return path.recommendation;
  };
  test('a specific goal, own answers: coaching', () =>
    assert.equal(outcomeFor('nhs', 'llr', 'self', 'questions', 'goal').winner.outcomeId, 'coaching'));
  test('career growth, advice from someone experienced: mentoring', () =>
    assert.equal(outcomeFor('nhs', 'midlands', 'self', 'advice', 'career').winner.outcomeId, 'mentoring'));
  test('settling into a new role with a friendly colleague: buddying', () =>
    assert.equal(outcomeFor('social-care', 'south-west', 'self', 'practical').winner.outcomeId, 'buddying'));
  test('a new team led by the person asking: team coaching', () =>
    assert.equal(outcomeFor('nhs', 'llr', 'team', 'new', 'yes').winner.outcomeId, 'team-coaching'));
  test('a senior leader wanting to learn about inclusion: reverse mentoring', () =>
    assert.equal(outcomeFor('nhs', 'llr', 'self', 'lived-experience', 'mentee').winner.outcomeId, 'reverse-mentoring'));
  test('a junior colleague with lived experience: become a reverse mentor', () =>
    assert.equal(
      outcomeFor('nhs', 'llr', 'self', 'lived-experience', 'mentor').winner.outcomeId,
      'offer-reverse-mentoring',
    ));
  test('wanting to talk about wellbeing: the wellbeing signpost', () =>
    assert.equal(outcomeFor('nhs', 'llr', 'wellbeing').winner.outcomeId, 'wellbeing'));
  test('a patient and public voice partner: the NHS England offer', () =>
    assert.equal(outcomeFor('ppv').winner.outcomeId, 'ppv-offer'));
  test('a specific goal, but wanting advice: mentoring, with coaching close behind', () => {
    const r = outcomeFor('nhs', 'llr', 'self', 'advice', 'goal');
    assert.equal(r.winner.outcomeId, 'mentoring');
    assert.equal(r.runnerUp?.outcomeId, 'coaching');
  });
});

describe('progress on the default pack is honest', () => {
  test('"about" the longest way at the start, exact once the branch is known', () => {
    const fixed = presetAnswers(guide, { area: 'llr' });
    assert.deepEqual(progress(guide, {}, fixed, 'audience'), { current: 1, total: 6, exact: false });
    const answers = { audience: 'nhs', aim: 'self', approach: 'questions' };
    assert.deepEqual(progress(guide, answers, fixed, 'focus'), { current: 4, total: 4, exact: true });
  });

  test('at every step of every path, matches the lengths of the complete paths that start the same way', () => {
    let states = 0;
    for (const { steps } of paths) {
      const answers: Record<string, string> = {};
      steps.forEach(([questionId, optionId], index) => {
        const ways = paths
          .filter((p) => steps.slice(0, index).every(([q, o], i) => p.steps[i]?.[0] === q && p.steps[i]?.[1] === o))
          .map((p) => p.steps.length);
        const expected = {
          current: index + 1,
          total: Math.max(...ways),
          exact: Math.min(...ways) === Math.max(...ways),
        };
        assert.deepEqual(
          progress(guide, answers, {}, questionId),
          expected,
          `${JSON.stringify(answers)} at ${questionId}`,
        );
        answers[questionId] = optionId;
        states++;
      });
    }
    console.log(`# progress matched the complete paths at ${states} steps`);
  });
});
