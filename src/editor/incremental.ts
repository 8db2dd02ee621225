/**
 * The quick check, run on every keystroke: only the file being typed in is read again, with the
 * checks that need that file alone (its YAML, its fields, its Markdown). When it passes, the
 * previewed guide is the last fully checked one with that file's new content put in its place,
 * so the preview follows the typing at once. The whole-pack check (`checkFiles`: references,
 * every answer path) still runs when typing pauses, and its result replaces all of this.
 *
 * One file is read by the same step `parsePack` uses for each file (`parseFile`);
 * test/editor/incremental.test.ts holds the two to the same result, file by file, on the
 * default pack.
 */
import { readFile } from '../content/front-matter.js';
import { createReporter } from '../content/source-file.js';
import type { ContentProblem } from '../content/problem.js';
import {
  checkFileName,
  emptyParsed,
  kindOf,
  parseFile,
  shippedContact,
  shippedOutcome,
} from '../content/parse-file.js';
import { explainCharacters } from '../content/explain.js';
import type { RenderMarkdown } from '../content/markdown.js';
import { whenClauses } from '../content/when.js';
import type { Contact, Guide, Outcome, Question } from '../content/schema.js';

/** One file's new content, in the form the compiled guide holds it. */
export type FileValue =
  { kind: 'question'; value: Question } | { kind: 'outcome'; value: Outcome } | { kind: 'contact'; value: Contact };

export interface FileCheck {
  problems: ContentProblem[];
  /** Only when the file has no errors of its own, and is not guide.md (which the full check reads). */
  value?: FileValue;
}

/** The checks that need `path` alone, and its content when they pass. */
export function checkOneFile(path: string, text: string, markdown: RenderMarkdown): FileCheck {
  const found: ContentProblem[] = [];
  const report = createReporter(found);
  const file = readFile(path, text, report);
  const kind = kindOf(path);
  const parsed = emptyParsed();
  if (kind) parseFile(parsed, file, kind, report, markdown);
  const [question] = parsed.questions;
  const [outcome] = parsed.outcomes;
  const [contact] = parsed.contacts;
  const value: FileValue | undefined = question
    ? { kind: 'question', value: question.value }
    : outcome
      ? { kind: 'outcome', value: shippedOutcome(outcome.value) }
      : contact
        ? { kind: 'contact', value: shippedContact(contact.value) }
        : undefined;
  if (value) checkFileName(file, value.value.id, report);
  const problems = explainCharacters(found, { [path]: text });
  return problems.some((p) => p.severity === 'error') ? { problems } : { problems, ...(value ? { value } : {}) };
}

/**
 * `guide` (fully checked) with the files' new content put in place of what they held, or
 * undefined when that cannot stand in for a full check: an id changed, a file is new, or a
 * changed file names an id the guide does not have (or no longer has one another file names).
 */
export function patchGuide(
  guide: Guide,
  /** Path -> "kind:id" it held in `guide`, from the full check's index. */
  held: ReadonlyMap<string, string>,
  values: ReadonlyMap<string, FileValue>,
): Guide | undefined {
  const next = {
    ...guide,
    questions: [...guide.questions],
    outcomes: [...guide.outcomes],
    contacts: [...guide.contacts],
  };
  for (const [path, { kind, value }] of values) {
    if (held.get(path) !== `${kind}:${value.id}`) return undefined;
    const list: { id: string }[] =
      kind === 'question' ? next.questions : kind === 'outcome' ? next.outcomes : next.contacts;
    const at = list.findIndex((item) => item.id === value.id);
    if (at < 0) return undefined;
    list[at] = value;
  }
  return referencesHold(next, values) ? next : undefined;
}

/**
 * Whether every id the changed files name exists, and every option of a changed question that a
 * "when" names is still there: the references the widget follows, checked for those files only.
 */
function referencesHold(guide: Guide, values: ReadonlyMap<string, FileValue>): boolean {
  const outcomes = new Set(guide.outcomes.map((o) => o.id));
  const areas = new Set(guide.areas.map((a) => a.id));
  const audiences = new Set(guide.audiences.map((a) => a.id));
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  const changed = new Set<string>();
  for (const { kind, value } of values.values()) {
    if (kind === 'contact') {
      if (!value.offers.every((id) => outcomes.has(id))) return false;
      if (!value.areas.every((id) => areas.has(id)) || !value.audiences.every((id) => audiences.has(id))) return false;
    } else if (kind === 'question') {
      changed.add(value.id);
      for (const o of value.options) {
        if (o.exit && !outcomes.has(o.exit)) return false;
        if (!Object.keys(o.weights ?? {}).every((id) => outcomes.has(id))) return false;
      }
      const valid = new Set(value.sets === 'area' ? areas : value.sets === 'audience' ? audiences : []);
      const values = value.options.map((o) => o.value);
      if (value.sets ? !values.every((v) => v !== undefined && valid.has(v)) : values.some((v) => v !== undefined))
        return false;
    }
  }
  // The conditions of every question that names a changed one, and those of the changed ones.
  for (const q of guide.questions)
    for (const clause of whenClauses(q.when))
      for (const [ref, ids] of Object.entries(clause)) {
        if (!changed.has(ref) && !changed.has(q.id)) continue;
        const target = questions.get(ref);
        if (!target || !ids.every((id) => target.options.some((o) => o.id === id))) return false;
      }
  return true;
}

/** The same renderer, remembering what it rendered, so unchanged text is not rendered again. */
export function rememberMarkdown(markdown: RenderMarkdown, limit = 5_000): RenderMarkdown {
  const seen = new Map<string, ReturnType<RenderMarkdown>>();
  return (source) => {
    let out = seen.get(source);
    if (!out) {
      if (seen.size >= limit) seen.clear();
      out = markdown(source);
      seen.set(source, out);
    }
    return out;
  };
}

/** Path -> "kind:id" it defines, from a full check's index ("contact:uhl-od" -> its id line). */
export function heldBy(index: Readonly<Record<string, { path: string }>>): Map<string, string> {
  return new Map(
    Object.entries(index)
      .filter(([key]) => key !== 'guide:guide')
      .map(([key, at]) => [at.path, key]),
  );
}
