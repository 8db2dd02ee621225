/**
 * The performance benchmark (`npm run bench`; not part of `npm test`):
 *
 * 1. Support Finder against the SurveyJS Form Library (survey-core + survey-js-ui with its default
 *    theme) asking the same questionnaire (the default content pack, converted by to-surveyjs.ts),
 *    and against the floor (floor/floor.ts): one plain custom element with no libraries that
 *    paints the same pages from the same pack, the least any widget can do. All three are single
 *    self-contained files served from 127.0.0.1 and measured in one Chromium with 4x CPU
 *    throttling, runs interleaved (ours, peer, floor, ours, ...), each in a fresh browser context
 *    (a first visit: nothing cached). Medians of RUNS runs each, after one warm-up each.
 * 2. How `support-finder check`, `build` and `report` scale with the size of the content (scaling.ts),
 *    and the report's time and page size on the default pack and the most contacts a pack may have
 *    (report.ts).
 * 3. The content editor page: keystroke to problems and to preview, and its size (editor.ts).
 *
 * Results go to bench-results/latest.json.
 *
 *   node --import tsx scripts/bench/run.ts [--runs N] [--browser-only | --scaling-only | --editor-only]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build, type Rollup } from 'vite';
import { launch } from '../../test/e2e/browser.js';
import { serve, type TestServer } from '../../test/e2e/serve.js';
import type { Guide } from '../../src/content/schema.js';
import { findQuestion, walk } from '../../src/guide/flow.js';
import { recommend } from '../../src/guide/recommend.js';
import type { Plan, Timings } from './driver.js';
import { root, writeSurvey, type SurveyJson } from './to-surveyjs.js';
import { editorBench, editorTable } from './editor.js';
import { runScaling, scalingTables, table, TARGET_SECONDS, type PackResult } from './scaling.js';
import { runReportBench } from './report.js';
import { contentPlugin, singleFileMinify } from '../../vite.config.js';
import { MAX_CONTACTS } from '../../src/content/limits.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const RUNS = Math.max(1, Math.min(200, Number(args[args.indexOf('--runs') + 1]) || 20));
const THROTTLE = 4;
const bench = join(root, '.cache/bench');
const resultsFile = join(root, 'bench-results/latest.json');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * A copy of dist/support-finder.js, built first if missing, so that a rebuild elsewhere during
 * the run cannot change or remove the file being measured. A build broken by work in progress
 * is retried.
 */
async function snapshotOurs(): Promise<string> {
  const built = join(root, 'dist/support-finder.js');
  for (let attempt = 1; !existsSync(built); attempt++) {
    if (attempt > 3) throw new Error('dist/support-finder.js is missing and `npm run build` keeps failing.');
    // Another build may be under way (it empties dist/ first): give it a moment before building.
    spawnSync('sleep', ['20']);
    if (existsSync(built)) break;
    console.log(`Building (npm run build), attempt ${attempt}...`);
    spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  await mkdir(join(bench, 'ours'), { recursive: true });
  await copyFile(built, join(bench, 'ours/support-finder.js'));
  return '/.cache/bench/ours/support-finder.js';
}

const outputs = (result: Awaited<ReturnType<typeof build>>): Rollup.OutputChunk[] =>
  (Array.isArray(result) ? result : 'output' in result ? [result] : [])
    .flatMap((r) => r.output)
    .filter((o): o is Rollup.OutputChunk => o.type === 'chunk');

/** The peer: SurveyJS and the converted questionnaire in one minified file, built as ours is. */
async function buildPeer(json: SurveyJson): Promise<void> {
  const id = 'virtual:bench-survey';
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'bench-survey',
        resolveId: (source) => (source === id ? `\0${id}` : undefined),
        load: (loaded) => (loaded === `\0${id}` ? `export default ${JSON.stringify(json)};` : undefined),
      },
    ],
    build: {
      outDir: join(bench, 'peer'),
      emptyOutDir: true,
      target: 'es2022',
      ...singleFileMinify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      lib: { entry: join(root, 'scripts/bench/peer/main.ts'), formats: ['es'], fileName: () => 'peer.js' },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}

