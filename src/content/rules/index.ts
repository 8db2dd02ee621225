/**
 * The cross-file rules, by name, in the order their problems are reported. Each rule is a small
 * function in its own file, named for what it checks; the rule ids it reports (the `[rule]` at
 * the end of a problem) are listed in its file's first comment. Flow rules (what answers can
 * reach) live in src/check/analyse.ts, because they need the recommendation itself.
 *
 * To add a rule: write it as a `Rule` in a file here and add it to this list.
 */
import type { Parsed } from '../parsed.js';
import type { ReportProblem } from '../source-file.js';
import { createContext, type Rule } from './context.js';
import { uniqueIds } from './unique-ids.js';
import { listedQuestions, unlistedQuestions } from './guide-questions.js';
import { tieBreak } from './tie-break.js';
import { areaNesting, scopeIds } from './areas.js';
import { optionEffect, optionIds, optionOutcomes, optionReason, optionValue } from './options.js';
import { conditions } from './conditions.js';
import { helpFallback, helpIds } from './help.js';
import { sourceSections } from './sections.js';
import { contactReferences } from './contact-references.js';
import { contactRoutes } from './contact-routes.js';
import { contactReview } from './contact-review.js';
import { areasOffered } from './areas-offered.js';

export const RULES: Readonly<Record<string, Rule>> = {
  uniqueIds,
  listedQuestions,
  unlistedQuestions,
  tieBreak,
  areaNesting,
  scopeIds,
  optionIds,
  optionEffect,
  optionReason,
  optionOutcomes,
  optionValue,
  conditions,
  helpIds,
  helpFallback,
  sourceSections,
  contactReferences,
  contactRoutes,
  contactReview,
  areasOffered,
};

/** Runs every cross-file rule over what the files parsed to. */
export function checkRules(parsed: Parsed, report: ReportProblem, today: string): void {
  const context = createContext(parsed, report, today);
  for (const rule of Object.values(RULES)) rule(context);
}
