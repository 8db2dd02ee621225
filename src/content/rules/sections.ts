/** unknown-section: the headings an outcome's source backs must be sections of its file. */
import { locate } from '../positions.js';
import type { Rule } from './context.js';

export const sourceSections: Rule = ({ parsed, report }) => {
  for (const { file, value: o } of parsed.outcomes)
    (o.sources ?? []).forEach((source, i) =>
      source.headings?.forEach((name, j) => {
        if (!o.sections.some((s) => s.heading === name))
          report(
            file,
            locate(file, ['sources', i, 'headings', j]),
            'error',
            `this file has no section "## ${name}". Its sections are: ${o.sections
              .map((s) => s.heading)
              .filter(Boolean)
              .join(', ')}.`,
            'unknown-section',
          );
      }),
    );
};
