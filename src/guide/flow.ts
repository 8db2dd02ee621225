/**
 * Pure question flow over any content pack: which questions are asked for a set of answers, in
 * what order, where the journey ends, how far along someone is, and how to rebuild answers from a
 * serialised list without trusting it. The machine and the path enumeration both use these.
 */
import type { Guide, Option, Question } from '../content/schema.js';
import { whenClauses } from '../content/when.js';
import { MAX_ANSWERS } from '../content/limits.js';

/** Question id -> option id. */
export type Answers = Readonly<Record<string, string>>;

export interface Presets {
  area?: string | undefined;
  audience?: string | undefined;
}

export interface Walk {
  /** Questions shown to the person, in order: every answered one and then `current`. */
  path: string[];
  /** The first question on the path without an answer, if any. */
  current?: string;
  /** The outcome an exit option leads to, if one was chosen on the path. */
  exit?: string;
  /** Answers that apply to this path (including preset ones), in path order. */
  applied: Record<string, string>;
}

/** Questions by id, built once per guide: lookups run in every walk, so they must be cheap. */
const questionIndex = new WeakMap<Guide, Map<string, Question>>();

export function findQuestion(guide: Guide, id: string | undefined): Question | undefined {
  if (id === undefined) return undefined;
  let index = questionIndex.get(guide);
  if (!index) questionIndex.set(guide, (index = new Map(guide.questions.map((q) => [q.id, q]))));
  return index.get(id);
}

export const findOption = (question: Question | undefined, id: string | undefined): Option | undefined =>
  question?.options.find((o) => o.id === id);

/**
 * `when` holds if at least one of its clauses does; a clause holds if, for every question it
 * names, the answer given is one of the listed ids. No `when` always holds.
 */
export function conditionMet(question: Question, answers: Answers): boolean {
  const clauses = whenClauses(question.when);
  return (
    clauses.length === 0 ||
    clauses.some((clause) =>
      Object.entries(clause).every(([ref, ids]) => {
        const given = answers[ref];
        return given !== undefined && ids.includes(given);
      }),
    )
  );
}

/**
 * Whether choosing `optionId` for `questionId` leaves `question` possibly asked: some clause of
 * its `when` either does not look at that question or accepts that answer.
 */
export function conditionAllows(question: Question, questionId: string, optionId: string): boolean {
  const clauses = whenClauses(question.when);
  return clauses.length === 0 || clauses.some((clause) => clause[questionId]?.includes(optionId) ?? true);
}

/**
 * Answers implied by the host page's presets (the `area` and `audience` attributes): for a
 * question that `sets` one, the option whose value matches. Such questions are never shown.
 */
export function presetAnswers(guide: Guide, presets: Presets): Record<string, string> {
  const fixed: Record<string, string> = {};
  for (const q of guide.questions) {
    const wanted = q.sets ? presets[q.sets] : undefined;
    const option = wanted ? q.options.find((o) => o.value === wanted) : undefined;
    if (option) fixed[q.id] = option.id;
  }
  return fixed;
}

/** Follows the questions in order, applying conditions to the answers given so far. */
export function walk(guide: Guide, answers: Answers, fixed: Answers = {}): Walk {
  const path: string[] = [];
  const applied: Record<string, string> = {};
  for (const q of guide.questions) {
    if (!conditionMet(q, applied)) continue;
    const preset = fixed[q.id];
    const given = preset ?? answers[q.id];
    const option = findOption(q, given);
    if (preset === undefined) path.push(q.id);
    if (!option) return { path, current: q.id, applied };
    applied[q.id] = option.id;
    if (option.exit) return { path, exit: option.exit, applied };
  }
  return { path, applied };
}

/** Drops answers to questions that are no longer on the path; keeps the rest. */
export function prune(guide: Guide, answers: Answers, fixed: Answers = {}): Record<string, string> {
  const { applied } = walk(guide, answers, fixed);
  return Object.fromEntries(Object.entries(applied).filter(([id]) => fixed[id] === undefined));
}

export interface Progress {
  /** 1-based position of the question on screen. */
  current: number;
  /** Questions on the path so far plus those that may still come. */
  total: number;
  /** False when the total depends on answers not given yet. */
  exact: boolean;
}

