/**
 * The whole check an editor gets, in one call: the content rules (src/content) and then, when the
 * content is well formed, the flow rules over every answer path. The CLI, the build and the
 * browser preview all call this, so they report exactly the same problems.
 */
import { parsePack, type ParseOptions, type ParseResult } from '../content/parse.js';
import type { ContentProblem } from '../content/problem.js';
import { analyse } from './analyse.js';

export function checkPack(files: Record<string, string>, options: ParseOptions): ParseResult {
  const result = parsePack(files, options);
  if (!result.guide) return { ...result, problems: sortProblems(result.problems) };
  const { findings } = analyse(result.guide);
  const problems: ContentProblem[] = [...result.problems];
  for (const f of findings) {
    const at = result.index[`${f.target.kind}:${f.target.id}`] ?? result.index['guide:guide'];
    if (at) problems.push({ ...at, severity: f.severity, message: f.message, rule: f.rule });
  }
  const failed = problems.some((p) => p.severity === 'error');
  return { ...(failed ? {} : { guide: result.guide }), problems: sortProblems(problems), index: result.index };
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.col - b.col);
}
