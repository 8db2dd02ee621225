/**
 * `npm run bench:profile`: where Support Finder's time goes, as a CPU profile in Chromium at the
 * benchmark's 4x throttling. Builds the single file unminified (same code, readable names), opens
 * it as the benchmark does, and profiles four windows: script start to the start page painted,
 * Start to the first question painted, Continue to the next question painted, and (after
 * answering the rest with each question's last option) "See my suggestion" to the result. For each it
 * prints the functions with the most self time and with the most total time (throttled ms).
 *
 *   node --import tsx scripts/bench/profile.ts [--runs N] [--top N]
 */
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { launch } from '../../test/e2e/browser.js';
import { serve } from '../../test/e2e/serve.js';
import { contentPlugin } from '../../vite.config.js';
import { root } from './to-surveyjs.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(`--${name}`) + 1]) || fallback;
const RUNS = option('runs', 5);
const TOP = option('top', 15);
const out = join(root, '.cache/bench/profile');

const noRuntime: Plugin = {
  name: 'profile-no-runtime',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('/load-runtime.js') ? '\0profile-runtime' : undefined),
  load: (id) =>
    id === '\0profile-runtime'
      ? 'export const loadRuntime = () => Promise.reject(new Error("not in the profile"));'
      : undefined,
};

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time (ms) per function, over the samples of one profile. */
function tally(profile: Profile, self: Map<string, number>, total: Map<string, number>): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const file = n.callFrame.url.split('/').pop() || '(native)';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const own = name(node);
    if (own.startsWith('(idle)') || own.startsWith('(program)')) return;
    busy += ms;
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key) || key.startsWith('(root)')) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  return busy;
}

const deepFind = (what: string) => `(() => {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  return all(document).find((el) => ${what}) ?? null;
})()`;

async function window_(page: Page, cdp: CDPSession, act: () => Promise<unknown>, until: string): Promise<Profile> {
  await cdp.send('Profiler.start');
  await act();
  await page.waitForFunction(deepFind(until), undefined, { polling: 'raf', timeout: 60_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r)))');
  return (await cdp.send('Profiler.stop')).profile as unknown as Profile;
}

await mkdir(out, { recursive: true });
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  plugins: [contentPlugin(), noRuntime],
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => 'support-finder.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const server = await serve(root);
server.pages.set('/profile.html', {
  body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Profile</title>
<script type="module" src="/.cache/bench/profile/support-finder.js"></script></head>
<body><main><h1>Host page</h1><support-finder><a href="https://example.org/">Help</a></support-finder></main></body></html>`,
});
const browser = await launch();
const windows = [
  'script start to start page',
  'Start to first question',
  'Continue to next question',
  '"See my suggestion" to result',
] as const;
const self = windows.map(() => new Map<string, number>());
const total = windows.map(() => new Map<string, number>());
const busy = windows.map(() => 0);
const load = [loadavg()[0]!];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const click = (what: string) => page.evaluate(`${deepFind(what)}.click()`);
    const profiles = [
      await window_(
        page,
        cdp,
        () => page.goto(`${server.origin}/profile.html`),
        `el.tagName === 'BUTTON' && el.textContent.trim() === 'Start now'`,
      ),
      await window_(
        page,
        cdp,
        () => click(`el.tagName === 'BUTTON' && el.textContent.trim() === 'Start now'`),
        `el.type === 'radio'`,
      ),
      await window_(
        page,
        cdp,
        async () => {
          await page.evaluate(`window.__sfName = ${deepFind(`el.type === 'radio'`)}.name`);
          await click(`el.type === 'radio'`);
          await click(`el.tagName === 'BUTTON' && el.textContent.trim() === 'Continue'`);
        },
        `el.type === 'radio' && el.name !== window.__sfName`,
      ),
    ];
    // The rest of the questions, each answered with its last option, up to the check-answers page.
    const submit = `el.tagName === 'BUTTON' && el.textContent.trim() === 'See my suggestion'`;
    for (let step = 0; step < 30 && !(await page.evaluate(`!!${deepFind(submit)}`)); step++) {
      await page.evaluate(`window.__sfName = ${deepFind(`el.type === 'radio'`)}?.name`);
      await page.evaluate(`(() => { const all = (root) => [...root.querySelectorAll('*')].flatMap((el) =>
        [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]); const radios = all(document).filter((el) => el.type === 'radio');
        radios[radios.length - 1]?.click(); })()`);
      await click(`el.tagName === 'BUTTON' && el.textContent.trim() === 'Continue'`);
      await page.waitForFunction(
        `!!${deepFind(`(el.type === 'radio' && el.name !== window.__sfName) || (${submit})`)}`,
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
    }
    profiles.push(
      await window_(
        page,
        cdp,
        () => click(submit),
        `/^H[2-6]$/.test(el.tagName) && el.textContent.includes('Our suggestion')`,
      ),
    );
    profiles.forEach((p, i) => (busy[i]! += tally(p, self[i]!, total[i]!)));
    await context.close();
    load.push(loadavg()[0]!);
  }
} finally {
  await browser.close();
  await server.close();
}

const show = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, ms]) => `  ${(ms / RUNS).toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n');
console.log(
  `CPU profile, 4x throttling, mean of ${RUNS} runs; load average ${load.map((l) => l.toFixed(2)).join(', ')}`,
);
windows.forEach((w, i) => {
  console.log(`\n## ${w}: ${(busy[i]! / RUNS).toFixed(0)} ms busy\nself time:\n${show(self[i]!)}`);
  console.log(`total time:\n${show(total[i]!)}`);
});
