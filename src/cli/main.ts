/**
 * `support-finder`: the command for content editors.
 *
 *   support-finder check [dir]                 list problems; exit 1 on any error
 *   support-finder build [dir] --out pack.json  write the compiled, sanitised pack and pack.yaml
 *   support-finder report [dir] --out folder    write the decision table and flow diagram
 *   support-finder index [dir]                 write pack.yaml, listing the pack's files
 *   support-finder schema --out dir            write JSON Schemas for editors' YAML tooling
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createMarkdown } from '../content/markdown.js';
import { checkPack, sortProblems } from '../check/check-pack.js';
import { formatProblem, type ContentProblem } from '../content/problem.js';
import type { Guide } from '../content/schema.js';
import { indexProblems, readPack, today, writeIndex } from '../node/files.js';
import { buildReport, outcomeSourcesIn, reviewMonthsIn } from '../report/index.js';
import { writeSchemas } from './schemas.js';
import { printable, type CliIO } from './printable.js';
import { init } from './init.js';

export type { CliIO } from './printable.js';

const USAGE = `Usage:
  support-finder check [dir]                   Check the content (default dir: content)
  support-finder build [dir] --out pack.json   Check, then write the compiled pack
  support-finder report [dir] --out folder     Check, then write the decision table and flow diagram
  support-finder index [dir]                   Write pack.yaml, the list of files for run-time loading
  support-finder schema --out dir              Write JSON Schemas for the front matter
  support-finder init dir                      Start a new content pack in an empty folder`;

/**
 * Every option any command takes. `--today` fixes the date for reviews and reports, so tests and
 * sign-off copies are reproducible. Anything else, such as a misspelt `--ot`, is refused with the
 * usage rather than ignored.
 */
const OPTIONS = {
  out: { type: 'string' },
  today: { type: 'string' },
} satisfies ParseArgsConfig['options'];

type Flags = { out?: string; today?: string };

function readArgs(args: string[]): { positional: string[]; flags: Flags } | string {
  try {
    const { positionals, values } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    return { positional: positionals, flags: values };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const named = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const known = Object.keys(OPTIONS).map((name) => `--${name}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return `unknown option ${named}: the options are ${known.join(' and ')}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${named.split(' ')[0]} needs a value after it`;
    return message;
  }
}

function summary(problems: ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Runs a command; returns the exit code. */
export async function run(args: string[], raw: CliIO = { out: console.log, err: console.error }): Promise<number> {
  // One value, one line: whatever content holds, nothing printed can break a line or reach the terminal raw.
  const io: CliIO = { out: (line) => raw.out(printable(line)), err: (line) => raw.err(printable(line)) };
  const [command, ...rest] = args;
  const parsed = readArgs(rest);
  if (typeof parsed === 'string') {
    io.err(`error ${parsed}`);
    return usage(io);
  }
  const { positional, flags } = parsed;
  if (command === 'init') return init(positional[0], io);
  if (command === 'schema') return schema(flags, io);
  if (command !== 'check' && command !== 'build' && command !== 'report' && command !== 'index') return usage(io);
  if ((command === 'build' || command === 'report') && !flags.out) return usage(io);
  const dir = positional[0] ?? 'content';
  const files = await readFolder(dir, io);
  if (!files) return 1;
  if (command === 'index') return index(dir, files, io);
  return checkThen(command, dir, files, flags, io);
}

async function schema(flags: Flags, io: CliIO): Promise<number> {
  if (!flags.out) return usage(io);
  await writeSchemas(flags.out);
  io.out(`Wrote JSON Schemas to ${flags.out}`);
  return 0;
}

/** The pack's files, or undefined (with the problem printed) when the folder cannot be read. */
async function readFolder(dir: string, io: CliIO): Promise<Record<string, string> | undefined> {
  try {
    return await readPack(dir);
  } catch (error) {
    io.err(`${dir}:1:1 error cannot read this folder: ${(error as Error).message} [no-folder]`);
    return undefined;
  }
}

async function index(dir: string, files: Record<string, string>, io: CliIO): Promise<number> {
  io.out(`Wrote ${await writeIndex(dir, files)}`);
  return 0;
}

/** check, build and report: print every problem, write what the command makes when nothing failed, then the summary. */
async function checkThen(
  command: 'check' | 'build' | 'report',
  dir: string,
  files: Record<string, string>,
  flags: Flags,
  io: CliIO,
): Promise<number> {
  const checked = checkPack(files, { markdown: createMarkdown(), today: flags.today ?? today() });
  // build rewrites pack.yaml itself, so an out-of-date one is no reason to stop it.
  const indexed = command === 'build' ? [] : await indexProblems(dir, files);
  const result = { ...checked, problems: sortProblems([...checked.problems, ...indexed]) };
  for (const p of result.problems) io.out(formatProblem(p));
  const failed = result.problems.some((p) => p.severity === 'error');
  if (command === 'report' && result.guide && !failed) await report(result.guide, files, result.problems, flags, io);
  if (command === 'build' && result.guide && !failed) await build(result.guide, dir, files, flags, io);
  io.out(`${dir}: ${summary(result.problems)}${failed ? '' : ', content OK'}`);
  return failed ? 1 : 0;
}

async function report(
  guide: Guide,
  files: Record<string, string>,
  problems: ContentProblem[],
  flags: Flags,
  io: CliIO,
): Promise<void> {
  const out = flags.out as string;
  const made = buildReport(guide, {
    today: flags.today ?? today(),
    reviewMonths: reviewMonthsIn(files),
    problems,
    sources: outcomeSourcesIn(files),
  });
  await mkdir(out, { recursive: true });
  for (const [name, text] of Object.entries(made.files)) await writeFile(join(out, name), text);
  io.out(
    made.summarised
      ? `Wrote ${out}: too many answer paths to list, so the table summarises each question`
      : `Wrote ${out}: ${made.paths.length} answer paths`,
  );
}

async function build(guide: Guide, dir: string, files: Record<string, string>, flags: Flags, io: CliIO): Promise<void> {
  const out = flags.out as string;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(guide));
  await writeSchemas(join(dirname(out), 'schema'));
  io.out(`Wrote ${out}`);
  // Written only now, with no errors: a pack.yaml never lists a pack that fails the check.
  io.out(`Wrote ${await writeIndex(dir, files)}`);
}

function usage(io: CliIO): number {
  for (const line of USAGE.split('\n')) io.err(line);
  return 2;
}
