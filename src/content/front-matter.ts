/**
 * Splits a Markdown file into YAML front matter and body, parses the YAML with line counting,
 * validates it against a valibot schema, and turns every problem into `path:line:col` terms an
 * editor can act on.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, visit, type Document } from 'yaml';
import * as v from 'valibot';
import type { ContentProblem, Severity } from './schema.js';
import { codePoint } from './links.js';
import { isReservedId } from './ids.js';
import { explainYamlErrors } from './yaml-errors.js';
import { NOT_UTF8_MESSAGE, notUtf8 } from './encoding.js';

export interface SourceFile {
  path: string;
  text: string;
  /** The parsed front matter, if it could be parsed at all. */
  doc?: Document.Parsed;
  /** The front matter as plain data, read once from `doc`. */
  data?: unknown;
  lines?: LineCounter;
  /** 1-based line of the first front-matter line. */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export interface Position {
  line: number;
  col: number;
}

export type Report = (file: SourceFile, at: Position, severity: Severity, message: string, rule: string) => void;

export function createReporter(problems: ContentProblem[]): Report {
  return (file, at, severity, message, rule) =>
    problems.push({ path: file.path, line: at.line, col: at.col, severity, message, rule });
}

const START: Position = { line: 1, col: 1 };

/**
 * Content files are a few kB. Far bigger is a mistake (a pasted document, a wrong file), so it is
 * refused before parsing: the editor hears about it at once rather than after a long check.
 */
export const MAX_FILE_LENGTH = 100_000;

/** Reads the front matter; reports syntax problems. Returns the file with `doc` when usable. */
export function readFile(path: string, text: string, report: Report): SourceFile {
  const file: SourceFile = { path, text, yamlLine: 2, body: '', bodyLine: 1 };
  if (text.length > MAX_FILE_LENGTH) {
    report(
      file,
      START,
      'error',
      `this file is ${Math.round(text.length / 1000)} kB, more than the ${MAX_FILE_LENGTH / 1000} kB a content file may be. Split it up, or remove what does not belong.`,
      'too-large',
    );
    return file;
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    report(file, START, 'error', 'this is not a text file. Save it as plain UTF-8 text.', 'not-text');
    return file;
  }
  const unreadable = notUtf8(text);
  if (unreadable) {
    report(file, unreadable, 'error', NOT_UTF8_MESSAGE, 'not-utf8');
    return file;
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  reportInvisible(file, normalised, report);
  if (!normalised.startsWith('---\n')) {
    report(
      file,
      START,
      'error',
      'the file must start with a line of three dashes (---), then its settings, then another ---.',
      'front-matter',
    );
    return file;
  }
  const close = /^---[ \t]*$/m;
  const rest = normalised.slice(4);
  const end = close.exec(rest);
  if (!end) {
    report(
      file,
      START,
      'error',
      'the settings at the top are never closed. Add a line of three dashes (---) after them.',
      'front-matter',
    );
    return file;
  }
  const yaml = rest.slice(0, end.index);
  const afterClose = rest.slice(end.index + end[0].length);
  file.body = afterClose.replace(/^\n/, '');
  file.bodyLine = 2 + yaml.split('\n').length;
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  file.lines = lines;
  for (const problem of explainYamlErrors(yaml, doc.errors))
    report(file, shift(file, lines.linePos(problem.offset)), 'error', problem.message, problem.rule);
  if (!doc.errors.length) {
    if (!isMap(doc.contents)) {
      report(
        file,
        { line: file.yamlLine, col: 1 },
        'error',
        'the settings must be a list of "name: value" lines.',
        'front-matter',
      );
    } else if (resolves(file, doc, lines, report)) {
      file.doc = doc;
      phoneAsNumber(file, doc, lines, report);
    }
  }
  return file;
}

/**
 * Characters that change how the text around them reads or that cannot be seen: bidi
 * embeddings, overrides and isolates, zero-width spaces and joiners, the word joiner, a byte
 * order mark inside the text. In a name, a label or a link's text they can make one thing look
 * like another ("\u202Ekcilc" shows as "click"). Reported where they are, a few per file.
 */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

function reportInvisible(file: SourceFile, text: string, report: Report): void {
  let count = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    const before = text.slice(0, match.index).split('\n');
    report(
      file,
      { line: before.length, col: (before[before.length - 1]?.length ?? 0) + 1 },
      'error',
      `there is an invisible character here (${codePoint(match[0])}) that can change how the text around it reads. Delete it.`,
      'hidden-character',
    );
    if (++count === 5) break;
  }
}

/**
 * `phone: 01162585000` is a YAML number: the leading 0 goes, `0x1F4` becomes 500 and `1e3`
 * 1000, and the widget would dial the wrong number. Refuse it, quoting the digits as written.
 */
function phoneAsNumber(file: SourceFile, doc: Document.Parsed, lines: LineCounter, report: Report): void {
  const node = doc.get('phone', true);
  if (!isScalar(node) || typeof node.value !== 'number') return;
  const written = (node.source ?? String(node.value)).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  report(
    file,
    node.range ? shift(file, lines.linePos(node.range[0])) : { line: file.yamlLine, col: 1 },
    'error',
    `put the phone number in quotes, exactly as it is dialled: phone: "${written}". Without them it is read as the number ${String(node.value)}, and the wrong number would be shown and dialled.`,
    'phone-as-number',
  );
}

/**
 * Aliases (`*name`) are resolved only when the settings are read: one with no anchor, or so many
 * that they multiply (an alias bomb), throws there. Try it here and report it instead.
 */
