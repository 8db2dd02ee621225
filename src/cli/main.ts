/**
 * `support-finder`: the command for content editors.
 *
 *   support-finder check [dir]                 list problems; exit 1 on any error
 *   support-finder build [dir] --out pack.json  write the compiled, sanitised pack and pack.yaml
 *   support-finder report [dir] --out folder    write the decision table and flow diagram
 *   support-finder index [dir]                 write pack.yaml, listing the pack's files
 *   support-finder schema --out dir            write JSON Schemas for editors' YAML tooling
 */
import { createMarkdown } from '../content/markdown.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkPack } from '../guide/check-pack.js';
import { formatProblem, type ContentProblem } from '../content/schema.js';
import { indexProblems, readPack, today, writeIndex } from '../node/files.js';
import { sortProblems } from '../guide/check-pack.js';
import { writeSchemas } from './schemas.js';
import { buildReport, outcomeSourcesIn, reviewMonthsIn } from '../report/index.js';
import { printable } from './printable.js';
import { init } from './init.js';

const USAGE = `Usage:
  support-finder check [dir]                   Check the content (default dir: content)
  support-finder build [dir] --out pack.json   Check, then write the compiled pack
  support-finder report [dir] --out folder     Check, then write the decision table and flow diagram
  support-finder index [dir]                   Write pack.yaml, the list of files for run-time loading
  support-finder schema --out dir              Write JSON Schemas for the front matter
  support-finder init dir                      Start a new content pack in an empty folder`;

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

function parseArgs(args: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) flags[arg.slice(2)] = args[++i] ?? '';
    else positional.push(arg);
  }
  return { positional, flags };
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
  const { positional, flags } = parseArgs(rest);
  if (command === 'init') return init(positional[0], io);
  if (command === 'schema') {
    if (!flags['out']) return usage(io);
    await writeSchemas(flags['out']);
    io.out(`Wrote JSON Schemas to ${flags['out']}`);
    return 0;
  }
  if (!['check', 'build', 'report', 'index'].includes(command ?? '')) return usage(io);
  if ((command === 'build' || command === 'report') && !flags['out']) return usage(io);
  const dir = positional[0] ?? 'content';
  let files: Record<string, string>;
  try {
    files = await readPack(dir);
  } catch (error) {
    io.err(`${dir}:1:1 error cannot read this folder: ${(error as Error).message} [no-folder]`);
    return 1;
  }
  if (command === 'index') {
    io.out(`Wrote ${await writeIndex(dir, files)}`);
    return 0;
  }
  const checked = checkPack(files, { markdown: createMarkdown(), today: flags['today'] ?? today() });
  // build rewrites pack.yaml itself, so an out-of-date one is no reason to stop it.
  const indexed = command === 'build' ? [] : await indexProblems(dir, files);
  const result = { ...checked, problems: sortProblems([...checked.problems, ...indexed]) };
  for (const p of result.problems) io.out(formatProblem(p));
  const failed = result.problems.some((p) => p.severity === 'error');
  if (command === 'report' && result.guide && !failed) {
    const out = flags['out']!;
    const report = buildReport(result.guide, {
      today: flags['today'] ?? today(),
      reviewMonths: reviewMonthsIn(files),
      problems: result.problems,
      sources: outcomeSourcesIn(files),
    });
    await mkdir(out, { recursive: true });
    for (const [name, text] of Object.entries(report.files)) await writeFile(join(out, name), text);
    io.out(
      report.summarised
        ? `Wrote ${out}: too many answer paths to list, so the table summarises each question`
        : `Wrote ${out}: ${report.paths.length} answer paths`,
    );
  }
  if (command === 'build' && result.guide && !failed) {
    const out = flags['out']!;
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(result.guide));
    await writeSchemas(join(dirname(out), 'schema'));
    io.out(`Wrote ${out}`);
    // Written only now, with no errors: a pack.yaml never lists a pack that fails the check.
    io.out(`Wrote ${await writeIndex(dir, files)}`);
  }
  io.out(`${dir}: ${summary(result.problems)}${failed ? '' : ', content OK'}`);
  return failed ? 1 : 0;
}

function usage(io: CliIO): number {
  for (const line of USAGE.split('\n')) io.err(line);
  return 2;
}
