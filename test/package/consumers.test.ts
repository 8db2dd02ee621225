/**
 * The published package, as other teams get it: `npm pack` of the built project, installed from
 * the tarball into fresh consumer projects (plain Vite + TypeScript, React 19, Vue 3, Svelte 5),
 * each type-checked with the element used through an attribute, a property and an event
 * listener, and failing to type-check on a misspelt attribute. The Vite consumer is built: the
 * element-only entry must carry none of the default content, and the built page must show the
 * pack the consumer made itself with `init`, in Chromium.
 *
 * Needs `npm run build` first (npm test runs it). The consumers' own packages come from the npm
 * registry into .cache/consumers/ and stay there, so a second run installs only the new tarball.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../e2e/browser.js';
import { serve, type TestServer } from '../e2e/serve.js';
import { projectRoot } from '../fixtures/node.js';

const cache = join(projectRoot, '.cache', 'consumers');
/** A sentence that appears only in the default pack (content/outcomes/coaching.md). */
const DEFAULT_SENTENCE = 'most effective kind of development a leader in the NHS can have';
/** The starter pack's own heading, from templates/starter/outcomes/coaching.md. */
const STARTER_SUMMARY = 'A coach listens and asks questions to help you find your own answers to goals you choose.';

const TYPESCRIPT = '5.9.3';
const consumers = {
  vite: { vite: '8.3.8', typescript: TYPESCRIPT },
  react: {
    react: '19.3.1',
    'react-dom': '19.3.1',
    '@types/react': '19.3.3',
    '@types/react-dom': '19.3.0',
    typescript: TYPESCRIPT,
  },
  vue: { vue: '3.5.45', 'vue-tsc': '3.3.14', typescript: TYPESCRIPT },
  svelte: { svelte: '5.57.3', 'svelte-check': '4.7.8', typescript: TYPESCRIPT },
} as const;
type Consumer = keyof typeof consumers;

const timings: string[] = [];
function run(command: string, args: string[], cwd: string, what = `${command} ${args.join(' ')}`) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  timings.push(`${what} in ${cwd.replace(`${projectRoot}`, '')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { code: result.status, out: `${result.stdout}\n${result.stderr}` };
}

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

let tarball = '';
let tarballFiles: string[] = [];

/** A consumer folder with its packages installed (cached) and this build's tarball. */
function install(name: Consumer, files: Record<string, string>): string {
  const dir = join(cache, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir))
    if (f !== 'node_modules' && f !== 'package-lock.json') rmSync(join(dir, f), { recursive: true });
  write(dir, {
    'package.json': JSON.stringify(
      {
        name: `consumer-${name}`,
        private: true,
        type: 'module',
        dependencies: { 'support-finder': `file:../${tarball}` },
        devDependencies: consumers[name],
      },
      null,
      2,
    ),
    ...files,
  });
  const result = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--ignore-scripts'],
    dir,
    'npm install',
  );
  assert.equal(result.code, 0, result.out);
  return dir;
}

/** `init` then `check` then `build`, with the command as installed from the tarball. */
function makePack(dir: string) {
  const bin = join(dir, 'node_modules', '.bin', 'support-finder');
  const made = run(bin, ['init', 'our-pack'], dir, 'support-finder init');
  assert.equal(made.code, 0, made.out);
  const checked = run(bin, ['check', 'our-pack'], dir, 'support-finder check');
  assert.equal(checked.code, 0, checked.out);
  assert.match(checked.out, /our-pack: 0 errors, 0 warnings, content OK/);
  const built = run(bin, ['build', 'our-pack', '--out', 'src/pack.json'], dir, 'support-finder build');
  assert.equal(built.code, 0, built.out);
}

/** Type-checks; then adds a file with a misspelt attribute and expects that to fail, naming it. */
function typeChecks(dir: string, check: [string, string[]], typo: [string, string]) {
  const good = run(check[0], check[1], dir, 'type-check');
  assert.equal(good.code, 0, good.out);
  write(dir, { [typo[0]]: typo[1] });
  const bad = run(check[0], check[1], dir, 'type-check with a typo');
  rmSync(join(dir, typo[0]));
  assert.notEqual(bad.code, 0, `a misspelt attribute type-checked:\n${bad.out}`);
  assert.match(bad.out, /aera/, bad.out);
}

const tsconfig = (extra: Record<string, unknown> = {}, include = ['src']) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      resolveJsonModule: true,
      noEmit: true,
      // As most projects do: the libraries' own declarations are not re-checked, which halves
      // the time. A broken declaration of ours still fails, through the uses below.
      skipLibCheck: true,
      // Only the type packages named here, never those of the folders above this one.
      types: [],
      ...extra,
    },
    include,
  });

const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

before(() => {
  assert.ok(
    existsSync(join(projectRoot, 'dist/lib/element.js')) && existsSync(join(projectRoot, 'dist/frameworks/react.d.ts')),
    'dist/ is missing or old: run "npm run build" first',
  );
  mkdirSync(cache, { recursive: true });
  for (const f of readdirSync(cache)) if (f.endsWith('.tgz')) rmSync(join(cache, f));
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', cache, '--loglevel=error'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  assert.equal(packed.status, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  tarballFiles = info.files.map((f) => f.path);
  // A name that changes with the contents, so npm installs this build and not a cached one.
  const hash = createHash('sha256')
    .update(readFileSync(join(cache, info.filename)))
    .digest('hex')
    .slice(0, 12);
  tarball = `support-finder-${hash}.tgz`;
  copyFileSync(join(cache, info.filename), join(cache, tarball));
  rmSync(join(cache, info.filename));
});

after(() => {
  console.log(`# consumers: ${timings.join('; ')}`);
});

