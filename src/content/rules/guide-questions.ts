/**
 * The questions guide.md lists: each must exist and be listed once (unknown-id, duplicate-id),
 * and a question it does not list is never asked (unreachable-question).
 */
import { locate } from '../positions.js';
import type { Rule } from './context.js';

export const listedQuestions: Rule = ({ parsed, report, missing }) => {
  if (!parsed.guide) return;
  const { file, value } = parsed.guide;
  const questions = parsed.declared.question;
  value.questions.forEach((id, i) => {
    if (!questions.has(id)) missing(file, ['questions', i], 'question', id, questions);
    if (value.questions.indexOf(id) !== i)
      report(file, locate(file, ['questions', i]), 'error', `the question "${id}" is listed twice.`, 'duplicate-id');
  });
};

export const unlistedQuestions: Rule = ({ parsed, report }) => {
  if (!parsed.guide) return;
  const order = parsed.guide.value.questions;
  for (const q of parsed.questions)
    if (!order.includes(q.value.id))
      report(
        q.file,
        locate(q.file, ['id']),
        'warning',
        `this question is not listed under "questions" in guide.md, so it is never asked.`,
        'unreachable-question',
      );
};
