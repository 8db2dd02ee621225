/**
 * Story tests: every story of the built Storybook (storybook-static/) opened on its own in
 * Chromium. Each must render, finish its play function without failing, log no console errors,
 * request nothing from outside the page's own server, and pass axe (WCAG 2.0, 2.1 and 2.2 A and
 * AA, plus best practice) inside #storybook-root. Stories tagged `narrow` open in a 320px window
 * and must not scroll sideways. Docs pages must render without console errors.
 *
 * Storybook is built first when storybook-static/ is missing or older than the sources.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watchErrors } from './browser.js';
import { projectRoot, serve, type TestServer } from './serve.js';
import { AXE_TAGS } from '../fixtures/axe-tags.js';

const staticDir = join(projectRoot, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_URL = '/__test/axe.min.js';
/** Stories opened at once: two cores, and each page mostly waits. */
const CONCURRENCY = 3;
const TIMEOUT = 20_000;

/* ---------- Building Storybook when needed ---------- */

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const dir of ['stories', '.storybook', 'src', 'content']) visit(join(projectRoot, dir));
  return newest;
}

if (!existsSync(indexFile) || statSync(indexFile).mtimeMs < newestSource()) {
  try {
    execFileSync('npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static'], {
      cwd: projectRoot,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`storybook build failed:\n${stdout}\n${stderr}`);
  }
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

/** SF_STORY=part-of-an-id runs only the matching stories and docs pages (for debugging one). */
const only = process.env['SF_STORY'];
const index = Object.values(
  (JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
);
const stories = index.filter((e) => e.type === 'story');
const docs = index.filter((e) => e.type === 'docs');
const selected = (entry: IndexEntry) => !only || entry.id.includes(only);

/* ---------- One browser, one server ---------- */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

/**
 * Storybook's scripts have content-hashed names, so they may be cached for good. Served that
 * way (through the helper's in-memory pages), Chromium keeps them compiled between stories,
 * which saves most of the time each story takes to open. axe is served the same way.
 */
function serveImmutable(urlPath: string, file: string): void {
  server.pages.set(urlPath, {
    body: readFileSync(file, 'utf8'),
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}

before(async () => {
  server = await serve(staticDir);
  for (const name of readdirSync(join(staticDir, 'assets')))
    if (name.endsWith('.js')) serveImmutable(`/assets/${name}`, join(staticDir, 'assets', name));
  serveImmutable(AXE_URL, axePath);
  browser = await launch();
  context = await browser.newContext();
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/**
 * Runs in the page before Storybook starts: listens on Storybook's channel as soon as the
 * preview creates it, and records how the story or docs page ended. Plain JavaScript in a string:
 * a function from this file would carry helpers that tsx adds and the page does not have.
 */
const recordStorybook = `(() => {
  const state = { finished: false, status: '', docsRendered: false, errors: [] };
  const message = (p) => (p && typeof p === 'object' ? String(p.message ?? p.description ?? JSON.stringify(p)) : String(p));
  window.__sfStorybook = state;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value ?? undefined;
      // Storybook also clears the slot, and may install a stand-in channel first.
      if (typeof value?.on !== 'function') return;
      value.on('storyFinished', (p) => {
        state.finished = true;
        state.status = String(p?.status);
      });
      value.on('docsRendered', () => (state.docsRendered = true));
      value.on('playFunctionThrewException', (e) => state.errors.push('play function failed: ' + message(e)));
      value.on('storyThrewException', (e) => state.errors.push('story threw: ' + message(e)));
      value.on('storyErrored', (e) => state.errors.push('story errored: ' + message(e)));
      value.on('storyMissing', (id) => state.errors.push('story missing: ' + message(id)));
      value.on('unhandledErrorsWhilePlaying', (e) => state.errors.push('unhandled errors while playing: ' + message(e)));
    },
  });
})();`;

/** Waits until every Lit element on the page, in every shadow root, has finished updating. */
const settleScript = `(async () => {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let i = 0; i < 3; i++) await Promise.all(all(document).map((el) => el.updateComplete));
})()`;

type Recorded = { finished: boolean; status: string; docsRendered: boolean; errors: string[] };

async function open(entry: IndexEntry, viewport = { width: 1024, height: 768 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !/^(data|blob|about):/.test(url)) outside.push(url);
  });
  await page.addInitScript({ content: recordStorybook });
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
  const recorded = () => page.evaluate(() => (window as unknown as { __sfStorybook: Recorded }).__sfStorybook);
  await page.waitForFunction(
    (mode) => {
      const s = (window as unknown as { __sfStorybook?: Recorded }).__sfStorybook;
      return !!s && (s.errors.length > 0 || (mode === 'docs' ? s.docsRendered : s.finished));
    },
    viewMode,
    { timeout: TIMEOUT },
  );
  await settle(page);
  return { page, errors, outside, recorded: await recorded() };
}

/**
 * Visible elements that reach past 320px, in every shadow root. Text that is only for screen
 * readers (clipped to nothing) is left out: nobody needs to scroll to see it.
 */
const beyond320 = `(() => {
  const found = [];
  const visit = (root, path) => {
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const hidden = style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)';
      if (!hidden && el.getBoundingClientRect().right > 320.5)
        found.push(path + el.localName + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
      if (el.shadowRoot) visit(el.shadowRoot, path + el.localName + ' > ');
    }
  };
  visit(document, '');
  return found;
})()`;

async function settle(page: Page): Promise<void> {
  await page.evaluate(settleScript);
}

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ url: AXE_URL });
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(selector, {
        runOnly: { type: 'tag', values: tags },
        // A story is not a whole page: page-level rules belong to the page that embeds the widget.
        rules: {
          region: { enabled: false },
          'page-has-heading-one': { enabled: false },
          'landmark-one-main': { enabled: false },
        },
      });
      return results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    at ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    at ')}`,
      );
    },
    { selector, tags: AXE_TAGS },
  );
}