describe('the packed tarball', () => {
  test('holds the licence, the security policy, the starter pack and every entry, and no sources or tests', () => {
    for (const f of [
      'LICENSE',
      'SECURITY.md',
      'README.md',
      'package.json',
      'custom-elements.json',
      'dist/support-finder.js',
      'dist/lib/index.js',
      'dist/lib/element.js',
      'dist/lib/element.d.ts',
      'dist/frameworks/react.d.ts',
      'dist/frameworks/vue.d.ts',
      'dist/frameworks/svelte.d.ts',
      'dist/cli/bin.js',
      'templates/starter/guide.md',
      'bin/support-finder.js',
    ])
      assert.ok(tarballFiles.includes(f), `${f} is not in the tarball`);
    assert.deepEqual(
      tarballFiles.filter((f) => /^(src|test|scripts|stories|demo|node_modules)\//.test(f)),
      [],
    );
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[] }[];
    };
    const events = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'support-finder')!.events!;
    assert.ok(events.length >= 6);
    for (const e of events) assert.match(e.type?.text ?? '', /^Sf[A-Za-z]+Event$/, `${e.name} has no type`);
  });
});

describe('a plain Vite + TypeScript site', () => {
  let dir = '';
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('installs the tarball, makes its own pack with init, and type-checks', () => {
    dir = install('vite', {
      'tsconfig.json': tsconfig(),
      'element.html':
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Element only</title></head><body><h1>Our intranet</h1><script type="module" src="/src/element.ts"></script></body></html>',
      'default.html':
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Default</title></head><body><h1>Our intranet</h1><support-finder area="llr"></support-finder><script type="module" src="/src/default.ts"></script></body></html>',
      'vite.config.ts': [
        "import { defineConfig } from 'vite';",
        'const page = process.env.PAGE ?? "element";',
        'export default defineConfig({ build: { outDir: `out-${page}`, emptyOutDir: true, rollupOptions: { input: `${page}.html` } } });',
        '',
      ].join('\n'),
      'src/element.ts': [
        "import { definePack, type SupportFinder } from 'support-finder/element';",
        "import pack from './pack.json';",
        '',
        "const finder: SupportFinder = document.createElement('support-finder');",
        "finder.setAttribute('heading-level', '2');",
        "finder.area = 'your-region';",
        'finder.guide = definePack(pack);',
        "finder.addEventListener('sf-answer', (event) => {",
        '  const ids: string[] = [event.questionId, event.optionId];',
        "  document.body.dataset['answered'] = ids.join(':');",
        '});',
        'document.body.append(finder);',
        '',
      ].join('\n'),
      'src/default.ts': "import 'support-finder';\n",
    });
    makePack(dir);
    typeChecks(
      dir,
      [bin(dir, 'tsc'), ['-p', '.']],
      ['src/typo.ts', "document.createElement('support-finder').aera = 'x';\n"],
    );
  });

  test('the element-only build carries no default content; the default build does', () => {
    assert.ok(dir, 'the install step failed');
    const built = (page: string) => {
      const result = spawnSync(bin(dir, 'vite'), ['build', '--logLevel', 'error'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PAGE: page },
      });
      assert.equal(result.status, 0, result.stderr);
      const assets = join(dir, `out-${page}`, 'assets');
      return readdirSync(assets)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(assets, f), 'utf8'))
        .join('\n');
    };
    const element = built('element');
    const withDefault = built('default');
    assert.ok(withDefault.includes(DEFAULT_SENTENCE), 'the default build should carry the default pack');
    assert.ok(!element.includes(DEFAULT_SENTENCE), 'the element-only build carries the default pack');
    assert.ok(!element.includes('Leicester, Leicestershire and Rutland'), 'the element-only build names LLR');
    assert.ok(element.includes(STARTER_SUMMARY), "the element-only build lacks the consumer's own pack");
    const gzip = (text: string) => Math.round(spawnGzipSize(text) / 100) / 10;
    const entry = (page: string) => {
      const html = readFileSync(join(dir, `out-${page}`, `${page}.html`), 'utf8');
      const src = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
      assert.ok(src, html);
      return readFileSync(join(dir, `out-${page}`, src), 'utf8');
    };
    console.log(
      `# consumer bundle, gzip: element only ${gzip(entry('element'))} kB first load (${gzip(element)} kB with the lazy Markdown loader), ` +
        `with the default pack ${gzip(entry('default'))} kB first load (${gzip(withDefault)} kB)`,
    );
  });

  test("the element-only build shows the consumer's pack in Chromium and fires typed events", async () => {
    assert.ok(dir, 'the install step failed');
    server = await serve(join(dir, 'out-element'));
    browser = await launch();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/element.html`);
    const finder = page.locator('support-finder');
    await finder.getByRole('button', { name: 'Start now' }).click();
    await finder.getByRole('radio', { name: 'Get support with my own development' }).check();
    await finder.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.body.dataset['answered'] === 'aim:self');
    await finder.getByRole('heading', { name: 'Do you have a goal you would like to work on?' }).waitFor();
    assert.deepEqual(errors, []);
  });
});

function spawnGzipSize(text: string): number {
  return spawnSync('gzip', ['-9c'], { input: text }).stdout.length;
}

describe('an older TypeScript set-up (moduleResolution node10, which reads no "exports")', () => {
  test('still finds every entry through typesVersions', () => {
    const dir = join(cache, 'vite');
    assert.ok(existsSync(join(dir, 'node_modules/support-finder')), 'the Vite consumer was not installed');
    write(dir, {
      'old/entries.ts': [
        "import { definePack, SupportFinder } from 'support-finder/element';",
        "import { SfAnswerEvent } from 'support-finder';",
        "import type { CustomElements } from 'support-finder/jsx';",
        "type Area = CustomElements['support-finder']['area'];",
        'export const all: [typeof definePack, typeof SupportFinder, typeof SfAnswerEvent, Area] = [',
        '  definePack,',
        '  SupportFinder,',
        '  SfAnswerEvent,',
        "  'llr',",
        '];',
        '',
      ].join('\n'),
      'tsconfig.old.json': tsconfig({ moduleResolution: 'node10' }, ['old']),
    });
    const result = run(bin(dir, 'tsc'), ['-p', 'tsconfig.old.json'], dir, 'type-check, node10');
    assert.equal(result.code, 0, result.out);
  });
});

describe('a React 19 app', () => {
  test('type-checks <support-finder> with an attribute, a property and an event, and not a typo', () => {
    const dir = install('react', {
      'tsconfig.json': tsconfig({ jsx: 'react-jsx', types: [] }),
      'src/app.tsx': [
        "import type {} from 'support-finder/react';",
        "import { definePack } from 'support-finder/element';",
        "import pack from './pack.json';",
        '',
        'export function App({ onAnswer }: { onAnswer: (ids: string) => void }) {',
        '  return (',
        '    <support-finder',
        '      area="your-region"',
        '      heading-level={3}',
        '      guide={definePack(pack)}',
        '      onsf-answer={(event) => onAnswer(`${event.questionId}:${event.optionId}`)}',
        '    >',
        '      <a href="https://example.org/">Find development support</a>',
        '    </support-finder>',
        '  );',
        '}',
        '',
      ].join('\n'),
    });
    makePack(dir);
    typeChecks(
      dir,
      [bin(dir, 'tsc'), ['-p', '.']],
      [
        'src/typo.tsx',
        'import type {} from \'support-finder/react\';\nexport const Typo = () => <support-finder aera="llr" />;\n',
      ],
    );
  });
});

describe('a Vue 3 app', () => {
  test('vue-tsc checks <support-finder> with an attribute, a property and an event, and not a typo', () => {
    const dir = install('vue', {
      'tsconfig.json': JSON.stringify({
        ...JSON.parse(tsconfig({ jsx: 'preserve', types: ['support-finder/vue'] }, ['src/**/*.ts', 'src/**/*.vue'])),
        vueCompilerOptions: { strictTemplates: true },
      }),
      'src/env.d.ts':
        "declare module '*.vue' {\n  import type { DefineComponent } from 'vue';\n  const c: DefineComponent;\n  export default c;\n}\n",
      'src/App.vue': [
        '<script setup lang="ts">',
        "import { definePack, type SfAnswerEvent } from 'support-finder/element';",
        "import pack from './pack.json';",
        '',
        'const guide = definePack(pack);',
        'const emit = defineEmits<{ answered: [ids: string] }>();',
        'function onAnswer(event: SfAnswerEvent) {',
        "  emit('answered', `${event.questionId}:${event.optionId}`);",
        '}',
        '</script>',
        '',
        '<template>',
        '  <support-finder area="your-region" :heading-level="3" :guide="guide" @sf-answer="onAnswer" />',
        '</template>',
        '',
      ].join('\n'),
    });
    makePack(dir);
    typeChecks(
      dir,
      [bin(dir, 'vue-tsc'), ['--noEmit', '-p', '.']],
      ['src/Typo.vue', '<script setup lang="ts"></script>\n<template>\n  <support-finder aera="llr" />\n</template>\n'],
    );
  });
});

describe('a Svelte 5 app', () => {
  test('svelte-check checks <support-finder> with an attribute, a property and an event, and not a typo', () => {
    const dir = install('svelte', {
      'tsconfig.json': tsconfig({ types: ['support-finder/svelte'], verbatimModuleSyntax: true }, [
        'src/**/*.ts',
        'src/**/*.svelte',
      ]),
      // Without a config of its own, svelte-check would look for one in the folders above.
      'svelte.config.js': 'export default {};\n',
      'src/App.svelte': [
        '<script lang="ts">',
        "  import { definePack, type SupportFinder } from 'support-finder/element';",
        "  import pack from './pack.json';",
        '',
        '  let { onanswer }: { onanswer: (ids: string) => void } = $props();',
        '  let finder: SupportFinder | undefined = $state();',
        '  $effect(() => {',
        '    if (finder) finder.guide = definePack(pack);',
        '  });',
        '</script>',
        '',
        '<support-finder',
        '  bind:this={finder}',
        '  area="your-region"',
        '  heading-level={3}',
        '  onsf-answer={(event) => onanswer(`${event.questionId}:${event.optionId}`)}',
        '></support-finder>',
        '',
      ].join('\n'),
    });
    makePack(dir);
    typeChecks(
      dir,
      [bin(dir, 'svelte-check'), ['--tsconfig', './tsconfig.json']],
      ['src/Typo.svelte', '<script lang="ts"></script>\n<support-finder aera="llr"></support-finder>\n'],
    );
  });
});
