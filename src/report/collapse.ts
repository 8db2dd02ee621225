/**
 * The decision table collapsed: answer paths that lead to the same result are merged, one
 * question at a time, wherever they differ only in that question's answer. A question whose
 * every answer gives the same result becomes "any answer"; one where only some do lists them.
 * Every merge is exact (the rows stay a disjoint cover of the paths), so nothing is lost.
 */
import type { Guide } from '../content/schema.js';
import type { PathResult } from '../check/analyse.js';

/** The answers a row stands for, question by question, in the order asked. */
export type RowAnswers = [questionId: string, optionIds: string[] | 'any'][];

export interface CombinationRow {
  /** 1-based, as shown. */
  n: number;
  answers: RowAnswers;
  winner: string;
  runnerUp?: string;
  clear: boolean;
  exit: boolean;
  /** Answer paths this row stands for. */
  paths: number;
}

interface Work {
  answers: Map<string, string[] | 'any'>;
  /** Per answer, a hash of "question=answers"; `hash` is their sum, so one can be taken out. */
  hashes: Map<string, number>;
  hash: number;
  key: string;
  winner: string;
  runnerUp?: string;
  clear: boolean;
  exit: boolean;
  paths: number;
  first: number;
}

const token = (o: string[] | 'any') => (o === 'any' ? '*' : o.join(','));

/** FNV-1a of one answer: rows are grouped by sums of these, then compared in full. */
function entryHash(q: string, o: string[] | 'any'): number {
  const text = `${q}=${token(o)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function setAnswer(row: Work, q: string, o: string[] | 'any'): void {
  const h = entryHash(q, o);
  row.hash = (row.hash - (row.hashes.get(q) ?? 0) + h) >>> 0;
  row.hashes.set(q, h);
  row.answers.set(q, o);
}

/** Same result and the same answers to every question but `q`. */
function sameBut(a: Work, b: Work, q: string): boolean {
  if (a.key !== b.key || a.answers.size !== b.answers.size) return false;
  for (const [id, o] of a.answers) {
    if (id === q) continue;
    const other = b.answers.get(id);
    if (other === undefined || token(other) !== token(o)) return false;
  }
  return b.answers.has(q);
}

export function collapse(guide: Guide, paths: readonly PathResult[]): CombinationRow[] {
  let rows = paths.map(startRow);
  // Later questions first: they usually refine earlier ones, so merging them first leaves the
  // earlier, broader questions to merge whole. Repeat until nothing merges. Each pass looks at
  // each row once per question (grouping by hash), so large packs stay quick.
  const questions = [...guide.questions].reverse();
  for (let changed = true; changed;) {
    changed = false;
    for (const q of questions) {
      const merged = mergeOn(rows, q);
      if (merged.size) {
        rows = rows.filter((r) => !merged.has(r));
        changed = true;
      }
    }
  }
  return finish(guide, rows);
}

/** One path as a row of its own, keyed by what it recommends. */
function startRow(p: PathResult, i: number): Work {
  const r = p.recommendation;
  const row: Work = {
    answers: new Map(),
    hashes: new Map(),
    hash: 0,
    key: `${r.winner.outcomeId}|${r.runnerUp?.outcomeId ?? ''}|${r.clear}|${r.exit}`,
    winner: r.winner.outcomeId,
    ...(r.runnerUp ? { runnerUp: r.runnerUp.outcomeId } : {}),
    clear: r.clear,
    exit: r.exit,
    paths: 1,
    first: i,
  };
  for (const [q, o] of p.steps) setAnswer(row, q, [o]);
  return row;
}

/**
 * Merges rows that differ only in their answer to `q` into the first of each group, and returns
 * the rows merged away.
 */
function mergeOn(rows: Work[], q: Guide['questions'][number]): Set<Work> {
  const groups = new Map<string, Work[][]>();
  for (const row of rows) {
    const value = row.answers.get(q.id);
    if (value === undefined || value === 'any') continue;
    const k = `${row.key}#${(row.hash - row.hashes.get(q.id)!) >>> 0}`;
    const buckets = groups.get(k);
    if (!buckets) groups.set(k, [[row]]);
    else {
      const same = buckets.find((b) => sameBut(b[0]!, row, q.id));
      if (same) same.push(row);
      else buckets.push([row]);
    }
  }
  const merged = new Set<Work>();
  for (const group of [...groups.values()].flat()) {
    if (group.length < 2) continue;
    const ids = new Set(group.flatMap((r) => r.answers.get(q.id) as string[]));
    const options = q.options.map((o) => o.id).filter((id) => ids.has(id));
    const head = group[0]!;
    setAnswer(head, q.id, options.length === q.options.length ? 'any' : options);
    head.paths = group.reduce((n, r) => n + r.paths, 0);
    head.first = Math.min(...group.map((r) => r.first));
    for (const r of group.slice(1)) merged.add(r);
  }
  return merged;
}

/** Rows grouped by outcome in the guide's order, then by first path; answers in question order. */
function finish(guide: Guide, rows: Work[]): CombinationRow[] {
  const order = new Map(guide.questions.map((q, i) => [q.id, i]));
  const outcomeOrder = new Map(guide.outcomes.map((o, i) => [o.id, i]));
  rows.sort((a, b) => (outcomeOrder.get(a.winner) ?? 0) - (outcomeOrder.get(b.winner) ?? 0) || a.first - b.first);
  return rows.map((r, i) => ({
    n: i + 1,
    answers: [...r.answers].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    winner: r.winner,
    ...(r.runnerUp ? { runnerUp: r.runnerUp } : {}),
    clear: r.clear,
    exit: r.exit,
    paths: r.paths,
  }));
}
