/**
 * One content file, read on its own: which kind it is, its front matter checked against its
 * schema, its Markdown rendered, and what only that file can get wrong. `parsePack` does this for
 * every file before the rules that look across files; the editor does it for the file being typed
 * in, so both read a file the same way.
 */
import {
  ContactFrontMatter,
  GuideFrontMatter,
  LABEL_PLACEHOLDERS,
  OutcomeFrontMatter,
  QuestionFrontMatter,
  type Contact,
  type HelpEntry,
  type LabelKey,
  type Outcome,
  type Section,
} from './schema.js';
import type { RenderMarkdown } from './markdown.js';
import { validate } from './validate.js';
import { bodyPosition, locate } from './positions.js';
import type { ReportProblem, SourceFile } from './source-file.js';
import type { Parsed, ParsedGuide } from './parsed.js';

export type Kind = 'guide' | 'question' | 'outcome' | 'contact';

/** A `Parsed` with nothing read into it yet. */
export const emptyParsed = (): Parsed => ({
  declared: { question: new Set(), outcome: new Set(), contact: new Set() },
  questions: [],
  outcomes: [],
  contacts: [],
});

/**
 * An outcome and a contact as the compiled guide holds them. Like editors' notes, an outcome's
 * sources are for editors and `check`: the widget never shows them, so they are not shipped (it
 * keeps the single-file embed within its budget).
 */
export const shippedOutcome = ({ sources: _sources, ...outcome }: Parsed['outcomes'][number]['value']): Outcome =>
  outcome;
export const shippedContact = ({ note: _note, ...contact }: Parsed['contacts'][number]['value']): Contact => contact;

/** Which part of the model a file holds, from where it sits in the pack. */
export function kindOf(path: string): Kind | undefined {
  const p = path.replace(/\\/g, '/');
  if (!p.endsWith('.md')) return undefined;
  if (/(^|\/)guide\.md$/.test(p)) return 'guide';
  if (/(^|\/)questions\/[^/]+\.md$/.test(p)) return 'question';
  if (/(^|\/)outcomes\/[^/]+\.md$/.test(p)) return 'outcome';
  if (/(^|\/)contacts\/[^/]+\.md$/.test(p)) return 'contact';
  return undefined;
}

/**
 * Reads one file into `parsed`: its fields, its Markdown, and the id it declares. The same step
 * for the whole-pack check and for the editor's check of the file being typed in.
 */
export function parseFile(
  parsed: Parsed,
  file: SourceFile,
  kind: Kind,
  report: ReportProblem,
  markdown: RenderMarkdown,
): void {
  if (kind !== 'guide') {
    const id = file.doc?.get('id');
    parsed.declared[kind].add(typeof id === 'string' ? id : (file.path.split('/').pop() ?? '').replace(/\.md$/, ''));
  }
  if (kind === 'guide') {
    const value = parseGuideFile(file, report, markdown);
    if (value) parsed.guide = { file, value };
  } else if (kind === 'question') {
    const value = validate(file, QuestionFrontMatter, 'a question', report);
    if (file.body.trim())
      report(
        file,
        bodyPosition(file, file.body.search(/\S/)),
        'warning',
        'questions have no body text: this text is never shown. Use "hint" instead.',
        'unused-body',
      );
    if (value) parsed.questions.push({ file, value });
  } else if (kind === 'outcome') {
    const value = validate(file, OutcomeFrontMatter, 'an outcome', report);
    const body = file.doc ? sections(file, report, markdown) : [];
    if (value) parsed.outcomes.push({ file, value: { ...value, sections: body } });
  } else {
    const value = validate(file, ContactFrontMatter, 'a contact', report);
    const body = file.doc ? renderBody(file, file.body, 0, report, markdown) : [];
    if (value) parsed.contacts.push({ file, value: { ...value, body } });
  }
}

function parseGuideFile(file: SourceFile, report: ReportProblem, markdown: RenderMarkdown): ParsedGuide | undefined {
  const value = validate(file, GuideFrontMatter, 'the guide', report);
  if (!value) return undefined;
  for (const [key, names] of Object.entries(LABEL_PLACEHOLDERS)) {
    const text = value.labels[key as LabelKey];
    for (const name of names ?? [])
      if (!text.includes(`{${name}}`))
        report(
          file,
          locate(file, ['labels', key]),
          'error',
          `the label "${key}" must keep "{${name}}": the widget fills it in.`,
          'label-placeholder',
        );
  }
  // One line for everyone is the same as a list with a single entry that names nobody.
  const entries = typeof value.help === 'string' ? [{ text: value.help }] : value.help;
  const help: HelpEntry[] = entries.map((entry, i) => {
    const { rich, problems } = markdown(entry.text);
    const at = locate(file, typeof value.help === 'string' ? ['help'] : ['help', i, 'text']);
    for (const p of problems) report(file, at, p.severity, p.message, p.rule);
    return {
      ...(entry.areas ? { areas: entry.areas } : {}),
      ...(entry.audiences ? { audiences: entry.audiences } : {}),
      body: rich,
    };
  });
  return { ...value, help, intro: renderBody(file, file.body, 0, report, markdown) };
}

/** A warning when a file's id and its name differ. */
export function checkFileName(file: SourceFile, id: string, report: ReportProblem): void {
  const name = file.path.replace(/\\/g, '/').split('/').pop()?.replace(/\.md$/, '');
  if (name !== id)
    report(
      file,
      locate(file, ['id']),
      'warning',
      `the id "${id}" differs from the file name "${name}.md". Rename one so they match.`,
      'id-file-name',
    );
}

function renderBody(file: SourceFile, text: string, offset: number, report: ReportProblem, markdown: RenderMarkdown) {
  const { rich, problems } = markdown(text);
  for (const p of problems) report(file, bodyPosition(file, offset + p.offset), p.severity, p.message, p.rule);
  return rich;
}

/** An outcome's body, split at `## ` headings into sections the widget places under its own headings. */
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
    const text = file.body.slice(mark.end, end);
    out.push({ heading: mark.heading, body: renderBody(file, text, mark.end, report, markdown) });
  });
  return out;
}
