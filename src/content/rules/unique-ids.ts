/** duplicate-id: two files of one kind may not declare the same id. */
import { locate } from '../positions.js';
import type { Located } from '../parsed.js';
import type { ReportProblem, SourceFile } from '../source-file.js';
import type { Rule } from './context.js';

function unique(items: Located<{ id: string }>[], what: string, report: ReportProblem): void {
  const seen = new Map<string, SourceFile>();
  for (const { file, value } of items) {
    const first = seen.get(value.id);
    if (first)
      report(
        file,
        locate(file, ['id']),
        'error',
        `the ${what} id "${value.id}" is already used by ${first.path}. Ids must be unique.`,
        'duplicate-id',
      );
    else seen.set(value.id, file);
  }
}

export const uniqueIds: Rule = ({ parsed, report }) => {
  unique(parsed.outcomes, 'outcome', report);
  unique(parsed.questions, 'question', report);
  unique(parsed.contacts, 'contact', report);
};
