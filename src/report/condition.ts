/**
 * A question's `when` condition, in words. Every writer renders conditions through this one
 * function, so a new form of condition (such as "any of") is added in one place.
 */
import type { Guide, Question } from '../content/schema.js';
import { findQuestion } from '../guide/flow.js';
import { whenClauses } from '../content/when.js';
import { orList } from './text.js';

export interface ConditionPart {
  questionId: string;
  /** The question's wording, or its id when it is not in the pack. */
  question: string;
  /** The answers' labels, in the order listed. */
  answers: string[];
}

/**
 * The condition as a list of alternatives (any one is enough), each a list of parts that must
 * all hold, with wording in place of ids. No condition is an empty list.
 */
export function conditionParts(guide: Guide, question: Question): ConditionPart[][] {
  return whenClauses(question.when).map((clause) =>
    Object.entries(clause).map(([ref, ids]) => {
      const q = findQuestion(guide, ref);
      return {
        questionId: ref,
        question: q?.question ?? ref,
        answers: ids.map((id) => q?.options.find((o) => o.id === id)?.label ?? id),
      };
    }),
  );
}

/**
 * "Always asked", or "Asked when ... is answered "a" or "b", and ...", with "; or when ..." for
 * each further alternative. Plain text: escape it to write it.
 */
export function describeCondition(guide: Guide, question: Question): string {
  const clauses = conditionParts(guide, question);
  if (!clauses.length) return 'Always asked';
  return `Asked when ${clauses
    .map((parts) =>
      parts.map((p) => `"${p.question}" is answered ${orList(p.answers.map((a) => `"${a}"`))}`).join(', and '),
    )
    .join('; or when ')}`;
}
