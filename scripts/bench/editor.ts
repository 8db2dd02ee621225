/**
 * The content editor page's benchmark (`npm run bench -- --editor-only`): from a keystroke in the
 * text to the problems list updated and painted, and to the previewed widget re-rendered and
 * painted (the quick check of the file typed in), and to the whole-pack check's problems painted
 * once typing pauses (it waits for FULL_CHECK_DELAY_MS, then for the page to be idle), on the
 * default pack and on synthetic packs of 400 and of 1,000 contacts, in Chromium at 4x CPU
 * throttling; and the page's download size (gzip). The built page
 * (dist/editor/) is measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../../test/e2e/browser.js';
import { serve } from '../../test/e2e/serve.js';
import { findText, folderFiles, openInEditor } from '../../test/e2e/editor-page.js';
import { writeSyntheticPack } from './synthetic.js';

const root = join(import.meta.dirname, '..', '..');
const THROTTLE = 4;
const KEYSTROKES = 15;
export const EDITOR_TARGET_MS = 100;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface EditorPackResult {
  pack: string;
  files: number;
  problemsMs: number;
  previewMs: number;
  /** To the whole-pack check's problems painted, after the pause it waits for. */
  fullMs: number;
}

export async function editorBench(): Promise<{ gzipBytes: number; cpuThrottling: number; packs: EditorPackResult[] }> {
  const dist = join(root, 'dist/editor');
  if (!existsSync(join(dist, 'editor.js'))) throw new Error('dist/editor/ is missing: run `npm run build` first.');
  const gzipBytes = ['index.html', 'editor.js', 'editor.css'].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length,
    0,
  );
  const packs: [string, Record<string, string>][] = [['default pack', folderFiles()]];
  for (const contacts of [400, 1000]) {
    const synthetic = join(root, `.cache/bench/editor-synthetic-${contacts}`);
    await writeSyntheticPack(synthetic, { contacts, questions: 20, shape: 'chain' });
    packs.push([`${contacts.toLocaleString('en-GB')} contacts (synthetic)`, folderFiles(synthetic)]);
  }
  const server = await serve(root);
  const browser = await launch();
  const results: EditorPackResult[] = [];
  try {
    for (const [name, files] of packs) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${server.origin}/dist/editor/index.html`);
      await openInEditor(page, files);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      // tsx names the functions below with a helper that only exists in Node: give the page one.
      await page.evaluate('globalThis.__name = (f) => f');
      // Each keystroke's times, measured inside the page from the key event to the next frame
      // painted after the problems list, and after the previewed widget, had updated; and to the
      // frame after the whole-pack check's problems.
      await page.evaluate(() => {
        const w = window as unknown as {
          benchTimes: { problems: number; preview: number; full?: number }[];
          benchKey: number;
        };
        w.benchTimes = [];
        document.addEventListener('keydown', (e) => (w.benchKey = e.timeStamp), true);
        const painted = () =>
          new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));
        window.supportFinderEditor.app.onChecked = (_at, pass) => {
          const key = w.benchKey;
          if (pass === 'full') {
            const last = w.benchTimes[w.benchTimes.length - 1];
            void painted().then((at) => {
              if (last) last.full = at - key;
            });
            return;
          }
          const el = document.querySelector('#preview-slot support-finder') as
            (HTMLElement & { updateComplete: Promise<unknown> }) | null;
          void Promise.all([
            painted(),
            (async () => {
              await el?.updateComplete;
              const journey = el?.shadowRoot?.querySelector('sf-journey') as {
                updateComplete?: Promise<unknown>;
              } | null;
              await journey?.updateComplete;
              return painted();
            })(),
          ]).then(([problems, preview]) => w.benchTimes.push({ problems: problems - key, preview: preview - key }));
        };
      });
      const contact = Object.keys(files).find((p) => p.startsWith('contacts/'))!;
      await page
        .getByRole('navigation', { name: 'Content files' })
        .getByRole('button', { name: contact.split('/').pop() })
        .click();
      await findText(page, 'name: ');
      await page.keyboard.press('End');
      for (let i = 0; i < KEYSTROKES + 1; i++) {
        await page.keyboard.type(i % 2 ? 'b' : 'a');
        // Each keystroke waits for the whole-pack check of the one before, as after a pause.
        await page.waitForFunction((n) => {
          const times = (window as unknown as { benchTimes: { full?: number }[] }).benchTimes;
          return times.length >= n && times[n - 1]!.full !== undefined;
        }, i + 1);
      }
      const times = (
        await page.evaluate(
          () => (window as unknown as { benchTimes: { problems: number; preview: number; full: number }[] }).benchTimes,
        )
      ).slice(1);
      results.push({
        pack: name,
        files: Object.keys(files).length,
        problemsMs: median(times.map((t) => t.problems)),
        previewMs: median(times.map((t) => t.preview)),
        fullMs: median(times.map((t) => t.full)),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { gzipBytes, cpuThrottling: THROTTLE, packs: results };
}

export function editorTable(result: Awaited<ReturnType<typeof editorBench>>): string {
  const lines = [
    `Content editor page (dist/editor/): ${(result.gzipBytes / 1000).toFixed(1)} kB gzip`,
    `Keystroke to painted, medians of ${KEYSTROKES} keystrokes at ${result.cpuThrottling}x CPU throttling (target under ${EDITOR_TARGET_MS} ms on the default pack):`,
    '',
    '| pack | files | problems updated | preview re-rendered | whole-pack check (after a pause) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...result.packs.map(
      (p) =>
        `| ${p.pack} | ${p.files} | ${p.problemsMs.toFixed(0)} ms | ${p.previewMs.toFixed(0)} ms | ${p.fullMs.toFixed(0)} ms |`,
    ),
  ];
  return lines.join('\n');
}
