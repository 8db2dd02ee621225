/**
 * Reads a content file's front matter: split from the body (split.ts), parsed as YAML with line
 * counting, with every syntax problem reported at `path:line:col`. Checking it against a schema
 * is validate.ts; where things sit is positions.ts.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';
import { explainYamlErrors } from './yaml-errors.js';
import { splitFrontMatter } from './split.js';
import { yamlPosition } from './positions.js';
import type { Position, ReportProblem, SourceFile } from './source-file.js';

/** Reads the front matter; reports syntax problems. Returns the file with `doc` when usable. */
export function readFile(path: string, text: string, report: ReportProblem): SourceFile {
  const file: SourceFile = { path, text, yamlLine: 2, body: '', bodyLine: 1 };
  const yaml = splitFrontMatter(file, text, report);
  if (yaml === undefined) return file;
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  file.lines = lines;
  for (const problem of explainYamlErrors(yaml, doc.errors))
    report(file, yamlPosition(file, problem.offset), 'error', problem.message, problem.rule);
  if (doc.errors.length) return file;
  if (!isMap(doc.contents))
    report(
      file,
      { line: file.yamlLine, col: 1 },
      'error',
      'the settings must be a list of "name: value" lines.',
      'front-matter',
    );
  else if (resolves(file, doc, report)) {
    file.doc = doc;
    phoneAsNumber(file, doc, report);
  }
  return file;
}

/**
 * `phone: 01162585000` is a YAML number: the leading 0 goes, `0x1F4` becomes 500 and `1e3`
 * 1000, and the widget would dial the wrong number. Refuse it, quoting the digits as written.
 */
function phoneAsNumber(file: SourceFile, doc: Document.Parsed, report: ReportProblem): void {
  const node = doc.get('phone', true);
  if (!isScalar(node) || typeof node.value !== 'number') return;
  const written = (node.source ?? String(node.value)).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  report(
    file,
    node.range ? yamlPosition(file, node.range[0]) : { line: file.yamlLine, col: 1 },
    'error',
    `put the phone number in quotes, exactly as it is dialled: phone: "${written}". Without them it is read as the number ${String(node.value)}, and the wrong number would be shown and dialled.`,
    'phone-as-number',
  );
}

/**
 * Aliases (`*name`) are resolved only when the settings are read: one with no anchor, or so many
 * that they multiply (an alias bomb), throws there. Try it here and report it instead.
 */
function resolves(file: SourceFile, doc: Document.Parsed, report: ReportProblem): boolean {
  try {
    file.data = doc.toJS();
    return true;
  } catch (error) {
    let at: Position = { line: file.yamlLine, col: 1 };
    visit(doc, {
      Alias(_, node) {
        if (node.range) at = yamlPosition(file, node.range[0]);
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
