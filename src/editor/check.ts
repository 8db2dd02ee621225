/**
 * The editor's check: exactly the CLI's (`checkPack`), plus what only the editor knows, the files
 * it read as Windows-1252 because they were not UTF-8. Problems become CodeMirror diagnostics.
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { createMarkdown } from '../content/markdown.js';
import { checkPack } from '../check/check-pack.js';
import type { Guide } from '../content/schema.js';
import type { ContentProblem } from '../content/problem.js';
import { rememberMarkdown } from './incremental.js';

export interface CheckResult {
  guide?: Guide;
  problems: ContentProblem[];
  /** Where each question, outcome and contact is defined, from the full check. */
  index?: Record<string, { path: string; line: number; col: number }>;
}

/** The Markdown renderer, remembering each text it rendered: most are unchanged between checks. */
export const markdown = rememberMarkdown(createMarkdown());
export const today = (): string => new Date().toISOString().slice(0, 10);

export function checkFiles(
  files: Record<string, string>,
  notUtf8: ReadonlyMap<string, { line: number; col: number }>,
  date = today(),
): CheckResult {
  const result = checkPack(files, { markdown, today: date });
  const extra: ContentProblem[] = [...notUtf8].map(([path, at]) => ({
    path,
    ...at,
    severity: 'error',
    message:
      'this file was not saved as UTF-8, so it is shown here as Windows-1252 text. Check this line reads as it should, then press Save: the editor saves it as UTF-8.',
    rule: 'not-utf8',
  }));
  if (!extra.length) return { guide: result.guide, problems: result.problems, index: result.index };
  return { problems: [...extra, ...result.problems], index: result.index };
}

export const hasErrors = (problems: readonly ContentProblem[]) => problems.some((p) => p.severity === 'error');

/** Offset of a 1-based line and column in a document, kept inside it. */
export function offsetOf(doc: Text, line: number, col: number): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(col - 1, 0), l.to);
}

export function diagnostics(doc: Text, problems: readonly ContentProblem[]): Diagnostic[] {
  return problems.map((p) => {
    const from = offsetOf(doc, p.line, p.col);
    const end = doc.lineAt(from).to;
    const word = /^[^\s,\]}]*/.exec(doc.sliceString(from, end))?.[0].length ?? 0;
    // At least one character, so even a problem at a tab or a space is underlined.
    return {
      from,
      to: Math.min(from + Math.max(word, 1), end),
      severity: p.severity,
      message: p.message,
      source: p.rule,
    };
  });
}
