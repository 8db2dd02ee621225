/**
 * The shape of a compiled content pack (`support-finder build` output), checked when one is
 * loaded at run time: a pack from a URL is untrusted input until it passes. Only the lazily
 * loaded run-time chunk imports this, so the default embed never carries the validator.
 *
 * Beyond its shape, a pack must be one the widget can use: bounded in size and nesting (so
 * neither this check nor the rendering can overflow the stack or stall the tab), with at least
 * one outcome, and with every outcome, question and option it names defined in it.
 */
import * as v from 'valibot';
import { CompiledGuide, type Guide } from './schema.js';
import { HIDDEN_CHARACTER } from './links.js';
import { whenClauses } from './when.js';
import { MAX_DEPTH, MAX_PACK_LENGTH } from './limits.js';

/** Nesting depth of plain JSON data, without recursion (the input decides how deep it goes). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
    if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Rich text sits at most six levels into the pack (outcomes.0.sections.0.body.0), and each
 * level of rich text is two levels of JSON (a node and its "c" list).
 */
const MAX_JSON_DEPTH = 6 + 2 * MAX_DEPTH;

/** Returns the guide, or a list of `path: message` strings saying what is wrong. */
export function validateCompiled(value: unknown): { guide?: Guide; issues: string[] } {
  if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return { issues: [`pack: nested more than ${MAX_DEPTH} levels deep`] };
  const result = v.safeParse(CompiledGuide, value);
  if (!result.success)
    return {
      issues: result.issues
        .slice(0, 20)
        .map((i) => `${(i.path ?? []).map((p) => p.key).join('.') || 'pack'}: ${i.message}`),
    };
  const guide = result.output;
  const issues = references(guide).slice(0, 20);
  return issues.length ? { issues } : { guide, issues };
}

/** What the widget would otherwise meet as a blank page or a dead link. */
function references(guide: Guide): string[] {
  const issues: string[] = [];
  const outcomes = new Set(guide.outcomes.map((o) => o.id));
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  guide.questions.forEach((q, i) => {
    q.options.forEach((o, j) => {
      const at = `questions.${i}.options.${j}`;
      if (o.exit && !outcomes.has(o.exit)) issues.push(`${at}.exit: no outcome "${o.exit}"`);
      for (const id of Object.keys(o.weights ?? {}))
        if (!outcomes.has(id)) issues.push(`${at}.weights: no outcome "${id}"`);
    });
    for (const clause of whenClauses(q.when))
      for (const [ref, ids] of Object.entries(clause)) {
        const target = questions.get(ref);
        if (!target) issues.push(`questions.${i}.when: no question "${ref}"`);
        else
          for (const id of ids)
            if (!target.options.some((o) => o.id === id)) issues.push(`questions.${i}.when.${ref}: no option "${id}"`);
      }
  });
  guide.contacts.forEach((c, i) => {
    for (const id of c.offers) if (!outcomes.has(id)) issues.push(`contacts.${i}.offers: no outcome "${id}"`);
  });
  guide.tieBreak.forEach((id, i) => {
    if (!outcomes.has(id)) issues.push(`tieBreak.${i}: no outcome "${id}"`);
  });
  // Names and labels hand-written into JSON never passed the editors' check for hidden characters.
  const stack: [unknown, string][] = [[guide, 'pack']];
  while (stack.length && issues.length < 20) {
    const [item, at] = stack.pop()!;
    if (typeof item === 'string') {
      if (HIDDEN_CHARACTER.test(item.replace(/[\n\t]/g, ''))) issues.push(`${at}: an invisible or control character`);
    } else if (item && typeof item === 'object')
      for (const [key, child] of Object.entries(item)) stack.push([child, `${at}.${key}`]);
  }
  return issues;
}

/** The most characters a compiled pack may have, checked before it is parsed. */
export const MAX_COMPILED_LENGTH = MAX_PACK_LENGTH * 2;
