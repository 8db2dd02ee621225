/**
 * Checks front matter against its valibot schema and words each issue for an editor, at the key
 * or value it is about.
 */
import * as v from 'valibot';
import { isReservedId } from './ids.js';
import { locate } from './positions.js';
import { allowedKeys, closest } from './did-you-mean.js';
import type { ReportProblem, SourceFile } from './source-file.js';

/** Reports every map key that names a property all objects have; true if there was one. */
function reservedKeys(file: SourceFile, report: ReportProblem): boolean {
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

/** Reports one validation issue in the editors' words. */
function reportIssue(
  file: SourceFile,
  schema: v.GenericSchema,
  kind: string,
  issue: v.GenericIssue,
  report: ReportProblem,
): void {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const name = String(path[path.length - 1] ?? kind);
  const where = path.slice(0, -1).length ? ` in ${path.slice(0, -1).join('.')}` : '';
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const suggestion = closest(name, allowedKeys(schema, path.slice(0, -1)));
    const fix = suggestion ? ` Did you mean "${suggestion}"?` : ' Remove it.';
    report(
      file,
      locate(file, path, true),
      'error',
      `"${name}" is not a field of ${kind}${where}.${fix}`,
      'unknown-field',
    );
  } else if (issue.received === 'undefined') {
    const message = `"${name}" is missing${where}. Add a line "${name}: ..." to the settings.`;
    report(file, locate(file, path.slice(0, -1)), 'error', message, 'missing-field');
  } else if (issue.kind === 'schema') {
    const words = (issue.expected ?? '')
      .split(' | ')
      .map((e) => EXPECTED_WORDS[e] ?? e)
      .join(' or ');
    const message = `"${name}" should be ${words}, but it is ${describe(issue.input)}.`;
    report(file, locate(file, path), 'error', message, 'wrong-type');
  } else {
    report(file, locate(file, path), 'error', `"${name}" ${issue.message}.`, 'invalid-value');
  }
}

/**
 * Validates the front matter against a schema, reporting each issue at its key or value.
 * Returns the typed output, or undefined if anything was wrong.
 */
export function validate<S extends v.GenericSchema>(
  file: SourceFile,
  schema: S,
  kind: string,
  report: ReportProblem,
): v.InferOutput<S> | undefined {
  if (!file.doc) return undefined;
  // The validator drops keys such as "constructor" from maps without a word: report them first.
  const reserved = reservedKeys(file, report);
  const result = v.safeParse(schema, file.data);
  if (result.success) return reserved ? undefined : result.output;
  for (const issue of result.issues) reportIssue(file, schema, kind, issue, report);
  return undefined;
}