function resolves(file: SourceFile, doc: Document.Parsed, lines: LineCounter, report: Report): boolean {
  try {
    file.data = doc.toJS();
    return true;
  } catch (error) {
    let at: Position = { line: file.yamlLine, col: 1 };
    visit(doc, {
      Alias(_, node) {
        if (node.range) at = shift(file, lines.linePos(node.range[0]));
        return visit.BREAK;
      },
    });
    report(
      file,
      at,
      'error',
      `the settings could not be read: ${firstLine((error as Error).message)}. A value starting with "*" or "&" must be in quotes.`,
      'yaml-syntax',
    );
    return false;
  }
}

const firstLine = (message: string): string =>
  (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

function shift(file: SourceFile, pos: { line: number; col: number }): Position {
  return { line: pos.line + file.yamlLine - 1, col: pos.col };
}

/** Where a value (or, with `key`, its key) sits in the file. Falls back to the nearest parent. */
export function locate(file: SourceFile, path: readonly (string | number)[], key = false): Position {
  if (!file.doc || !file.lines) return START;
  let node: unknown = file.doc.contents;
  let found: unknown = node;
  for (const step of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      next = key && step === path[path.length - 1] ? pair.key : pair.value;
      if (next == null) next = pair.key;
    } else next = items[step as number];
    if (next == null) break;
    node = next;
    found = next;
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  return range ? shift(file, file.lines.linePos(range[0])) : { line: file.yamlLine, col: 1 };
}

/** Position of a character offset within the Markdown body. */
export function bodyPosition(file: SourceFile, offset: number): Position {
  const before = file.body.slice(0, offset).split('\n');
  return { line: file.bodyLine + before.length - 1, col: (before[before.length - 1]?.length ?? 0) + 1 };
}

function closest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 3;
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase());
    if (d < bestScore) [best, bestScore] = [choice, d];
  }
  return best;
}

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

/** Keys a strict object schema allows at a path, for "did you mean" suggestions. */
function allowedKeys(schema: v.GenericSchema, path: readonly (string | number)[]): string[] {
  let s: unknown = schema;
  for (const step of path) {
    const cur = s as { type?: string; entries?: Record<string, unknown>; item?: unknown; pipe?: unknown[] };
    const inner = cur.pipe ? (cur.pipe[0] as typeof cur) : cur;
    if (inner.type === 'array') s = inner.item;
    else if (inner.entries) s = inner.entries[step as string];
    else return [];
    const unwrapped = s as { type?: string; wrapped?: unknown };
    if (unwrapped?.type === 'optional') s = unwrapped.wrapped;
  }
  const last = s as { entries?: Record<string, unknown>; pipe?: { entries?: Record<string, unknown> }[] };
  return Object.keys(last.entries ?? last.pipe?.[0]?.entries ?? {});
}

/** Reports every map key that names a property all objects have; true if there was one. */
function reservedKeys(file: SourceFile, report: Report): boolean {
  let found = false;
  const stack: [unknown, (string | number)[]][] = [[file.data, []]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const at = Array.isArray(value) ? [...path, Number(key)] : [...path, key];
      if (!Array.isArray(value) && (isReservedId(key) || key === '__proto__')) {
        found = true;
        report(
          file,
          locate(file, at, true),
          'error',
          `"${key}" is a name the widget keeps for itself and cannot be an id${path.length ? ` in ${path.join('.')}` : ''}. Choose another id.`,
          'reserved-id',
        );
      } else stack.push([(value as Record<string, unknown>)[key], at]);
    }
  }
  return found;
}

const describe = (value: unknown): string =>
  value === null
    ? 'empty'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a group of settings'
        : JSON.stringify(value);

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  Array: 'a list',
  Object: 'a group of settings',
  true: 'true',
};

/**
 * Validates the front matter against a schema, reporting each issue at its key or value.
 * Returns the typed output, or undefined if anything was wrong.
 */
export function validate<S extends v.GenericSchema>(
  file: SourceFile,
  schema: S,
  kind: string,
  report: Report,
): v.InferOutput<S> | undefined {
  if (!file.doc) return undefined;
  // The validator drops keys such as "constructor" from maps without a word: report them first.
  const reserved = reservedKeys(file, report);
  const result = v.safeParse(schema, file.data);
  if (result.success) return reserved ? undefined : result.output;
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    const name = String(path[path.length - 1] ?? kind);
    const where = path.slice(0, -1).length ? ` in ${path.slice(0, -1).join('.')}` : '';
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      const suggestion = closest(name, allowedKeys(schema, path.slice(0, -1)));
      report(
        file,
        locate(file, path, true),
        'error',
        `"${name}" is not a field of ${kind}${where}.${suggestion ? ` Did you mean "${suggestion}"?` : ' Remove it.'}`,
        'unknown-field',
      );
    } else if (issue.received === 'undefined') {
      report(
        file,
        locate(file, path.slice(0, -1)),
        'error',
        `"${name}" is missing${where}. Add a line "${name}: ..." to the settings.`,
        'missing-field',
      );
    } else if (issue.kind === 'schema') {
      const expected = issue.expected ?? '';
      const words = expected
        .split(' | ')
        .map((e) => EXPECTED_WORDS[e] ?? e)
        .join(' or ');
      report(
        file,
        locate(file, path),
        'error',
        `"${name}" should be ${words}, but it is ${describe(issue.input)}.`,
        'wrong-type',
      );
    } else {
      report(file, locate(file, path), 'error', `"${name}" ${issue.message}.`, 'invalid-value');
    }
  }
  return undefined;
}
