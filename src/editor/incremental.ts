/**
 * The quick check, run on every keystroke: only the file being typed in is read again, with the
 * checks that need that file alone (its YAML, its fields, its Markdown). When it passes, the
 * previewed guide is the last fully checked one with that file's new content put in its place,
 * so the preview follows the typing at once. The whole-pack check (`checkFiles`: references,
 * every answer path) still runs when typing pauses, and its result replaces all of this.
 *
 * Reading one file mirrors what `parsePack` does for each file; test/editor/incremental.test.ts
 * holds the two to the same result, file by file, on the default pack.
 */
import { readFile } from '../content/front-matter.js';
import { bodyPosition, locate } from '../content/positions.js';
import { createReporter, type ReportProblem, type SourceFile } from '../content/source-file.js';
import { validate } from '../content/validate.js';
import type { ContentProblem } from '../content/problem.js';
import { kindOf } from '../content/parse.js';
import { explainCharacters } from '../content/explain.js';
import type { RenderMarkdown } from '../content/markdown.js';
import { whenClauses } from '../content/when.js';
import {
  ContactFrontMatter,
  GuideFrontMatter,
  OutcomeFrontMatter,
  QuestionFrontMatter,
  type Contact,
  type Guide,
  type Outcome,
  type Question,
  type Section,
} from '../content/schema.js';

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
  let value: FileValue | undefined;
  if (kind === 'guide') {
    validate(file, GuideFrontMatter, 'the guide', report);
  } else if (kind === 'question') {
    const q = validate(file, QuestionFrontMatter, 'a question', report);
    if (file.body.trim())
      report(
        file,
        bodyPosition(file, file.body.search(/\S/)),
        'warning',
        'questions have no body text: this text is never shown. Use "hint" instead.',
        'unused-body',
      );
    if (q) value = { kind, value: q };
  } else if (kind === 'outcome') {
    const o = validate(file, OutcomeFrontMatter, 'an outcome', report);
    const body = file.doc ? sections(file, report, markdown) : [];
    if (o) {
      const { sources: _sources, ...outcome } = o;
      value = { kind, value: { ...outcome, sections: body } };
    }
  } else if (kind === 'contact') {
    const c = validate(file, ContactFrontMatter, 'a contact', report);
    const body = file.doc ? renderBody(file, file.body, 0, report, markdown) : [];
    if (c) {
      const { note: _note, ...contact } = c;
      value = { kind, value: { ...contact, body } };
    }
  }
  if (value) {
    const name = path.split('/').pop()?.replace(/\.md$/, '');
    if (name !== value.value.id)
      found.push({
        path,
        ...locate(file, ['id']),
        severity: 'warning',
        message: `the id "${value.value.id}" differs from the file name "${name}.md". Rename one so they match.`,
        rule: 'id-file-name',
      });
  }
  const problems = explainCharacters(found, { [path]: text });
  return problems.some((p) => p.severity === 'error') ? { problems } : { problems, ...(value ? { value } : {}) };
}

function renderBody(file: SourceFile, text: string, offset: number, report: ReportProblem, markdown: RenderMarkdown) {
  const { rich, problems } = markdown(text);
  for (const p of problems) report(file, bodyPosition(file, offset + p.offset), p.severity, p.message, p.rule);
  return rich;
}

/** An outcome's body, split at `## ` headings, as the full check splits it. */
function sections(file: SourceFile, report: ReportProblem, markdown: RenderMarkdown): Section[] {
  const out: Section[] = [];
  const heading = /^##[ \t]+(.+?)[ \t#]*$/gm;
  const marks: { heading: string; start: number; end: number }[] = [];
  for (let m = heading.exec(file.body); m; m = heading.exec(file.body))
    marks.push({ heading: m[1] ?? '', start: m.index, end: m.index + m[0].length });
  const lead = file.body.slice(0, marks[0]?.start ?? file.body.length);
  if (lead.trim()) out.push({ heading: '', body: renderBody(file, lead, 0, report, markdown) });
  const h1 = /^#[ \t]/m.exec(file.body);
  if (h1)
    report(
      file,
      bodyPosition(file, h1.index),
      'warning',
      'use "## " for section headings: the page already has its main heading.',
      'heading-level',
    );
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.start ?? file.body.length;
    out.push({
      heading: mark.heading,
      body: renderBody(file, file.body.slice(mark.end, end), mark.end, report, markdown),
    });
  });
  return out;
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
