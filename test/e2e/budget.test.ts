/**
 * Size budgets for the built files a browser downloads. The default embed,
 * dist/support-finder.js, must stay under 45.5 kB gzip (the target is 45 kB), and must not contain
 * marked: Markdown is rendered at build time. Any other script in dist/ (the
 * run-time Markdown loader, fetched only for `src`, and the iframe embed's scripts) has a budget
 * of its own. Each figure is printed, so a growing bundle shows in every test run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './serve.js';

const dist = join(projectRoot, 'dist');
const main = join(dist, 'support-finder.js');
const KB = 1000;
/**
 * 45.5 kB: the root widget machine, the view models, the provenance and help-line choosing, and
 * the run-time link rule took the file from 43 to 47 kB; keeping the link rule's messages for
 * editors out of it, minifying the templates' CSS and whitespace, soft line breaks as spaces,
 * properties declared without decorators, terser's extra passes and dropping the minifier's
 * annotations brought it to 45.3 kB, with the result page's first step, its disclosures and its
 * two-part rendering. The budget stops further growth; the aim is 45 kB. Of the file, xstate is
 * about 12 kB and the default content about 11.4 kB (`npm run bench:parts`).
 */
const MAIN_BUDGET = 45.5 * KB;
const MAIN_TARGET = 45 * KB;
const OTHER_BUDGET = 40 * KB;
/**
 * The run-time content loader, fetched only for <support-finder src>: a YAML parser with line
 * positions, marked's lexer and the checks. Its own budget.
 */
const MARKDOWN_CHUNK = 'support-finder-markdown.js';
const MARKDOWN_BUDGET = 64 * KB;
/**
 * The content editor page, for editors only (staff never load it): CodeMirror, the YAML parser,
 * the checks, the sign-off report with its graph layout, and the widget itself for the
 * preview. Its own budget.
 */
const EDITOR_SCRIPT = join('editor', 'editor.js');
const EDITOR_BUDGET = 300 * KB;
const budgetFor = (file: string) =>
  file.endsWith(MARKDOWN_CHUNK) ? MARKDOWN_BUDGET : file.endsWith(EDITOR_SCRIPT) ? EDITOR_BUDGET : OTHER_BUDGET;
/** Folders of dist/ that browsers never load as they are: the npm modules, the CLI and the pack. */
const NOT_SHIPPED = new Set(['lib', 'cli', 'content']);

/**
 * Strings only these libraries contain, each checked against the library's own code below so
 * the absence test cannot pass because a marker went stale.
 */
const MARKERS = {
  marked: {
    file: 'node_modules/marked/lib/marked.esm.js',
    strings: ['marked(): input parameter is undefined or null'],
  },
};

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** Every .js file under dist/ that a browser may load, other than the default embed. */
function otherScripts(dir = dist): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dir === dist && NOT_SHIPPED.has(entry.name) ? [] : otherScripts(path);
    return entry.name.endsWith('.js') && path !== main ? [path] : [];
  });
}

test(`dist/support-finder.js is under ${kB(MAIN_BUDGET)} gzip (target ${kB(MAIN_TARGET)})`, () => {
  assert.ok(existsSync(main), 'dist/support-finder.js is missing: run `npm run build` first');
  const size = gzipBytes(main);
  const verdict = size <= MAIN_TARGET ? 'within the target' : `${kB(size - MAIN_TARGET)} over the target`;
  console.log(
    `dist/support-finder.js: ${kB(size)} gzip (budget ${kB(MAIN_BUDGET)}, target ${kB(MAIN_TARGET)}: ${verdict})`,
  );
  assert.ok(size <= MAIN_BUDGET, `dist/support-finder.js is ${kB(size)} gzip, over its ${kB(MAIN_BUDGET)} budget`);
});

test(`the editor page's script and stylesheet together are under ${kB(EDITOR_BUDGET)} gzip`, () => {
  const files = ['editor.js', 'editor.css', 'index.html'].map((f) => join(dist, 'editor', f));
  for (const file of files)
    assert.ok(existsSync(file), `${relative(projectRoot, file)} is missing: run \`npm run build\``);
  const total = files.reduce((sum, f) => sum + gzipBytes(f), 0);
  console.log(`dist/editor/ (page, script, stylesheet): ${kB(total)} gzip (budget ${kB(EDITOR_BUDGET)})`);
  assert.ok(total <= EDITOR_BUDGET, `the editor page is ${kB(total)} gzip, over its ${kB(EDITOR_BUDGET)} budget`);
});

test(`the Markdown chunk is under ${kB(MARKDOWN_BUDGET)}, every other script under ${kB(OTHER_BUDGET)} gzip`, () => {
  const files = otherScripts();
  if (!files.length) console.log('No other scripts in dist/.');
  const over: string[] = [];
  for (const file of files) {
    const size = gzipBytes(file);
    const name = relative(projectRoot, file);
    console.log(`${name}: ${kB(size)} gzip (budget ${kB(budgetFor(file))})`);
    if (size > budgetFor(file)) over.push(`${name} is ${kB(size)} gzip, over ${kB(budgetFor(file))}`);
  }
  assert.deepEqual(over, [], 'over budget');
});

test('the default embed does not contain marked', () => {
  assert.ok(existsSync(main), 'dist/support-finder.js is missing: run `npm run build` first');
  const bundle = readFileSync(main, 'utf8');
  for (const [library, { file, strings }] of Object.entries(MARKERS)) {
    const source = readFileSync(join(projectRoot, file), 'utf8');
    for (const marker of strings) {
      assert.ok(source.includes(marker), `"${marker}" no longer identifies ${library}: choose another marker`);
      assert.ok(!bundle.includes(marker), `dist/support-finder.js contains ${library} ("${marker}")`);
    }
  }
});
