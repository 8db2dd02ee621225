/**
 * Pure: answers + Guide -> ranked outcomes with the reasons behind each. Deterministic: ties are
 * settled by the strongest single reason, then the editor's `tieBreak` order, then by id.
 */
import type { Guide } from '../content/schema.js';
import { findOption, findQuestion, walk, type Answers } from './flow.js';

export interface Reason {
  questionId: string;
  optionId: string;
  /** The editor-written reason for the option. */
  text: string;
  /** Points it gave this outcome; negative when it counted against. */
  weight: number;
}

export interface Ranked {
  outcomeId: string;
  score: number;
  for: Reason[];
  against: Reason[];
}

export interface Recommendation {
  winner: Ranked;
  /** Shown as "you might also consider" when within the guide's close margin. */
  runnerUp?: Ranked;
  ranked: Ranked[];
  /** True when an exit answer decided the outcome directly. */
  exit: boolean;
  /** False when no outcome scored above zero and the tie-break order chose. */
  clear: boolean;
  /** Questions answered "not sure": they count for nothing, and the result says so. */
  unsure: string[];
}

export function recommend(guide: Guide, answers: Answers, fixed: Answers = {}): Recommendation {
  const { applied } = walk(guide, answers, fixed);
  const { byOutcome, unsure, exit } = score(guide, applied);
  if (exit) return { winner: exit, ranked: [exit], exit: true, clear: true, unsure };
  const ranked = rank(guide, byOutcome);
  const top = ranked[0];
  if (!top || top.score <= 0) return fallback(guide, byOutcome, ranked, unsure);
  const second = ranked[1];
  const runnerUp = second && second.score > 0 && top.score - second.score <= guide.closeMargin ? second : undefined;
  return { winner: top, ...(runnerUp ? { runnerUp } : {}), ranked, exit: false, clear: true, unsure };
}

interface Scores {
  byOutcome: Map<string, Ranked>;
  /** Questions answered "not sure", up to an exit answer if there is one. */
  unsure: string[];
  /** The outcome an exit answer chose; scoring stops at that answer. */
  exit?: Ranked;
}

/** Adds up each outcome's score and reasons from the applied answers, in the order they were given. */
function score(guide: Guide, applied: Answers): Scores {
  const unsure: string[] = [];
  const byOutcome = new Map<string, Ranked>();
  const entry = (outcomeId: string): Ranked => {
    let r = byOutcome.get(outcomeId);
    if (!r) byOutcome.set(outcomeId, (r = { outcomeId, score: 0, for: [], against: [] }));
    return r;
  };

  for (const [questionId, optionId] of Object.entries(applied)) {
    const option = findOption(findQuestion(guide, questionId), optionId);
    if (!option) continue;
    if (option.unsure) unsure.push(questionId);
    if (option.exit) {
      const r = entry(option.exit);
      r.for.push({ questionId, optionId, text: option.reason ?? '', weight: 0 });
      return { byOutcome, unsure, exit: r };
    }
    for (const [outcomeId, weight] of Object.entries(option.weights ?? {})) {
      if (weight === 0) continue;
      const r = entry(outcomeId);
      r.score += weight;
      const reason = { questionId, optionId, text: option.reason ?? '', weight };
      (weight > 0 ? r.for : r.against).push(reason);
    }
  }
  return { byOutcome, unsure };
}

/** Every scored outcome, best first. */
function rank(guide: Guide, byOutcome: Map<string, Ranked>): Ranked[] {
  const order = (id: string) => {
    const i = guide.tieBreak.indexOf(id);
    return i < 0 ? guide.tieBreak.length : i;
  };
  // Equal scores are settled first by the strongest single answer behind each: the question an
  // editor weighted most (advice or your own answers, say) speaks loudest. Only then does the
  // editor's tie-break order decide, so a tie does not always go to the same outcome.
  const strongest = (r: Ranked) => Math.max(0, ...r.for.map((x) => x.weight));
  return [...byOutcome.values()].sort(
    (a, b) =>
      b.score - a.score ||
      strongest(b) - strongest(a) ||
      order(a.outcomeId) - order(b.outcomeId) ||
      a.outcomeId.localeCompare(b.outcomeId),
  );
}

/**
 * Nothing pointed anywhere: show the first two outcomes in the tie-break order that no answer
 * counted against, as two to read about and compare.
 */
function fallback(guide: Guide, byOutcome: Map<string, Ranked>, ranked: Ranked[], unsure: string[]): Recommendation {
  const blank = (outcomeId: string): Ranked =>
    byOutcome.get(outcomeId) ?? { outcomeId, score: 0, for: [], against: [] };
  const open = guide.tieBreak.filter((id) => (byOutcome.get(id)?.score ?? 0) >= 0);
  const winner = open[0] ?? guide.tieBreak[0] ?? guide.outcomes[0]?.id ?? '';
  const second = open[1];
  return {
    winner: blank(winner),
    ...(second ? { runnerUp: blank(second) } : {}),
    ranked,
    exit: false,
    clear: false,
    unsure,
  };
}
