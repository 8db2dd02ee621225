/**
 * Adds the cause to a problem when it is a character that looks right but is not: curly quotes
 * (from Word or Outlook) where YAML needs straight ones. The problem's own rule still says what
 * is wrong; this says why, once, on the line where the curly quotes are.
 */
import type { ContentProblem } from './problem.js';

const CURLY = /[\u2018\u2019\u201C\u201D]/;

export function explainCharacters(problems: ContentProblem[], files: Record<string, string>): ContentProblem[] {
  return problems.map((p) => {
    const line = (files[p.path] ?? '').replace(/^\uFEFF/, '').split(/\r\n?|\n/)[p.line - 1] ?? '';
    if (!CURLY.test(line)) return p;
    return {
      ...p,
      message: `${p.message} The value has curly quotes (\u201C \u201D or \u2018 \u2019), which count as part of it: type straight quotes (") instead, or none.`,
    };
  });
}
