/**
 * A content file as the checks see it (its front matter parsed, its body apart), and the one way
 * they report a problem in it.
 */
import type { Document, LineCounter } from 'yaml';
import type { ContentProblem, Severity } from './problem.js';

export interface SourceFile {
  path: string;
  text: string;
  /** The parsed front matter, if it could be parsed at all. */
  doc?: Document.Parsed;
  /** The front matter as plain data, read once from `doc`. */
  data?: unknown;
  lines?: LineCounter;
  /** 1-based line of the first front-matter line. */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export interface Position {
  line: number;
  col: number;
}

export type ReportProblem = (file: SourceFile, at: Position, severity: Severity, message: string, rule: string) => void;

export function createReporter(problems: ContentProblem[]): ReportProblem {
  return (file, at, severity, message, rule) =>
    problems.push({ path: file.path, line: at.line, col: at.col, severity, message, rule });
}