/** The floor: floor/floor.ts with the default pack, in one minified file, built as ours is. */
async function buildFloor(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    plugins: [contentPlugin()],
    build: {
      outDir: join(bench, 'floor'),
      emptyOutDir: true,
      target: 'es2022',
      ...singleFileMinify,
      reportCompressedSize: false,
      lib: { entry: join(root, 'scripts/bench/floor/floor.ts'), formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}

/** driver.ts as one classic script to inline in the pages. */
async function buildDriver(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      lib: { entry: join(root, 'scripts/bench/driver.ts'), formats: ['iife'], name: 'sfBenchDriver' },
    },
  });
  const code = outputs(result)[0]?.code;
  if (!code) throw new Error('The driver did not build');
  return code;
}

/** The same journey for both: at each question the first answer that does not end the questions. */
function journeyPlan(guide: Guide): Plan {
  const answers: Record<string, string> = {};
  for (let guard = 0; guard <= guide.questions.length; guard++) {
    const question = findQuestion(guide, walk(guide, answers).current);
    if (!question) break;
    answers[question.id] = (question.options.find((o) => !o.exit) ?? question.options[0]!).id;
  }
  const { path } = walk(guide, answers);
  const winner = recommend(guide, answers).winner.outcomeId;
  const title = guide.outcomes.find((o) => o.id === winner)?.title ?? winner;
  const l = guide.labels;
  return {
    title: guide.title,
    start: l.start,
    questions: path.map((id) => ({ heading: findQuestion(guide, id)!.question, option: answers[id]! })),
    next: l.continue,
    submit: l.checkSubmit,
    result: l.resultTitle.replace('{outcome}', title),
    timeout: 30_000,
  };
}

