/**
 * `npm run bench:parts`: what dist/support-finder.js is made of, in gzip bytes. Builds the
 * single file as scripts/build.ts does, then again with each part left out (a library kept
 * external, or the default content replaced by an empty pack); a part's share is how much the
 * gzip size falls without it. Shares overlap a little (gzip finds repeats across parts), so they
 * do not add up exactly to the whole.
 */
import { build, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentPlugin, minifyTemplates, singleFileMinify } from '../../vite.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACK = 'virtual:support-finder/default-pack';

/** The run-time loader is a separate file: here, a stand-in that imports nothing. */
const noRuntime: Plugin = {
  name: 'bundle-parts-no-runtime',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('/load-runtime.js') ? '\0parts-runtime' : undefined),
  load: (id) =>
    id === '\0parts-runtime' ? 'export const loadRuntime = () => Promise.reject(new Error("not here"));' : undefined,
};

/** The default content replaced by nothing, to see what it weighs. */
const noPack: Plugin = {
  name: 'bundle-parts-no-pack',
  enforce: 'pre',
  resolveId: (id) => (id === PACK ? '\0parts-pack' : undefined),
  load: (id) => (id === '\0parts-pack' ? 'export const defaultGuide = undefined;' : undefined),
};

async function gzipSize(external: RegExp[] = [], withoutPack = false): Promise<number> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [...(withoutPack ? [noPack] : []), contentPlugin(), noRuntime, minifyTemplates()],
    build: {
      write: false,
      target: 'es2022',
      ...singleFileMinify,
      lib: { entry: `${root}src/index.ts`, formats: ['es'], fileName: () => 'support-finder.js' },
      rolldownOptions: { external, output: { codeSplitting: false, minify: true } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  return gzipSync(output.output[0]!.code ?? '').length;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const whole = await gzipSize();
const parts: [string, number][] = [
  ['xstate', whole - (await gzipSize([/^xstate($|\/)/]))],
  ['lit, with @lit/context', whole - (await gzipSize([/^lit($|\/)/, /^@lit\//]))],
  ['default content', whole - (await gzipSize([], true))],
];
const theirs = whole - (await gzipSize([/^xstate($|\/)/, /^lit($|\/)/, /^@lit\//], true));
parts.push(['the widget itself (everything else)', whole - theirs]);

console.log(`dist/support-finder.js as built: ${kB(whole)} gzip\n`);
const width = Math.max(...parts.map(([name]) => name.length));
for (const [name, bytes] of parts)
  console.log(`${name.padEnd(width)}  ${kB(bytes).padStart(8)}  ${((bytes / whole) * 100).toFixed(0).padStart(3)}%`);
