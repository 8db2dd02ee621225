/**
 * `npm run build`:
 *   dist/support-finder.js  one self-contained ES module (dependencies and default content inside)
 *   dist/lib/               ES modules with dependencies external, plus .d.ts
 *   dist/cli/               the editors' command, for the published package
 *   dist/content/           the default pack compiled to JSON, with JSON Schemas
 *   custom-elements.json    generated from the elements' JSDoc
 */
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentPlugin } from '../vite.config.js';
import { run } from '../src/cli/main.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}src/index.ts`;
const external = [/^lit($|\/)/, /^@lit\//, /^xstate($|\/)/, /^marked$/, /^dompurify$/, /^yaml$/, /^valibot$/];
const quiet = { configFile: false as const, logLevel: 'warn' as const, root };

await rm(`${root}dist`, { recursive: true, force: true });

await build({
  ...quiet,
  plugins: [contentPlugin()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry, formats: ['es'], fileName: () => 'support-finder.js' },
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
    lib: { entry, formats: ['es'] },
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

const tsc = `${root}node_modules/typescript/bin/tsc`;
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
const cem = `${root}node_modules/@custom-elements-manifest/analyzer/cem.js`;
execFileSync(process.execPath, [cem, 'analyze', '--quiet'], { stdio: 'inherit', cwd: root });

const code = await run(['build', 'content', '--out', `${root}dist/content/default.json`]);
if (code !== 0) process.exit(code);
