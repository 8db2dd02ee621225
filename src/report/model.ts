/**
 * Everything the report says, worked out once as plain data; the HTML, Markdown and CSV
 * writers only format it.
 */
import type { Guide, OutcomeSource } from '../content/schema.js';
import type { ContentProblem } from '../content/problem.js';
import { formatProblem } from '../content/problem.js';
import { countPaths, enumeratePaths, type PathResult } from '../check/analyse.js';
import { collapse, type CombinationRow } from './collapse.js';
import { places, register, type Place, type RegisterEntry } from './contacts.js';
import { pathEdges, staticEdges, type FlowEdge } from './diagram.js';
import { fingerprint } from './text.js';

export interface ReportOptions {
  /** YYYY-MM-DD, for review dates. Defaults to today. */
  today?: string;
  /** The pack's `reviewMonths` (default 12). */
  reviewMonths?: number;
  /** Problems found by the check, whose warnings the summary lists. */
  problems?: readonly ContentProblem[];
  /** Most answer paths to work out; above it the report summarises by question. */
  limit?: number;
  /**
   * Each outcome's sources, by outcome id, from `outcomeSourcesIn(files)`. Without it the report
   * says nothing about outcome sources, rather than that there are none.
   */
  sources?: Readonly<Record<string, readonly OutcomeSource[]>>;
}

export interface OutcomeStats {
  /** Paths on which it is the suggestion. */
  wins: number;
  /** Paths on which it is shown as "you might also consider". */
  runnerUp: number;
  /** Paths on which it ranks second without being shown. */
  secondHidden: number;
  /** Reasons shown with it when it is the suggestion: text -> paths. */
  for: Map<string, number>;
  against: Map<string, number>;
  /** Paths on which no outcome scored, so the tie-break order chose it. */
  unclear: number;
  /** Decision-table rows that lead to it. */
  rows: number[];
}

export interface ReportModel {
  guide: Guide;
  today: string;
  reviewMonths: number;
  limit: number;
  summarised: boolean;
  paths: PathResult[];
  rows: CombinationRow[];
  stats: Map<string, OutcomeStats>;
  places: Place[];
  register: RegisterEntry[];
  edges: FlowEdge[];
  warnings: string[];
  fingerprint: string;
  /** As given in the options: each outcome's sources, when the files were read for them. */
  sources?: Readonly<Record<string, readonly OutcomeSource[]>>;
}

export function buildModel(guide: Guide, options: ReportOptions = {}): ReportModel {
  const limit = options.limit ?? 5000;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const reviewMonths = options.reviewMonths ?? 12;
  // Count first: a pack whose paths explode is summarised without working out any of them.
  const summarised = countPaths(guide, limit).truncated;
  const paths = summarised ? [] : enumeratePaths(guide, limit).paths;
  const rows = collapse(guide, paths);
  return {
    guide,
    today,
    reviewMonths,
    limit,
    summarised,
    paths,
    rows,
    stats: outcomeStats(guide, paths, rows),
    places: places(guide, reach(guide, paths, summarised)),
    register: register(guide, today, reviewMonths),
    edges: summarised ? staticEdges(guide) : pathEdges(paths),
    warnings: warnings(options, summarised, limit),
    fingerprint: fingerprint(JSON.stringify(guide)),
    sources: options.sources,
  };
}

/** Per outcome: how often it wins or comes second, the reasons behind its wins, and its table rows. */
function outcomeStats(guide: Guide, paths: PathResult[], rows: CombinationRow[]): Map<string, OutcomeStats> {
  const stats = new Map<string, OutcomeStats>(
    guide.outcomes.map((o) => [
      o.id,
      { wins: 0, runnerUp: 0, secondHidden: 0, for: new Map(), against: new Map(), unclear: 0, rows: [] },
    ]),
  );
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const p of paths) {
    const r = p.recommendation;
    const win = stats.get(r.winner.outcomeId);
    if (win) {
      win.wins++;
      if (!r.clear) win.unclear++;
      for (const x of r.winner.for) if (x.text) bump(win.for, x.text);
      for (const x of r.winner.against) if (x.text) bump(win.against, x.text);
    }
    if (r.runnerUp) {
      const s = stats.get(r.runnerUp.outcomeId);
      if (s) s.runnerUp++;
    } else if (r.ranked[1] && r.ranked[1].outcomeId !== r.winner.outcomeId) {
      const s = stats.get(r.ranked[1].outcomeId);
      if (s) s.secondHidden++;
    }
  }
  for (const row of rows) stats.get(row.winner)?.rows.push(row.n);
  return stats;
}

/** Per outcome, the audiences that can reach it and whether some such path sets no area. */
function reach(
  guide: Guide,
  paths: PathResult[],
  summarised: boolean,
): Map<string, Map<string | undefined, { noArea: boolean }>> {
  const reached = new Map<string, Map<string | undefined, { noArea: boolean }>>();
  for (const p of paths) {
    const outcomeId = p.recommendation.winner.outcomeId;
    let audiences = reached.get(outcomeId);
    if (!audiences) reached.set(outcomeId, (audiences = new Map()));
    const seen = audiences.get(p.audience) ?? { noArea: false };
    seen.noArea ||= p.area === undefined;
    audiences.set(p.audience, seen);
  }
  if (summarised) {
    // Without the paths, every outcome is listed for every audience (areas follow in `places`).
    for (const o of guide.outcomes) reached.set(o.id, new Map(guide.audiences.map((a) => [a.id, { noArea: false }])));
  }
  return reached;
}

function warnings(options: ReportOptions, summarised: boolean, limit: number): string[] {
  const found = (options.problems ?? []).filter((p) => p.severity === 'warning').map(formatProblem);
  if (summarised)
    found.push(
      `This pack has more than ${limit.toLocaleString('en-GB')} answer paths, so the report summarises question by question: no decision table, no counts per outcome, and contacts are listed for every outcome and audience.`,
    );
  return found;
}
