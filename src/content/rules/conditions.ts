/**
 * A question's "when": every question it names exists (unknown-id) and is asked earlier
 * (condition-order), and every answer it names is one of that question's options (unknown-id).
 */
import { locate } from '../positions.js';
import { whenClauses } from '../when.js';
import type { Located } from '../parsed.js';
import type { Question } from '../schema.js';
import type { Rule, RuleContext } from './context.js';

/** One "question: [answers]" of a condition, found at `path` in the file of `question`. */
function checkReference(
  { parsed, report, missing }: RuleContext,
  { file, value: question }: Located<Question>,
  path: (string | number)[],
  ids: readonly string[],
): void {
  const ref = path[path.length - 1] as string;
  const target = parsed.questions.find((other) => other.value.id === ref)?.value;
  if (!target) {
    // A question that is declared but has problems of its own is reported in its own file.
    const questions = parsed.declared.question;
    if (!questions.has(ref)) missing(file, path, 'question', ref, questions);
    return;
  }
  const order = parsed.guide?.value.questions ?? [];
  const position = order.indexOf(question.id);
  if (order.indexOf(ref) >= position && position >= 0)
    report(
      file,
      locate(file, path, true),
      'error',
      `"when" can only look at questions asked earlier, and "${ref}" comes after this one in guide.md.`,
      'condition-order',
    );
  ids.forEach((id, i) => {
    if (!target.options.some((o) => o.id === id))
      report(
        file,
        locate(file, [...path, i]),
        'error',
        `the question "${ref}" has no option "${id}". Its options are: ${target.options.map((o) => o.id).join(', ')}.`,
        'unknown-id',
      );
  });
}

export const conditions: Rule = (context) => {
  for (const question of context.parsed.questions) {
    const when = question.value.when;
    whenClauses(when).forEach((clause, n) => {
      const base = Array.isArray(when) ? ['when', n] : ['when'];
      for (const [ref, ids] of Object.entries(clause)) checkReference(context, question, [...base, ref], ids);
    });
  }
};
