/**
 * A question's `when` condition, in words. Every writer renders conditions through this one
 * function, so a new form of condition (such as "any of") is added in one place.
 */
import type { Guide, Question } from '../content/schema.js';
import { findQuestion } from '../guide/flow.js';
import { orList } from './text.js';

export interface ConditionPart {
  questionId: string;
  /** The question's wording, or its id when it is not in the pack. */
  question: string;
  /** The answers' labels, in the order listed. */
  answers: string[];
}

/** Each clause of the condition (all must hold), with wording in place of ids. */
export function conditionParts(guide: Guide, question: Question): ConditionPart[] {
  return Object.entries(question.when ?? {}).map(([ref, ids]) => {
    const q = findQuestion(guide, ref);
    return {
      questionId: ref,
      question: q?.question ?? ref,
      answers: ids.map((id) => q?.options.find((o) => o.id === id)?.label ?? id),
    };
  });
}

/** "Always asked", or "Asked when ... is answered "a" or "b", and ...". Plain text: escape it to write it. */
export function describeCondition(guide: Guide, question: Question): string {
  const parts = conditionParts(guide, question);
  if (!parts.length) return 'Always asked';
  return `Asked when ${parts
    .map((p) => `"${p.question}" is answered ${orList(p.answers.map((a) => `"${a}"`))}`)
    .join(', and ')}`;
}
