/**
 * `npm run build`:
 *   dist/support-finder.js  one self-contained ES module (dependencies and default content inside)
 *   dist/support-finder-markdown.js  the run-time content loader it fetches only for `src`
 *   dist/lib/               ES modules with dependencies external, plus .d.ts: index.js (with the
 *                           default pack) and element.js (the element alone)
 *   dist/embed/             the iframe page for hosts that allow no scripts, and parent.js
 *   dist/cli/               the editors' command, for the published package
 *   dist/content/           the default pack compiled to JSON, with JSON Schemas
 *   dist/editor/            the content editor page: index.html, one classic script, one stylesheet
 *   custom-elements.json    generated from the elements' JSDoc
 *   dist/frameworks/        React, Vue and Svelte types generated from custom-elements.json
 */
import { build, type Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentPlugin, minifyTemplates, singleFileMinify } from '../vite.config.js';
import { run } from '../src/cli/main.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}src/index.ts`;
const external = [/^lit($|\/)/, /^@lit\//, /^xstate($|\/)/, /^marked$/, /^yaml$/, /^valibot$/];
const quiet = { configFile: false as const, logLevel: 'warn' as const, root };

await rm(`${root}dist`, { recursive: true, force: true });

/**
 * In the single file, the run-time loader is fetched from beside it by URL, so neither file
 * shares a chunk with the other: support-finder.js stays self-contained for the default embed.
 */
const separateRuntime: Plugin = {
  name: 'support-finder-separate-runtime',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('/load-runtime.js') ? '\0sf-load-runtime' : undefined),
  load: (id) =>
    id === '\0sf-load-runtime'
      ? "const here = import.meta.url; export const loadRuntime = () => import(/* @vite-ignore */ new URL('./support-finder-markdown.js', here).href);"
      : undefined,
};

await build({
  ...quiet,
  plugins: [contentPlugin(), separateRuntime, minifyTemplates()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: false,
    target: 'es2022',
    ...singleFileMinify,
    lib: { entry, formats: ['es'], fileName: () => 'support-finder.js' },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});

await build({
  ...quiet,
  build: {
    outDir: `${root}dist`,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: `${root}src/load/runtime.ts`, formats: ['es'], fileName: () => 'support-finder-markdown.js' },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});

await build({
  ...quiet,
  plugins: [contentPlugin()],
  build: {
    outDir: `${root}dist/lib`,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    // Two entries: the package root (with the default pack) and `support-finder/element`
    // (without it), sharing every other module.
    lib: { entry: { index: entry, element: `${root}src/element.ts` }, formats: ['es'] },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: `${root}src`, entryFileNames: '[name].js' },
    },
  },
});

await build({
  ...quiet,
  build: {
    outDir: `${root}dist/cli`,
    emptyOutDir: false,
    target: 'node20',
    ssr: `${root}src/cli/bin.ts`,
    rolldownOptions: { output: { entryFileNames: 'bin.js' } },
  },
});

// The iframe page for SharePoint and other hosts that allow no scripts: its page, its own
// small script and stylesheet (no inline code, for a strict CSP), and the parent-side helper.
for (const [name, format] of [
  ['embed', 'es'],
  ['parent', 'iife'],
] as const)
  await build({
    ...quiet,
    build: {
      outDir: `${root}dist/embed`,
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib: {
        entry: `${root}src/embed/${name}.ts`,
        formats: [format],
        name: 'supportFinderParent',
        fileName: () => `${name}.js`,
      },
    },
  });
await mkdir(`${root}dist/embed`, { recursive: true });
await copyFile(`${root}src/embed/index.html`, `${root}dist/embed/index.html`);
await copyFile(`${root}src/embed/embed.css`, `${root}dist/embed/embed.css`);

// The content editor page. One classic (non-module) script, so the page also opens from file://.
// It previews the content being edited, so the bundled default pack is left out of it.
const noDefaultPack: Plugin = {
  name: 'support-finder-no-default-pack',
  enforce: 'pre',
  resolveId: (id) => (id === 'virtual:support-finder/default-pack' ? '\0sf-no-pack' : undefined),
  load: (id) => (id === '\0sf-no-pack' ? 'export const defaultGuide = undefined;' : undefined),
};
await build({
  ...quiet,
  plugins: [noDefaultPack],
  build: {
    outDir: `${root}dist/editor`,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: `${root}src/editor/main.ts`,
      formats: ['iife'],
      name: 'supportFinderEditorPage',
      fileName: () => 'editor.js',
    },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
await copyFile(`${root}src/editor/index.html`, `${root}dist/editor/index.html`);
await copyFile(`${root}src/editor/editor.css`, `${root}dist/editor/editor.css`);

const tsc = `${root}node_modules/typescript/bin/tsc`;
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
const cem = `${root}node_modules/@custom-elements-manifest/analyzer/cem.js`;
execFileSync(process.execPath, [cem, 'analyze', '--quiet'], { stdio: 'inherit', cwd: root });

const code = await run(['build', 'content', '--out', `${root}dist/content/default.json`]);
if (code !== 0) process.exit(code);