const page = (title: string, plan: Plan, driver: string, script: string, body: string) => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>window.sfBenchPlan = ${JSON.stringify(plan).replace(/</g, '\\u003c')};</script>
<script>${driver}</script>
<script>performance.mark('sf-bench-start');</script>
<script type="module" src="${script}"></script>
</head>
<body><main><h1>Host page</h1>${body}</main></body>
</html>`;

type Name = 'ours' | 'peer' | 'floor';
const NAMES: Name[] = ['ours', 'peer', 'floor'];
interface RunResult extends Timings {
  heap: number;
}

async function measure(browser: Browser, server: TestServer, name: Name): Promise<RunResult & { requests: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const offHost: string[] = [];
  page.on('request', (r) => !r.url().startsWith(server.origin) && offHost.push(r.url()));
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const before = server.requests.length;
  try {
    await page.goto(`${server.origin}/bench/${name}.html`);
    const timings = (await page.evaluate('window.sfBenchDone')) as Timings;
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (errors.length) throw new Error(errors.join('\n'));
    if (offHost.length) throw new Error(`Requests left 127.0.0.1: ${offHost.join(', ')}`);
    return { ...timings, heap: usedSize, requests: server.requests.slice(before) };
  } finally {
    await context.close();
  }
}

interface Metric {
  key: string;
  label: string;
  unit: 'ms' | 'kB';
  ours: number;
  peer: number;
  floor: number;
  /** ours / peer */
  ratio: number;
  /** ours / floor */
  ratioFloor: number;
}

async function browserBench(): Promise<{
  metrics: Metric[];
  runs: number;
  chromium: string;
  detail: { loadAverage: number[]; [key: string]: unknown };
}> {
  const ours = await snapshotOurs();
  console.log('Converting the default content pack to SurveyJS and checking the conversion...');
  const check = await writeSurvey(join(bench, 'survey.json'), 100);
  const { json, guide } = check;
  console.log(
    `  same questions, order and suggestion on ${check.walked} of ${check.of} answer paths (all: run to-surveyjs.ts)`,
  );
  console.log('Building the peer bundle with Vite...');
  await buildPeer(json);
  console.log('Building the floor (a plain custom element, no libraries) with Vite...');
  await buildFloor();
  const driver = await buildDriver();
  const plan = journeyPlan(guide);

  const server = await serve(root);
  server.pages.set('/bench/ours.html', {
    body: page(
      'Support Finder',
      plan,
      driver,
      ours,
      '<support-finder><a href="https://www.llracademy.org/coaching-and-mentoring/">Find coaching and mentoring</a></support-finder>',
    ),
  });
  server.pages.set('/bench/peer.html', {
    body: page('SurveyJS', plan, driver, '/.cache/bench/peer/peer.js', '<div id="survey"></div>'),
  });
  server.pages.set('/bench/floor.html', {
    body: page(
      'Floor',
      plan,
      driver,
      '/.cache/bench/floor/floor.js',
      '<sf-floor><a href="https://www.llracademy.org/coaching-and-mentoring/">Find coaching and mentoring</a></sf-floor>',
    ),
  });
  const browser = await launch();
  const chromium = browser.version();
  const results: Record<Name, RunResult[]> = { ours: [], peer: [], floor: [] };
  const shipped: Record<Name, string[]> = { ours: [], peer: [], floor: [] };
  const load: number[][] = [loadavg()];
  try {
    console.log(`Measuring in Chromium ${chromium}, ${THROTTLE}x CPU throttling, ${RUNS} runs each (+1 warm-up)...`);
    for (let round = 0; round <= RUNS; round++) {
      for (const name of NAMES) {
        const { requests, ...run } = await measure(browser, server, name);
        if (round === 0) shipped[name] = requests.filter((r) => !r.endsWith('.html') && r !== '/favicon.ico');
        else results[name].push(run);
      }
      if (round % 5 === 0) {
        load.push(loadavg());
        process.stdout.write(`  round ${round}/${RUNS}, load average ${loadavg()[0]!.toFixed(2)}\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const bytes = (name: Name) => {
    const files = shipped[name].map((path) => readFileSync(join(root, decodeURIComponent(path.split('?')[0]!))));
    return {
      files: shipped[name],
      min: files.reduce((n, f) => n + f.length, 0),
      gzip: files.reduce((n, f) => n + gzipSync(f).length, 0),
    };
  };
  const size = { ours: bytes('ours'), peer: bytes('peer'), floor: bytes('floor') };
  const of = (name: Name, pick: (r: RunResult) => number) => median(results[name].map(pick));
  const timed: [string, string, (r: RunResult) => number][] = [
    ['startPage', 'Script start to start page painted', (r) => r.startPage],
    ['firstQuestion', 'Script start to first question painted (Start clicked at once)', (r) => r.firstQuestion],
    ['startToQuestion', 'Start clicked to first question painted', (r) => r.startToQuestion],
    ['continue', 'Continue clicked to next question painted', (r) => median(r.continues)],
    ['toReview', 'Continue on last question to check-answers painted', (r) => r.toReview],
    ['toResult', '"See my suggestion" to result painted', (r) => r.toResult],
    ['journey', 'Whole journey: script start to result painted', (r) => r.journey],
  ];
  const metric = (key: string, label: string, unit: Metric['unit'], pick: (name: Name) => number): Metric => {
    const [ours, peer, floor] = NAMES.map(pick) as [number, number, number];
    return { key, label, unit, ours, peer, floor, ratio: ours / peer, ratioFloor: ours / floor };
  };
  const metrics: Metric[] = [
    metric('bytesMin', 'Bytes shipped, minified (JS + CSS + content)', 'kB', (n) => size[n].min / 1000),
    metric('bytesGzip', 'Bytes shipped, gzip', 'kB', (n) => size[n].gzip / 1000),
    ...timed.map(([key, label, pick]) => metric(key, label, 'ms', (n) => of(n, pick))),
    metric('heap', 'JS heap after the journey (after GC)', 'kB', (n) => of(n, (r) => r.heap) / 1000),
  ];
  const loadAverage = load.map((l) => Number(l[0]!.toFixed(2)));
  return {
    metrics,
    runs: RUNS,
    chromium,
    detail: {
      loadAverage,
      shipped: { ours: size.ours.files, peer: size.peer.files, floor: size.floor.files },
      journey: plan.questions.map((q) => `${q.heading} -> ${q.option}`),
      result: plan.result,
      raw: results,
    },
  };
}

