/**
 * Pure: `{ path: text }` -> Guide, or a list of problems at `path:line:col`. One implementation
 * for the CLI, the build and the browser (when raw Markdown is loaded at run time).
 */
import {
  ContactFrontMatter,
  GuideFrontMatter,
  LABEL_PLACEHOLDERS,
  OutcomeFrontMatter,
  QuestionFrontMatter,
  type Guide,
  type HelpEntry,
  type LabelKey,
  type Section,
} from './schema.js';
import type { ContentProblem } from './problem.js';
import type { RenderMarkdown } from './markdown.js';
import { readFile } from './front-matter.js';
import { validate } from './validate.js';
import { bodyPosition, locate } from './positions.js';
import { createReporter, type ReportProblem, type SourceFile } from './source-file.js';
import type { Located, Parsed, ParsedGuide } from './parsed.js';
import { checkRules } from './rules/index.js';
import { MAX_FILES, MAX_PACK_EMPHASIS, MAX_PACK_LENGTH } from './limits.js';
import { explainCharacters } from './explain.js';

export interface ParseOptions {
  markdown: RenderMarkdown;
  /** Today's date as YYYY-MM-DD, for review-date warnings. */
  today: string;
}

export interface ParseResult {
  guide?: Guide;
  problems: ContentProblem[];
  /** Where each question, outcome and contact is defined ("outcome:coaching" -> its id line). */
  index: Record<string, { path: string; line: number; col: number }>;
}

export type Kind = 'guide' | 'question' | 'outcome' | 'contact';

/** Emphasis marks in a text, counted without building a list of them. */
function countMarks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) count++;
  }
  return count;
}

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

/** Refuses a pack far too big before any file is read, so it cannot stall the check. */
function packTooLarge(paths: string[], files: Record<string, string>): ContentProblem | undefined {
  const size = paths.reduce((sum, p) => sum + (files[p]?.length ?? 0), 0);
  const marks = size > MAX_PACK_LENGTH ? 0 : paths.reduce((sum, p) => sum + countMarks(files[p] ?? ''), 0);
  if (paths.length <= MAX_FILES && size <= MAX_PACK_LENGTH && marks <= MAX_PACK_EMPHASIS) return undefined;
  return {
    path: paths[0] ?? 'content',
    line: 1,
    col: 1,
    severity: 'error',
    message:
      paths.length > MAX_FILES
        ? `this pack has ${paths.length} content files, more than the ${MAX_FILES} a pack may have. Remove the files that do not belong.`
        : size > MAX_PACK_LENGTH
          ? `this pack is ${Math.round(size / 1000)} kB, more than the ${MAX_PACK_LENGTH / 1000} kB a pack may be. Remove what does not belong.`
          : `this pack has ${marks} "*", "_" or "~" marks, more than the ${MAX_PACK_EMPHASIS} a pack may have (they take long to read). Use fewer.`,
    rule: 'pack-too-large',
  };
}

/** A pack has exactly one guide.md. */
function guideCount(paths: string[], files: Record<string, string>): ContentProblem | undefined {
  const guidePaths = paths.filter((p) => kindOf(p) === 'guide');
  if (guidePaths.length === 1) return undefined;
  return {
    path: guidePaths[1] ?? Object.keys(files)[0] ?? 'content',
    line: 1,
    col: 1,
    severity: 'error',
    message: guidePaths.length
      ? 'a content pack has exactly one guide.md. Remove the extra one.'
      : 'there is no guide.md. Every content pack needs one, with the title, questions and labels.',
    rule: 'missing-guide',
  };
}

/** Reads, validates and renders one file into `parsed`, by the kind of file it is. */
function parseFile(
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

/** Where each question, outcome and contact is defined, for problems found later on the Guide. */
function indexOf(parsed: Parsed): ParseResult['index'] {
  const index: ParseResult['index'] = {};
  const add = (kind: string, { file, value }: Located<{ id: string }>) =>
    (index[`${kind}:${value.id}`] ??= { path: file.path, ...locate(file, ['id']) });
  parsed.questions.forEach((q) => add('question', q));
  parsed.outcomes.forEach((o) => add('outcome', o));
  parsed.contacts.forEach((c) => add('contact', c));
  if (parsed.guide) index['guide:guide'] = { path: parsed.guide.file.path, line: 1, col: 1 };
  return index;
}

/** The Guide the widget reads, from a pack with no errors. */
function compile(g: ParsedGuide, parsed: Parsed): Guide {
  const byId = new Map(parsed.questions.map((q) => [q.value.id, q.value]));
  return {
    format: 2,
    title: g.title,
    intro: g.intro,
    privacy: g.privacy,
    help: g.help,
    questions: g.questions.map((id) => byId.get(id)!),
    // Like editors' notes, an outcome's sources are for editors and `check`: the widget never
    // shows them, so they are not shipped (it keeps the single-file embed within its budget).
    outcomes: parsed.outcomes.map(({ value: { sources: _sources, ...outcome } }) => outcome),
    contacts: parsed.contacts.map(({ value: { note: _note, ...contact } }) => contact),
    areas: g.areas,
    audiences: g.audiences,
    labels: g.labels,
    tieBreak: g.tieBreak,
    closeMargin: g.closeMargin,
  };
}

export function parsePack(files: Record<string, string>, options: ParseOptions): ParseResult {
  const paths = Object.keys(files)
    .filter((p) => kindOf(p))
    .sort();
  const tooLarge = packTooLarge(paths, files);
  if (tooLarge) return { problems: [tooLarge], index: {} };
  const found: ContentProblem[] = [];
  const report = createReporter(found);
  const noGuide = guideCount(paths, files);
  if (noGuide) found.push(noGuide);
  const parsed: Parsed = {
    declared: { question: new Set(), outcome: new Set(), contact: new Set() },
    questions: [],
    outcomes: [],
    contacts: [],
  };
  for (const path of paths)
    parseFile(parsed, readFile(path, files[path] ?? '', report), kindOf(path)!, report, options.markdown);
  for (const item of [...parsed.questions, ...parsed.outcomes, ...parsed.contacts])
    checkFileName(item.file, item.value.id, report);
  checkRules(parsed, report, options.today);
  const problems = explainCharacters(found, files);
  const index = indexOf(parsed);
  const g = parsed.guide?.value;
  if (!g || problems.some((p) => p.severity === 'error')) return { problems, index };
  return { guide: compile(g, parsed), problems, index };
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

function checkFileName(file: SourceFile, id: string, report: ReportProblem): void {
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
