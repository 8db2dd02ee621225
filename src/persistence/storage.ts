/**
 * Resume: the answers (option ids only) kept in sessionStorage so a reload loses nothing, and in
 * localStorage only when the person asks to be remembered on this device. Storage that is
 * blocked or throws (sandboxed frames, strict privacy settings) only turns resume off. What is
 * read back is checked, never trusted: the machine restores only a valid prefix of a real path.
 */
import { ID_PATTERN } from '../content/ids.js';
import { MAX_ANSWERS } from '../content/limits.js';

export interface Saved {
  answers: string[];
  result: boolean;
  remember: boolean;
}

const VERSION = 1;

/**
 * The store, or undefined where the page may not use it (the getter throws in sandboxed frames
 * and under strict privacy settings). No test write first: each write and read is guarded on
 * its own, and a write to probe cost more than the read itself on every call.
 */
function storage(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}

/** Parses what was stored; anything malformed is treated as nothing stored. */
export function parseSaved(text: string | null | undefined): Saved | undefined {
  if (!text || text.length > 10_000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const v = value as Partial<Record<keyof Saved | 'v', unknown>> | null;
  if (!v || typeof v !== 'object' || v.v !== VERSION || !Array.isArray(v.answers)) return undefined;
  const answers = v.answers.slice(0, MAX_ANSWERS);
  if (!answers.every((a): a is string => typeof a === 'string' && ID_PATTERN.test(a))) return undefined;
  return { answers, result: v.result === true, remember: v.remember === true };
}

export function readSaved(key: string): Saved | undefined {
  for (const kind of ['sessionStorage', 'localStorage'] as const) {
    try {
      const saved = parseSaved(storage(kind)?.getItem(key));
      if (saved) return saved;
    } catch {
      // Unreadable storage: nothing to resume.
    }
  }
  return undefined;
}

export function writeSaved(key: string, saved: Saved): void {
  const text = JSON.stringify({ v: VERSION, ...saved });
  try {
    storage('sessionStorage')?.setItem(key, text);
  } catch {
    // Full or blocked: resume is simply off.
  }
  try {
    const local = storage('localStorage');
    if (saved.remember) local?.setItem(key, text);
    else local?.removeItem(key);
  } catch {
    // As above.
  }
}

export function clearSaved(key: string): void {
  for (const kind of ['sessionStorage', 'localStorage'] as const) {
    try {
      storage(kind)?.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  }
}
