/**
 * How the content tooling scales: `support-finder check`, `build` and `report` timed on synthetic
 * packs (synthetic.ts) from 10 to 5,000 contacts (the most a pack may have) and 20 to 200
 * questions, each command run as an
 * editor runs it (a fresh `node bin/support-finder.js` process, wall-clock time). Runs alone with
 *
 *   node --import tsx scripts/bench/scaling.ts
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticPack, type PackSize } from './synthetic.js';
import { MAX_CONTACTS } from '../../src/content/limits.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, '.cache/bench/packs');

/** Up to the most contacts a pack may have (5,000). */
export const CONTACTS = [10, 100, 1000, MAX_CONTACTS];
export const QUESTIONS = [20, 50, 200];
/** Packs whose answer paths explode (3^Q), to show the path limit at work. */
export const FLAT: PackSize[] = [20, 50, 200].map((questions) => ({ contacts: 100, questions, shape: 'flat' }));
export const COMMANDS = ['check', 'build', 'report'] as const;
export type Command = (typeof COMMANDS)[number];
/** The target for the largest pack within the limits (MAX_CONTACTS contacts, 200 questions). */
export const TARGET_SECONDS = 5;

export interface Timing {
  /** Wall-clock seconds, or null when the command was skipped or did not finish in time. */
  seconds: number | null;
  /** CPU seconds (user + system), when /usr/bin/time is there to tell: steadier on a busy machine. */
  cpu?: number;
  note?: string;
}

export interface PackResult extends PackSize {
  files: number;
  times: Record<Command, Timing>;
  /** The last line the check printed (its summary), and any path-limit warning. */
  summary: string;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  cpu?: number;
  timedOut: boolean;
}

const TIME = '/usr/bin/time';
const TIME_MARK = 'sf-bench-time';

/** The command as editors run it: the built CLI (a copy, see runScaling) or, unbuilt, the source. */
let cliPath = join(root, 'bin/support-finder.js');

function runCli(args: string[], timeoutSeconds: number): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const command = [process.execPath, cliPath, ...args];
    const timed = existsSync(TIME);
    // Its own process group, so that a command over time is stopped with everything it started.
    const child = timed
      ? spawn(TIME, ['-f', `${TIME_MARK} %U %S`, ...command], { cwd: root, detached: true })
      : spawn(command[0]!, command.slice(1), { cwd: root, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const mark = new RegExp(`^${TIME_MARK} ([\\d.]+) ([\\d.]+)$`, 'm').exec(stderr);
      if (mark) stderr = stderr.replace(mark[0], '').trim();
      const cpu = mark ? Number(mark[1]) + Number(mark[2]) : undefined;
      resolve({ code, stdout, stderr, seconds, ...(cpu === undefined ? {} : { cpu }), timedOut });
    });
  });
}

const isUsage = (run: Run) => run.code === 2 && /^Usage:/m.test(run.stderr);

export interface ScalingOptions {
  /** Seconds after which a command is stopped; larger packs are then skipped for that command. */
  timeout?: number;
  log?: (line: string) => void;
}

