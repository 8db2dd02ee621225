/** What every cross-file rule is given, and the helpers most of them share. */
import type { Located, Parsed } from '../parsed.js';
import type { Option, Question } from '../schema.js';
import { locate } from '../positions.js';
import type { ReportProblem, SourceFile } from '../source-file.js';

export interface RuleContext {
  parsed: Parsed;
  report: ReportProblem;
  /** Today's date as YYYY-MM-DD, for review dates. */
  today: string;
  /** The area and audience ids guide.md declares (empty without a guide). */
  areas: Set<string>;
  audiences: Set<string>;
  /** Reports an id that names nothing, listing the ids there are. */
  missing: (file: SourceFile, path: (string | number)[], what: string, id: string, known: Set<string>) => void;
}

/** A cross-file rule: reports what it finds through `context.report`. */
export type Rule = (context: RuleContext) => void;

export function createContext(parsed: Parsed, report: ReportProblem, today: string): RuleContext {
  return {
    parsed,
    report,
    today,
    areas: new Set(parsed.guide?.value.areas.map((a) => a.id)),
    audiences: new Set(parsed.guide?.value.audiences.map((a) => a.id)),
    missing: (file, path, what, id, known) =>
      report(
        file,
        locate(file, path),
        'error',
        `there is no ${what} with the id "${id}".${known.size ? ` Known ${what}s: ${[...known].join(', ')}.` : ''}`,
        'unknown-id',
      ),
  };
}

/** Calls `check` for every option of every question, with the question it belongs to. */
export function forEachOption(
  parsed: Parsed,
  check: (question: Located<Question>, option: Option, index: number) => void,
): void {
  for (const question of parsed.questions) question.value.options.forEach((o, i) => check(question, o, i));
}
