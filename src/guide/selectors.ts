/**
 * Read-only views of a machine snapshot, for components. Everything shown is derived here from
 * context, never stored twice.
 */
import type { SnapshotFrom } from 'xstate';
import type { Guide, Outcome, Question, Rich } from '../content/schema.js';
import { selectContacts, selectHelp, type ContactGroup } from '../contacts/select.js';
import type { guideMachine } from './guide-machine.js';
import { findOption, findQuestion, progress, serialise, walk, type Progress } from './flow.js';
import { recommend, type Recommendation } from './recommend.js';

export type GuideSnapshot = SnapshotFrom<typeof guideMachine>;
export type Step = 'start' | 'question' | 'review' | 'result';

export const selectStep = (s: GuideSnapshot): Step =>
  s.matches('question') ? 'question' : s.matches('review') ? 'review' : s.matches('result') ? 'result' : 'start';

export const selectGuide = (s: GuideSnapshot): Guide => s.context.guide;

export const selectQuestion = (s: GuideSnapshot): Question | undefined =>
  findQuestion(s.context.guide, s.context.current);

export const selectProgress = (s: GuideSnapshot): Progress | undefined =>
  s.context.current ? progress(s.context.guide, s.context.answers, s.context.fixed, s.context.current) : undefined;

export interface AnswerRow {
  question: Question;
  label: string;
}

/** The answers on the path, in order, for "check your answers" and print. */
export function selectAnswerRows(s: GuideSnapshot): AnswerRow[] {
  const { guide, answers, fixed } = s.context;
  return walk(guide, answers, fixed).path.flatMap((id) => {
    const question = findQuestion(guide, id);
    const option = findOption(question, answers[id]);
    return question && option ? [{ question, label: option.label }] : [];
  });
}

export const selectRecommendation = (s: GuideSnapshot): Recommendation =>
  recommend(s.context.guide, s.context.answers, s.context.fixed);

export const selectOutcome = (guide: Guide, id: string | undefined): Outcome | undefined =>
  guide.outcomes.find((o) => o.id === id);

/** The value set by the first answered question that `sets` this key. */
function answeredValue(s: GuideSnapshot, key: 'area' | 'audience'): string | undefined {
  const { guide, answers, fixed } = s.context;
  // A host's preset holds from the first page; an answer only once the walk reaches its question.
  const { applied } = walk(guide, answers, fixed);
  for (const q of guide.questions) {
    const id = fixed[q.id] ?? applied[q.id];
    if (q.sets === key && id) return findOption(q, id)?.value;
  }
  return undefined;
}

export const selectArea = (s: GuideSnapshot): string | undefined => s.context.area ?? answeredValue(s, 'area');
export const selectAudience = (s: GuideSnapshot): string | undefined => answeredValue(s, 'audience');

export const selectContactGroups = (s: GuideSnapshot, outcomeId: string): ContactGroup[] =>
  selectContacts(s.context.guide, outcomeId, selectArea(s), selectAudience(s));

/** The option ids answered before the question on screen (all of them when none is). */
export const selectAnswerIdsBefore = (s: GuideSnapshot): string[] => {
  const ids = selectAnswerIds(s);
  if (!s.context.current) return ids;
  const { path } = walk(s.context.guide, s.context.answers, s.context.fixed);
  return ids.slice(0, Math.max(0, path.indexOf(s.context.current)));
};

export const selectAnswerIds = (s: GuideSnapshot): string[] =>
  serialise(s.context.guide, s.context.answers, s.context.fixed);

/** The help line for the area and audience the person has given so far (or the host preset). */
export const selectHelpText = (s: GuideSnapshot): Rich => selectHelp(s.context.guide, selectArea(s), selectAudience(s));
