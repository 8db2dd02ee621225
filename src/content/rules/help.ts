/**
 * Help lines: ids must exist (unknown-id), and the last line must name no area or audience
 * (help-fallback), so that everyone, wherever they work, gets a line meant for them rather than
 * one written for somewhere else; a line after the general one is never shown (unreachable-help).
 */
import { locate } from '../positions.js';
import type { Rule } from './context.js';

export const helpIds: Rule = ({ parsed, missing, areas, audiences }) => {
  if (!parsed.guide) return;
  const { file, value } = parsed.guide;
  value.help.forEach((entry, i) => {
    entry.areas?.forEach((id, j) => areas.has(id) || missing(file, ['help', i, 'areas', j], 'area', id, areas));
    entry.audiences?.forEach(
      (id, j) => audiences.has(id) || missing(file, ['help', i, 'audiences', j], 'audience', id, audiences),
    );
  });
};

export const helpFallback: Rule = ({ parsed, report }) => {
  if (!parsed.guide) return;
  const { file, value } = parsed.guide;
  const entries = value.help;
  const open = entries.findIndex((e) => !e.areas && !e.audiences);
  if (entries.length && open < 0)
    report(
      file,
      locate(file, ['help', entries.length - 1]),
      'error',
      'the last help line must name no "areas" or "audiences", so that people nobody else is written for still get one. Add a general line at the end.',
      'help-fallback',
    );
  else if (open >= 0 && open < entries.length - 1)
    report(
      file,
      locate(file, ['help', open + 1]),
      'warning',
      'this help line is never shown: the one before it names no areas or audiences, so it is shown to everyone first. Move the general line to the end.',
      'unreachable-help',
    );
};
