/**
 * What the per-file parse hands to the cross-file rules: every file's validated value with the
 * file it came from. Kept apart from both, so neither imports the other.
 */
import type * as v from 'valibot';
import type { Contact, GuideFrontMatter, HelpEntry, Outcome, OutcomeSource, Question, Rich } from './schema.js';
import type { SourceFile } from './source-file.js';

export interface Located<T> {
  file: SourceFile;
  value: T;
}

/** guide.md's settings, with its help lines and intro turned into rich text. */
export type ParsedGuide = Omit<v.InferOutput<typeof GuideFrontMatter>, 'help'> & { help: HelpEntry[]; intro: Rich };

/** Everything parsed so far, with where it came from, for the cross-file rules. */
export interface Parsed {
  /** Every id a file declares, even when the rest of the file is wrong, to avoid cascades. */
  declared: Record<'question' | 'outcome' | 'contact', Set<string>>;
  guide?: Located<ParsedGuide>;
  questions: Located<Question>[];
  outcomes: Located<Outcome & { sources?: OutcomeSource[] }>[];
  contacts: Located<Contact & { note?: string }>[];
}
