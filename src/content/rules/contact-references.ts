/** unknown-id: the outcomes a contact offers, and its areas and audiences, must exist. */
import type { Rule } from './context.js';

export const contactReferences: Rule = ({ parsed, missing, areas, audiences }) => {
  const outcomes = parsed.declared.outcome;
  for (const { file, value: c } of parsed.contacts) {
    c.offers.forEach((id, i) => outcomes.has(id) || missing(file, ['offers', i], 'outcome', id, outcomes));
    if (parsed.guide) {
      c.areas.forEach((id, i) => areas.has(id) || missing(file, ['areas', i], 'area', id, areas));
      c.audiences.forEach((id, i) => audiences.has(id) || missing(file, ['audiences', i], 'audience', id, audiences));
    }
  }
};
