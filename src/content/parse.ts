/**
 * Pure: `{ path: text }` -> Guide, or a list of problems at `path:line:col`. One implementation
 * for the CLI, the build and the browser (when raw Markdown is loaded at run time).
 */
import type { Guide } from './schema.js';
import type { ContentProblem } from './problem.js';
import type { RenderMarkdown } from './markdown.js';
import { readFile } from './front-matter.js';
import { locate } from './positions.js';
import { createReporter } from './source-file.js';
import type { Located, Parsed, ParsedGuide } from './parsed.js';
import { checkRules } from './rules/index.js';
import { MAX_FILES, MAX_PACK_EMPHASIS, MAX_PACK_LENGTH } from './limits.js';
import { explainCharacters } from './explain.js';
import { checkFileName, emptyParsed, kindOf, parseFile, shippedContact, shippedOutcome } from './parse-file.js';

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

/** Emphasis marks in a text, counted without building a list of them. */
function countMarks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) count++;
  }
  return count;
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
    outcomes: parsed.outcomes.map(({ value }) => shippedOutcome(value)),
    contacts: parsed.contacts.map(({ value }) => shippedContact(value)),
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
  const parsed = emptyParsed();
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
