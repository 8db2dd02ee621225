/**
 * The content report's time and size: `support-finder report` (the built CLI, a fresh process
 * each time, as an editor runs it) on the default pack and on synthetic packs with the most
 * contacts a pack may have, with the size of each file it writes and, for the default pack, the pages Chromium
 * prints. Part of `npm run bench` (the scaling part); runs alone with
 *
 *   npm run bench:report      (node --import tsx scripts/bench/report.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch } from '../../test/e2e/browser.js';
import { printFile } from '../../test/e2e/print.js';
import { writeSyntheticPack, type PackSize } from './synthetic.js';
import { MAX_CONTACTS } from '../../src/content/limits.js';
import { createMarkdown } from '../../src/content/markdown.js';
import { checkPack } from '../../src/check/check-pack.js';
import { readPack, today } from '../../src/node/files.js';
import { buildReport } from '../../src/report/index.js';

const TIME = '/usr/bin/time';
const MARK = 'sf-bench-report';
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, '.cache/bench/report');

export interface ReportFigures {
  pack: string;
  contacts: number;
  questions: number;
  /** Wall-clock seconds for the whole command (read, check, report, write). */
  seconds: number;
  /** CPU seconds (user + system) of that command, when /usr/bin/time can tell: steadier on a busy machine. */
  cpu?: number;
  /** CPU seconds of the report builder alone (buildReport on the checked Guide), in this process. */
  builder: number;
  /** Bytes of each file written. */
  files: Record<string, number>;
  htmlGzip: number;
  /** A4 pages when Chromium prints report.html; only for packs small enough to print quickly. */
  pages?: number;
  outcomes: number;
}

/** The most contacts a pack may have, with few and with many questions. */
const SYNTHETIC: PackSize[] = [
  { contacts: MAX_CONTACTS, questions: 20, shape: 'chain' },
  { contacts: MAX_CONTACTS, questions: 200, shape: 'chain' },
];

function cli(): string[] {
  const built = join(root, 'dist/cli/bin.js');
  return existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src/cli/bin.ts')];
}

async function measure(pack: string, dir: string, print: boolean): Promise<ReportFigures> {
  const out = join(work, 'out', pack);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const started = performance.now();
  const command = [process.execPath, ...cli(), 'report', dir, '--out', out];
  const timed = existsSync(TIME);
  const run = timed
    ? spawnSync(TIME, ['-f', `${MARK} %U %S`, ...command], { cwd: root, encoding: 'utf8' })
    : spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`report ${pack} failed: ${run.stderr || run.stdout}`);
  const mark = new RegExp(`^${MARK} ([\\d.]+) ([\\d.]+)$`, 'm').exec(run.stderr);
  const cpu = mark ? Number(mark[1]) + Number(mark[2]) : undefined;
  // The builder alone, on the same Guide the command checked.
  const { guide } = checkPack(await readPack(dir, root), { markdown: createMarkdown(), today: today() });
  if (!guide) throw new Error(`${pack} does not check`);
  const before = process.cpuUsage();
  buildReport(guide, { today: today() });
  const used = process.cpuUsage(before);
  const builder = (used.user + used.system) / 1e6;
  const files = Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).size]));
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  const counts = /<dt>Questions<\/dt><dd>(\d+)[\s\S]*?<dt>Contacts<\/dt><dd>(\d+)/.exec(html);
  const figures: ReportFigures = {
    pack,
    questions: Number(counts?.[1]),
    contacts: Number(counts?.[2]),
    seconds,
    ...(cpu === undefined ? {} : { cpu }),
    builder,
    files,
    htmlGzip: gzipSync(html).length,
    outcomes: (html.match(/<article id="outcome-/g) ?? []).length,
  };
  if (print) {
    const browser = await launch();
    try {
      figures.pages = (await printFile(browser, join(out, 'report.html'))).pages;
    } finally {
      await browser.close();
    }
  }
  return figures;
}

const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;

export async function runReportBench(log = console.log): Promise<ReportFigures[]> {
  const results = [await measure('default (content/)', join(root, 'content'), true)];
  for (const size of SYNTHETIC) {
    const dir = join(work, 'packs', `${size.shape}-${size.contacts}c-${size.questions}q`);
    await writeSyntheticPack(dir, size);
    results.push(await measure(`synthetic ${size.contacts}c ${size.questions}q`, dir, false));
  }
  for (const r of results)
    log(
      `  ${r.pack.padEnd(22)} command ${r.seconds.toFixed(2)} s${r.cpu === undefined ? '' : ` (${r.cpu.toFixed(2)} s CPU)`}, builder ${r.builder.toFixed(2)} s CPU;  report.html ${kB(r.files['report.html'] ?? 0)} (${kB(r.htmlGzip)} gzip)` +
        `  decision-table.md ${kB(r.files['decision-table.md'] ?? 0)}  paths.csv ${r.files['paths.csv'] === undefined ? '-' : kB(r.files['paths.csv'])}` +
        (r.pages === undefined ? '' : `  ${r.pages} A4 pages for ${r.outcomes} outcomes`),
    );
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('support-finder report, wall-clock time and what it writes:\n');
  await runReportBench();
}
