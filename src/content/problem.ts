/**
 * A content problem as the editor sees it. Kept apart from the schemas (and so from valibot):
 * the widget formats problems for its preview without loading the validator.
 */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content, located for the editor. */
export interface ContentProblem {
  path: string;
  line: number;
  col: number;
  severity: Severity;
  message: string;
  rule: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.path}:${p.line}:${p.col} ${p.severity} ${p.message} [${p.rule}]`;
}
