/** unknown-id: every outcome named in guide.md's "tieBreak" must exist. */
import type { Rule } from './context.js';

export const tieBreak: Rule = ({ parsed, missing }) => {
  if (!parsed.guide) return;
  const { file, value } = parsed.guide;
  const outcomes = parsed.declared.outcome;
  value.tieBreak.forEach((id, i) => {
    if (!outcomes.has(id)) missing(file, ['tieBreak', i], 'outcome', id, outcomes);
  });
};
