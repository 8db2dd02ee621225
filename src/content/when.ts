import type { Condition } from './schema.js';

/** A clause of `when`: every question it names must have one of the listed answers. */
export type Clause = Readonly<Record<string, readonly string[]>>;

/**
 * `when` as a list of clauses, at least one of which must hold: a single map is a list of one.
 * No `when` at all is an empty list (the question is always asked).
 */
export const whenClauses = (when: Condition | undefined): Clause[] =>
  when === undefined ? [] : Array.isArray(when) ? (when as Clause[]) : [when as Clause];
