/**
 * Where a contact's details come from and when they were checked: a source (no-source), dates
 * not in the future (verified-date, review-date), and a review not overdue (review-due).
 */
import { locate } from '../positions.js';
import type { Rule } from './context.js';

/** Adds months to a YYYY-MM-DD date, returning YYYY-MM-DD. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const contactReview: Rule = ({ parsed, report, today }) => {
  const months = parsed.guide?.value.reviewMonths ?? 12;
  for (const { file, value: c } of parsed.contacts) {
    if (!c.sources?.length)
      report(
        file,
        locate(file, ['id']),
        'warning',
        'this contact names no source. Add "sources" with the title (and section) of the document its details come from, so staff can see where they come from.',
        'no-source',
      );
    if (c.verified && c.verified > today)
      report(
        file,
        locate(file, ['verified']),
        'error',
        `the date ${c.verified} is in the future. "verified" is the day someone confirmed these details with the team.`,
        'verified-date',
      );
    if (c.reviewed > today)
      report(
        file,
        locate(file, ['reviewed']),
        'error',
        `the review date ${c.reviewed} is in the future.`,
        'review-date',
      );
    else if (addMonths(c.reviewed, months) < today)
      report(
        file,
        locate(file, ['reviewed']),
        'warning',
        `these details were last reviewed on ${c.reviewed}, more than ${months} months ago. Compare them with their sources again and update "reviewed".`,
        'review-due',
      );
  }
};
