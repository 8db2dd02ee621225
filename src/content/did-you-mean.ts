/** "Did you mean" for a mistyped field: the allowed key closest to what was written. */
import * as v from 'valibot';

/** The allowed key within two edits of `word` (case aside), if there is one. */
export function closest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 3;
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase());
    if (d < bestScore) [best, bestScore] = [choice, d];
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * The kinds of schema a path into front matter passes through. A piped schema carries its first
 * schema's `type`, `entries` and `item`, so `v.pipe(v.array(...))` is walked like the array.
 */
type Step =
  | v.ArraySchema<v.GenericSchema, v.ErrorMessage<v.ArrayIssue> | undefined>
  | v.StrictObjectSchema<v.ObjectEntries, v.ErrorMessage<v.StrictObjectIssue> | undefined>
  | v.OptionalSchema<v.GenericSchema, unknown>
  | v.GenericSchema;

/** The schema one step down `path`, with an optional one unwrapped. */
function child(schema: Step, key: string | number): Step | undefined {
  let next: Step | undefined;
  if (v.isOfType('array', schema)) next = schema.item;
  else if (v.isOfType('strict_object', schema)) next = schema.entries[key];
  else return undefined;
  return next && v.isOfType('optional', next) ? v.unwrap(next) : next;
}

/** Keys a strict object schema allows at a path, for "did you mean" suggestions. */
export function allowedKeys(schema: v.GenericSchema, path: readonly (string | number)[]): string[] {
  let s: Step | undefined = schema;
  for (const key of path) s = s && child(s, key);
  return s && v.isOfType('strict_object', s) ? Object.keys(s.entries) : [];
}