export async function runScaling({ timeout = 20, log = console.log }: ScalingOptions = {}): Promise<{
  packs: PackResult[];
  cli: string;
  report: boolean;
}> {
  // A copy of the built CLI, so that a rebuild elsewhere during the run cannot change what is timed.
  const built = join(root, 'dist/cli/bin.js');
  let cli = 'bin/support-finder.js running src/cli through tsx (dist/cli is not built)';
  if (existsSync(built)) {
    cliPath = join(root, '.cache/bench/cli/bin.js');
    await mkdir(dirname(cliPath), { recursive: true });
    await copyFile(built, cliPath);
    cli = 'dist/cli/bin.js, as built';
  }
  const sizes: PackSize[] = [
    ...QUESTIONS.flatMap((questions) => CONTACTS.map((contacts) => ({ contacts, questions, shape: 'chain' as const }))),
    ...FLAT,
  ];
  const packs: PackResult[] = [];
  let report = true;
  /**
   * For each command, the first chain pack that did not finish in time: larger ones are skipped,
   * except that `check` is always tried on the target pack (the most contacts, 200 questions).
   */
  const gaveUp: Partial<Record<Command, PackSize>> = {};
  const isTarget = (a: PackSize) => a.shape === 'chain' && a.contacts === MAX_CONTACTS && a.questions === 200;
  const beyond = (a: PackSize, b: PackSize | undefined, command: Command) =>
    !!b &&
    a.shape === 'chain' &&
    a.contacts >= b.contacts &&
    a.questions >= b.questions &&
    !(isTarget(a) && command === 'check');

  for (const size of sizes) {
    const name = `${size.shape}-${size.contacts}c-${size.questions}q`;
    const dir = join(work, name);
    const out = join(root, '.cache/bench/out', name);
    const files = await writeSyntheticPack(dir, size);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    const rel = dir.slice(root.length);
    const times = {} as Record<Command, Timing>;
    let summary = '';
    for (const command of COMMANDS) {
      if (command === 'report' && !report) {
        times.report = { seconds: null, note: 'no report command' };
        continue;
      }
      if (beyond(size, gaveUp[command], command)) {
        times[command] = { seconds: null, note: `skipped: a smaller pack took over ${timeout} s` };
        continue;
      }
      const args =
        command === 'check'
          ? ['check', rel]
          : command === 'build'
            ? ['build', rel, '--out', join(out, 'pack.json')]
            : ['report', rel, '--out', join(out, 'report')];
      const run = await runCli(args, timeout);
      if (command === 'report' && isUsage(run)) {
        report = false;
        times.report = { seconds: null, note: 'no report command' };
        continue;
      }
      if (run.timedOut) {
        gaveUp[command] ??= size;
        times[command] = { seconds: null, note: `over ${timeout} s (stopped)` };
      } else if (run.code !== 0) {
        times[command] = {
          seconds: run.seconds,
          ...(run.cpu === undefined ? {} : { cpu: run.cpu }),
          note: `exit ${run.code}: ${(run.stderr || run.stdout).trim().split('\n').pop()}`,
        };
      } else times[command] = { seconds: run.seconds, ...(run.cpu === undefined ? {} : { cpu: run.cpu }) };
      if (command === 'check') {
        const lines = run.stdout.trim().split('\n');
        const limit = lines.find((l) => l.includes('[too-many-paths]'));
        summary = [lines.pop() ?? '', limit ? 'path limit reached [too-many-paths]' : ''].filter(Boolean).join('; ');
      }
    }
    packs.push({ ...size, files, times, summary });
    const shown = COMMANDS.map((c) => `${c} ${formatSeconds(times[c])}`).join(', ');
    log(`  ${name.padEnd(22)} ${String(files).padStart(5)} files: ${shown}`);
  }
  return { packs, cli, report };
}

export const formatSeconds = (t: Timing | undefined) =>
  t?.seconds != null ? `${t.seconds.toFixed(2)} s` : t?.note?.startsWith('over') ? `>${t.note.slice(5, -10)}` : '-';

const formatCpu = (t: Timing | undefined) => (t?.seconds != null && t.cpu !== undefined ? `${t.cpu.toFixed(2)} s` : '');

/** The figure growth factors are worked out from: CPU time when known (steadier), else wall-clock. */
const basis = (t: Timing | undefined) => (t?.seconds == null ? undefined : (t.cpu ?? t.seconds));

/**
 * One table per command: wall-clock and CPU seconds per pack, and the growth factor from the next
 * smaller pack in each direction (fewer contacts, fewer questions).
 */
export function scalingTables(packs: PackResult[], report: boolean): string {
  const commands = COMMANDS.filter((c) => c !== 'report' || report);
  const find = (shape: string, contacts: number, questions: number) =>
    packs.find((p) => p.shape === shape && p.contacts === contacts && p.questions === questions);
  const growth = (from: Timing | undefined, to: Timing | undefined) => {
    const a = basis(from);
    const b = basis(to);
    return a && b ? `x${(b / a).toFixed(2)}` : '';
  };
  return commands
    .map((command) => {
      const rows = packs.map((p) => {
        const fewerContacts =
          p.shape === 'chain'
            ? find('chain', CONTACTS[CONTACTS.indexOf(p.contacts) - 1] ?? -1, p.questions)
            : undefined;
        const fewerQuestions = find(p.shape, p.contacts, QUESTIONS[QUESTIONS.indexOf(p.questions) - 1] ?? -1);
        const t = p.times[command];
        return [
          `${p.contacts}`,
          `${p.questions}`,
          p.shape,
          formatSeconds(t),
          formatCpu(t),
          growth(fewerContacts?.times[command], t),
          growth(fewerQuestions?.times[command], t),
        ];
      });
      const header = ['contacts', 'questions', 'shape', 'wall', 'cpu', 'vs fewer contacts', 'vs fewer questions'];
      return `support-finder ${command}:\n${table(header, rows, 3)}`;
    })
    .join('\n\n');
}

/** A plain text table with columns padded to their widest cell. */
export function table(header: string[], rows: string[][], left = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { packs, cli, report } = await runScaling();
  console.log(`\nContent tooling (${cli}), wall-clock seconds per command:\n`);
  console.log(scalingTables(packs, report));
}