/* ---------- Every story ---------- */

describe('stories', { concurrency: CONCURRENCY }, () => {
  for (const entry of stories.filter(selected)) {
    const narrow = entry.tags?.includes('narrow') ?? false;
    test(`${entry.title} / ${entry.name}${narrow ? ' (320px)' : ''}`, { timeout: TIMEOUT * 2 }, async () => {
      const { page, errors, outside, recorded } = await open(entry, narrow ? { width: 320, height: 720 } : undefined);
      try {
        assert.deepEqual(recorded.errors, [], 'the story rendered and its play function (if any) passed');
        assert.equal(recorded.status, 'success', 'Storybook finished the story without errors');
        assert.deepEqual(errors, [], 'no console errors');
        assert.deepEqual(outside, [], 'no requests outside the page’s own server');
        const content = await page.locator('#storybook-root').evaluate((root) => root.childElementCount);
        assert.ok(content > 0, 'the story drew something');
        assert.deepEqual(await axeViolations(page, '#storybook-root'), [], 'no axe violations');
        if (narrow)
          assert.deepEqual(await page.evaluate(beyond320), [], 'nothing visible needs sideways scrolling at 320px');
      } finally {
        await page.close();
      }
    });
  }
});

describe('docs pages', { concurrency: CONCURRENCY }, () => {
  for (const entry of docs.filter(selected)) {
    test(`${entry.title} / ${entry.name}`, { timeout: TIMEOUT * 2 }, async () => {
      const { page, errors, outside, recorded } = await open(entry);
      try {
        assert.deepEqual(recorded.errors, [], 'the docs page rendered');
        assert.ok(recorded.docsRendered, 'the docs page rendered');
        assert.deepEqual(errors, [], 'no console errors');
        assert.deepEqual(outside, [], 'no requests outside the page’s own server');
        const text = await page.locator('#storybook-docs').innerText();
        assert.ok(text.trim().length > 0, 'the docs page shows something');
      } finally {
        await page.close();
      }
    });
  }
});

/* ---------- What the stories must cover ---------- */

test('every outcome of the default pack has a story under Outcomes', () => {
  const dir = join(projectRoot, 'content/outcomes');
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => /^id:\s*(\S+)\s*$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1])
    .filter((id): id is string => !!id)
    .sort();
  assert.ok(ids.length > 0);
  const outcomeStories = stories.filter((s) => s.title === 'Outcomes').map((s) => s.id.replace(/^outcomes--/, ''));
  assert.deepEqual(outcomeStories.sort(), ids);
});

test('every element has stories and a docs page, including a 320px one', () => {
  for (const title of [
    'Components/Start page',
    'Components/Question page',
    'Components/Check answers',
    'Components/Result page',
    'Components/Contact list',
    'Support Finder',
  ]) {
    assert.ok(
      docs.some((d) => d.title === title),
      `${title} has a docs page`,
    );
    assert.ok(
      stories.some((s) => s.title === title && s.tags?.includes('narrow')),
      `${title} has a 320px story`,
    );
  }
  assert.ok(
    stories.some((s) => s.tags?.includes('play-fn') && s.title === 'Support Finder'),
    'a journey is played through',
  );
});
