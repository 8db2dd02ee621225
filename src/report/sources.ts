/**
 * The sources an outcome names, read from the files the report is made from. The compiled
 * Guide leaves them out, since the widget never shows them; the report is where an editor
 * checks each suggestion's wording against the documents it comes from.
 */
import * as v from 'valibot';
import { readFile } from '../content/front-matter.js';
import { kindOf } from '../content/parse-file.js';
import { OutcomeFrontMatter, type OutcomeSource } from '../content/schema.js';

const Sources = v.object({ id: v.string(), sources: OutcomeFrontMatter.entries.sources });

/** Outcome id -> the sources its file names (an empty list when it names none). */
export function outcomeSourcesIn(files: Record<string, string>): Record<string, OutcomeSource[]> {
  const out: Record<string, OutcomeSource[]> = {};
  for (const [path, text] of Object.entries(files)) {
    if (kindOf(path) !== 'outcome') continue;
    // The pack has passed the check before a report is made, so nothing here needs reporting.
    const parsed = v.safeParse(Sources, readFile(path, text, () => undefined).data);
    if (parsed.success) out[parsed.output.id] = parsed.output.sources ?? [];
  }
  return out;
}
