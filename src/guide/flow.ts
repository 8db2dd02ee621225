/**
 * Pure question flow over any content pack: which questions are asked for a set of answers, in
 * what order, where the journey ends, how far along someone is, and how to rebuild answers from a
 * serialised list without trusting it. The machine and the path enumeration both use these.
 */
import type { Guide, Option, Question } from '../content/schema.js';

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

export const findQuestion = (guide: Guide, id: string | undefined): Question | undefined =>
  guide.questions.find((q) => q.id === id);

export const findOption = (question: Question | undefined, id: string | undefined): Option | undefined =>
  question?.options.find((o) => o.id === id);

/** `when` holds if, for every question it names, the answer given is one of the listed ids. */
export function conditionMet(question: Question, answers: Answers): boolean {
  return Object.entries(question.when ?? {}).every(([ref, ids]) => {
    const given = answers[ref];
    return given !== undefined && ids.includes(given);
  });
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
 * "Question 2 of about 5": counts the questions that could still be asked after this one. It is
 * exact only when no later question depends on an unanswered one and no later answer can end the
 * journey early.
 */
export function progress(guide: Guide, answers: Answers, fixed: Answers, questionId: string): Progress {
  const { path, applied } = walk(guide, answers, fixed);
  const index = path.indexOf(questionId);
  const current = index + 1;
  if (index < 0) return { current: 1, total: 1, exact: false };
  const known: Record<string, string> = {};
  const order = guide.questions.map((q) => q.id);
  const here = order.indexOf(questionId);
  for (const id of order.slice(0, here)) if (applied[id]) known[id] = applied[id];
  let total = current;
  let exact = !findQuestion(guide, questionId)?.options.some((o) => o.exit);
  for (const q of guide.questions.slice(here + 1)) {
    if (fixed[q.id] !== undefined) continue;
    const refs = Object.keys(q.when ?? {});
    const undecided = refs.some((ref) => known[ref] === undefined && order.indexOf(ref) >= here);
    if (!undecided && !conditionMet(q, known)) continue;
    if (undecided) exact = false;
    if (q.options.some((o) => o.exit)) exact = false;
    total += 1;
  }
  return { current, total, exact };
}

/** Longest-common-sense limit on restored input: a path can never be longer than the guide. */
const MAX_RESTORE = 200;

/**
 * Rebuilds answers from option ids in path order (from storage or a shared link). Anything
 * unknown, out of place or malformed ends the restore there: the valid prefix is kept, nothing
 * else is trusted.
 */
export function restore(guide: Guide, ids: unknown, fixed: Answers = {}): Record<string, string> {
  if (!Array.isArray(ids)) return {};
  const answers: Record<string, string> = {};
  for (const id of ids.slice(0, Math.min(guide.questions.length, MAX_RESTORE))) {
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