/**
 * How much work (questions looked at, answers read) the progress estimate may do before settling
 * for a rough count: at most a few milliseconds. The default pack's first question takes 152.
 */
const PROGRESS_WORK = 200_000;

/** Progress by guide, preset answers and the answers before the question: pages re-render often. */
const progressCache = new WeakMap<Guide, Map<string, Progress>>();
const PROGRESS_CACHE_SIZE = 100;

/**
 * "Question 2 of about 5": the shortest and longest ways the journey can still go from here,
 * over every remaining answer (within a budget, so huge packs stay fast). The count is exact
 * only when every way has the same length; otherwise the longest is shown as "about".
 */
export function progress(guide: Guide, answers: Answers, fixed: Answers, questionId: string): Progress {
  const { path } = walk(guide, answers, fixed);
  const index = path.indexOf(questionId);
  if (index < 0) return { current: 1, total: 1, exact: false };
  // Explore from the answers given before this question; later answers may still change.
  const before = path.slice(0, index).map((id) => answers[id]);
  const key = JSON.stringify([fixed, before, questionId]);
  let cache = progressCache.get(guide);
  if (!cache) progressCache.set(guide, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const result = exploreProgress(guide, answers, fixed, path, index);
  if (cache.size >= PROGRESS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

function exploreProgress(guide: Guide, answers: Answers, fixed: Answers, path: string[], index: number): Progress {
  const current = index + 1;
  const given: Record<string, string> = {};
  for (const id of path.slice(0, index)) if (answers[id] !== undefined) given[id] = answers[id];
  const lengths = pathLengths(guide, fixed, given);
  if (lengths) {
    const [shortest, longest] = lengths;
    return { current, total: Math.max(longest, current), exact: shortest === longest };
  }
  return { current, total: Math.max(current, roughTotal(guide, path, fixed, index)), exact: false };
}

/**
 * The fewest and most questions any complete path shows, given the answers before the
 * question. The same as trying every path, without trying them one by one: how the rest of a
 * path can go depends only on where it has got to and on the answers that later conditions
 * name, so each such state is worked out once. Undefined past the budget, or on a guide too
 * deep to follow.
 */
function pathLengths(guide: Guide, fixed: Answers, given: Answers): readonly [number, number] | undefined {
  const questions = guide.questions;
  const position = new Map(questions.map((q, i) => [q.id, i]));
  // named[i]: the questions before question i that its condition, or that of any after it,
  // looks at (a later one has no answer yet when the path reaches i).
  const named: string[][] = [];
  const seen = new Set<string>();
  for (let i = questions.length - 1; i >= 0; i--) {
    for (const clause of whenClauses(questions[i]!.when)) for (const id of Object.keys(clause)) seen.add(id);
    named[i] = [...seen].filter((id) => (position.get(id) ?? questions.length) < i);
  }
  const applied: Record<string, string> = {};
  const known = new Map<string, readonly [number, number]>();
  // Every question looked at and every answer read for a key counts against the budget.
  let work = 0;
  const from = (start: number): readonly [number, number] | undefined => {
    let i = start;
    for (; i < questions.length && !conditionMet(questions[i]!, applied); i++) work++;
    if (i >= questions.length) return [0, 0];
    work += 1 + named[i]!.length;
    if (work > PROGRESS_WORK) return undefined;
    const key = `${i}\0${named[i]!.map((id) => applied[id] ?? '').join('\0')}`;
    const hit = known.get(key);
    if (hit) return hit;
    const q = questions[i]!;
    const preset = findOption(q, fixed[q.id]);
    const answer = preset ?? findOption(q, given[q.id]);
    const shown = preset ? 0 : 1;
    let shortest = Infinity;
    let longest = -Infinity;
    for (const option of answer ? [answer] : q.options) {
      applied[q.id] = option.id;
      const rest = option.exit ? ([0, 0] as const) : from(i + 1);
      if (!rest) return undefined;
      shortest = Math.min(shortest, rest[0] + shown);
      longest = Math.max(longest, rest[1] + shown);
    }
    delete applied[q.id];
    const result = [shortest, longest] as const;
    known.set(key, result);
    return result;
  };
  try {
    const result = from(0);
    return result && Number.isFinite(result[0]) ? result : undefined;
  } catch {
    // Deeper than the call stack goes: the rough count will do.
    return undefined;
  }
}

/**
 * Calls `leaf` for every complete answer path, depth first, with one mutable answer map (no
 * copying per step, so packs with hundreds of questions stay fast). `leaf` sees the live steps
 * and answers: it copies them if it keeps them. Preset (`fixed`) answers are
 * applied without being asked; `given` answers are followed, where they are on the path, instead
 * of trying every option. Stops after `limit` paths and returns false if there were more.
 */
// Long on purpose: one explicit-stack loop, kept non-recursive so deep packs cannot overflow the call stack.
export function forEachPath(
  guide: Guide,
  limit: number,
  leaf: (steps: readonly (readonly [string, string])[], applied: Readonly<Record<string, string>>) => void,
  fixed: Answers = {},
  given: Answers = {},
): boolean {
  const questions = guide.questions;
  const applied: Record<string, string> = {};
  const steps: [string, string][] = [];
  let count = 0;
  const finish = () => {
    if (count >= limit) return false;
    count++;
    leaf(steps, applied);
    return true;
  };
  /**
   * Depth first, with an explicit stack instead of recursion: the pack decides how deep a path
   * goes, and one frame per question would overflow the call stack on a long enough guide.
   * A frame is a question on the current path and the options of it still to try.
   */
  interface Frame {
    index: number;
    id: string;
    /** Options still to try; a preset answer is one option that adds no step. */
    options: Option[];
    next: number;
    preset: boolean;
  }
  const stack: Frame[] = [];
  /** The next question from `from` whose condition holds, as a frame; undefined at the end. */
  const frameFrom = (from: number): Frame | undefined => {
    for (let i = from; i < questions.length; i++) {
      const q = questions[i]!;
      if (!conditionMet(q, applied)) continue;
      const preset = findOption(q, fixed[q.id]);
      if (preset) return { index: i, id: q.id, options: [preset], next: 0, preset: true };
      const answer = findOption(q, given[q.id]);
      return { index: i, id: q.id, options: answer ? [answer] : q.options, next: 0, preset: false };
    }
    return undefined;
  };
  /** Undoes the answer a frame applied, if any. */
  const undo = (frame: Frame) => {
    if (frame.next === 0) return;
    delete applied[frame.id];
    if (!frame.preset) steps.pop();
  };
  const first = frameFrom(0);
  if (!first) return finish();
  stack.push(first);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    undo(frame);
    const option = frame.options[frame.next];
    if (!option) {
      stack.pop();
      continue;
    }
    frame.next++;
    applied[frame.id] = option.id;
    if (!frame.preset) steps.push([frame.id, option.id]);
    if (option.exit) {
      if (!finish()) return false;
      continue;
    }
    const child = frameFrom(frame.index + 1);
    if (child) stack.push(child);
    else if (!finish()) return false;
  }
  return true;
}

/** Fallback for packs too large to explore: every later question that might still be asked. */
function roughTotal(guide: Guide, path: string[], fixed: Answers, index: number): number {
  const order = guide.questions.map((q) => q.id);
  const here = order.indexOf(path[index]!);
  return index + 1 + guide.questions.slice(here + 1).filter((q) => fixed[q.id] === undefined).length;
}

/**
 * Rebuilds answers from option ids in path order (from storage or a shared link). Anything
 * unknown, out of place or malformed ends the restore there: the valid prefix is kept, nothing
 * else is trusted.
 */
export function answersFromIds(guide: Guide, ids: unknown, fixed: Answers = {}): Record<string, string> {
  if (!Array.isArray(ids)) return {};
  const answers: Record<string, string> = {};
  for (const id of ids.slice(0, Math.min(guide.questions.length, MAX_ANSWERS))) {
    const { current } = walk(guide, answers, fixed);
    const option = typeof id === 'string' ? findOption(findQuestion(guide, current), id) : undefined;
    if (!current || !option) break;
    answers[current] = option.id;
  }
  return answers;
}

/** The serialised form of answers: option ids in the order the questions were asked. */
export function serialise(guide: Guide, answers: Answers, fixed: Answers = {}): string[] {
  const { path } = walk(guide, answers, fixed);
  return path.map((id) => answers[id]).filter((id): id is string => id !== undefined);
}