const fmt = (m: Metric, value: number) => (m.unit === 'kB' ? `${value.toFixed(1)} kB` : `${value.toFixed(0)} ms`);

export function browserTable(metrics: Metric[]): string {
  return table(
    ['metric', 'Support Finder', 'SurveyJS', 'floor', 'ours/SurveyJS', 'ours/floor'],
    metrics.map((m) => [
      m.label,
      fmt(m, m.ours),
      fmt(m, m.peer),
      fmt(m, m.floor),
      m.ratio.toFixed(2),
      m.ratioFloor.toFixed(2),
    ]),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const previous = existsSync(resultsFile) ? JSON.parse(await readFile(resultsFile, 'utf8')) : {};
  const results: Record<string, unknown> = {
    ...previous,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
    },
    command: 'npm run bench',
  };

  const only = ['browser-only', 'scaling-only', 'editor-only'].find(flag);
  if (!only || only === 'editor-only') {
    console.log('\nTiming the content editor page...');
    const editor = await editorBench();
    console.log(`\n${editorTable(editor)}`);
    results['editor'] = editor;
  }

  if (!only || only === 'browser-only') {
    const { metrics, runs, chromium, detail } = await browserBench();
    console.log(`\nSupport Finder against SurveyJS and the floor, same questionnaire, medians of ${runs} runs each:\n`);
    console.log(browserTable(metrics));
    console.log(
      `\nLoad average (1 min) during the run: ${detail.loadAverage.join(', ')}. Ratios below 1 favour` +
        ' Support Finder; against the floor, 1 is the least possible. Times are context only: they depend on this machine.',
    );
    results['browser'] = { chromium, cpuThrottling: THROTTLE, runs, metrics, ...detail };
  }

  if (!only || only === 'scaling-only') {
    console.log('\nTiming the content tooling on synthetic packs...');
    const { packs, cli, report } = await runScaling();
    console.log(`\nContent tooling (${cli}), wall-clock seconds per command, growth from the previous size:\n`);
    console.log(scalingTables(packs, report));
    const largest = packs.find(
      (p: PackResult) => p.shape === 'chain' && p.contacts === MAX_CONTACTS && p.questions === 200,
    );
    const check = largest?.times.check;
    const verdict =
      check?.seconds == null
        ? `check did not finish in ${check?.note?.match(/\d+/)?.[0] ?? '?'} s`
        : `check took ${check.seconds.toFixed(2)} s${check.cpu === undefined ? '' : ` (${check.cpu.toFixed(2)} s CPU)`}`;
    const ok = check?.seconds != null && check.seconds < TARGET_SECONDS;
    console.log(
      `\n${MAX_CONTACTS} contacts and 200 questions: ${verdict} (target: under ${TARGET_SECONDS} s) ${ok ? 'OK' : 'FAIL'}`,
    );
    results['scaling'] = { cli, targetSeconds: TARGET_SECONDS, packs };
    console.log('\nThe content report (support-finder report), time and what it writes:\n');
    results['report'] = await runReportBench();
  }

  (results['machine'] as Record<string, unknown>)['loadAverageAtEnd'] = loadavg().map((n) => Number(n.toFixed(2)));
  await mkdir(join(root, 'bench-results'), { recursive: true });
  const prettier = await resolveConfig(resultsFile);
  await writeFile(resultsFile, await format(JSON.stringify(results), { ...prettier, filepath: resultsFile }));
  console.log(`\nWrote ${resultsFile.slice(root.length)} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
