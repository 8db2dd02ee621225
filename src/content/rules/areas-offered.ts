/**
 * area-not-offered: every area in guide.md must be one people can choose. An area no question
 * offers is a mistake (usually half of adding an area). Areas that only contain others
 * (`within`) need no option.
 */
import { locate } from '../positions.js';
import type { Rule } from './context.js';

export const areasOffered: Rule = ({ parsed, report }) => {
  const guide = parsed.guide;
  // With a question file that could not be read, what it offers is unknown: say nothing.
  if (!guide || parsed.questions.length !== parsed.declared.question.size) return;
  const setters = parsed.questions.filter((q) => q.value.sets === 'area');
  if (!setters.length) return;
  const offered = new Set(setters.flatMap((q) => q.value.options.map((o) => o.value)));
  const containers = new Set(guide.value.areas.map((a) => a.within));
  const where = setters[0]!.file.path.split('/').slice(-2).join('/');
  guide.value.areas.forEach((area, i) => {
    if (offered.has(area.id) || containers.has(area.id)) return;
    report(
      guide.file,
      locate(guide.file, ['areas', i, 'id']),
      'error',
      `no question offers the area "${area.id}", so nobody can choose it. Add an option with "value: ${area.id}" to ${where}, or remove the area.`,
      'area-not-offered',
    );
  });
};
