/**
 * Run-time faults on the built files: content that arrives slowly, in pieces (within the timeout
 * and beyond it, split inside multi-byte characters), and a host page that removes the widget
 * while its content is still loading. Nothing may throw into the page, no `sf-error` may fire
 * after the widget has gone, and once it has gone it must ask the server for nothing more.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { watchErrors } from './browser.js';
import { projectRoot } from './serve.js';
import { browser, server, useServerAndBrowser } from './harness.js';

/**
 * Two bugs this suite found, recorded with their fixes in RELIABILITY.md; both fixes are in, and
 * the tests below hold them:
 *
 * 1. Removed while the Markdown loader script is still downloading, the widget goes on to call
 *    loadPack() with a signal that is already aborted, which loadPack never notices (it only
 *    listens for a later "abort"), so every content file is fetched after the widget has gone.
 * 2. After a successful load, a widget that is removed, given another `src` and put back shows
 *    the old content: the change is dropped while detached and connectedCallback() only loads
 *    when nothing was loaded before.
 */

useServerAndBrowser();

const MINIMAL = join(projectRoot, 'test/fixtures/packs/minimal');
const MINIMAL_FILES = readFileSync(join(MINIMAL, 'pack.yaml'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('  - '))
  .map((line) => line.slice(4));

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>` +
  `<script type="module" src="/dist/support-finder.js"></script></head><body><h1>Host page</h1>${body}</body></html>`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a slow route saw: when each request came, and whether the browser gave up on it. */
interface Trace {
  started: string[];
  aborted: string[];
  finished: string[];
}

/**
 * Serves `body` in `chunks` pieces, `delay` ms apart (the first straight away), stopping if
 * the browser goes away. `cuts` may give the byte offsets to split at instead.
 */
function slow(
  name: string,
  body: Buffer,
  type: string,
  trace: Trace,
  { chunks = 4, delay = 100, cuts }: { chunks?: number; delay?: number; cuts?: number[] } = {},
) {
  return (req: IncomingMessage, res: ServerResponse) => {
    trace.started.push(name);
    const points = cuts ?? Array.from({ length: chunks - 1 }, (_, i) => Math.round(((i + 1) * body.length) / chunks));
    const pieces = [0, ...points, body.length].slice(1).map((end, i, ends) => body.subarray(i ? ends[i - 1] : 0, end));
    let timer: NodeJS.Timeout | undefined;
    let i = 0;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.flushHeaders();
    const next = () => {
      if (res.destroyed) return;
      if (i >= pieces.length) {
        res.end();
        trace.finished.push(name);
        return;
      }
      res.write(pieces[i++]);
      timer = setTimeout(next, delay);
    };
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) trace.aborted.push(name);
    });
    next();
  };
}

const newTrace = (): Trace => ({ started: [], aborted: [], finished: [] });

/** A Markdown pack under `base`, every file slow. */
function slowPack(base: string, trace: Trace, options: Parameters<typeof slow>[4] = {}): void {
  for (const name of ['pack.yaml', ...MINIMAL_FILES])
    server.routes.set(
      `${base}/${name}`,
      slow(
        name,
        readFileSync(join(MINIMAL, name)),
        name.endsWith('.md') ? 'text/markdown' : 'text/yaml',
        trace,
        options,
      ),
    );
}

/** Waits, within a bound, for the server to see something. */
async function until(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < ms; await sleep(20)) if (condition()) return;
  assert.fail(`timed out waiting for ${what}`);
}

let context: BrowserContext;

/** Every request the page itself issued, in order (the server may see some a little later). */
let issued: string[] = [];

async function open(path: string, body: string): Promise<{ p: Page; errors: string[] }> {
  server.pages.set(path, { body: page(body) });
  const p = await context.newPage();
  const errors = watchErrors(p);
  issued = [];
  p.on('request', (request) => issued.push(new URL(request.url()).pathname));
  await p.goto(`${server.origin}${path}`);
  return { p, errors };
}

/** Records sf-error on the element itself, which still hears it once detached. */
const LISTEN = `(() => {
  window.__sfErrors = [];
  for (const el of document.querySelectorAll('support-finder'))
    el.addEventListener('sf-error', (e) => window.__sfErrors.push(e.reason));
})()`;
const sfErrors = (p: Page) => p.evaluate<string[]>('window.__sfErrors');

describe('content arriving slowly, in pieces', () => {
  test('a Markdown pack in pieces, within the timeout, loads and runs', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    slowPack('/pieces', trace, { chunks: 5, delay: 120 });
    const { p, errors } = await open(
      '/pieces.html',
      '<support-finder src="/pieces/pack.yaml" timeout="5000"></support-finder>',
    );
    await p.evaluate(LISTEN);
    await p.getByRole('heading', { name: 'Test guide' }).waitFor({ timeout: 10_000 });
    await p.getByRole('button', { name: 'Start now' }).click();
    await p.getByRole('heading', { name: 'Who are you?' }).waitFor();
    assert.deepEqual(trace.aborted, []);
    assert.equal(trace.finished.length, 1 + MINIMAL_FILES.length);
    assert.deepEqual(await sfErrors(p), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a compiled pack in pieces split inside multi-byte characters loads with every character whole', async () => {
    context = await browser.newContext();
    const pack = JSON.parse(readFileSync(join(projectRoot, 'dist/content/default.json'), 'utf8')) as { title: string };
    pack.title = 'Find support — café, naïve, 😀 and ☕';
    const body = Buffer.from(JSON.stringify(pack), 'utf8');
    // Cut one byte into every multi-byte character of the title.
    const cuts: number[] = [];
    for (let i = 0; i < body.length && cuts.length < 8; i++) if (body[i]! >= 0xc0) cuts.push(i + 1);
    assert.ok(cuts.length >= 5, 'the pack has multi-byte characters to split');
    const trace = newTrace();
    server.routes.set('/pieces/pack.json', slow('pack.json', body, 'application/json', trace, { cuts, delay: 80 }));
    const { p, errors } = await open(
      '/pieces-json.html',
      '<support-finder src="/pieces/pack.json" timeout="5000"></support-finder>',
    );
    await p.evaluate(LISTEN);
    const heading = p.getByRole('heading', { name: /Find support/ });
    await heading.waitFor({ timeout: 10_000 });
    assert.equal(await heading.textContent(), pack.title);
    assert.deepEqual(await sfErrors(p), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('content still arriving at the timeout: one sf-error "timeout", the fallback, the download cancelled', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    slowPack('/too-slow', trace, { chunks: 12, delay: 250 });
    const { p, errors } = await open(
      '/too-slow.html',
      '<support-finder src="/too-slow/pack.yaml" timeout="900"><a href="https://example.org/help">Other help</a></support-finder>',
    );
    await p.evaluate(LISTEN);
    await p.getByText('Sorry, this guide is not available at the moment.').waitFor({ timeout: 10_000 });
    assert.equal(await p.getByRole('link', { name: 'Other help' }).isVisible(), true);
    await until('the server to see the download cancelled', () => trace.aborted.length > 0, 5_000);
    const requests = issued.length;
    await sleep(1_500);
    assert.deepEqual(await sfErrors(p), ['timeout']);
    assert.deepEqual(trace.aborted, ['pack.yaml']);
    assert.deepEqual(trace.finished, [], 'nothing finished downloading after the timeout');
    assert.deepEqual(issued.slice(requests), [], 'no requests after the failure');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a pack whose files stall after the index arrived: timeout, and every stalled download cancelled', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    slowPack('/stall', trace, { chunks: 40, delay: 200 });
    server.routes.set(
      '/stall/pack.yaml',
      slow('pack.yaml', readFileSync(join(MINIMAL, 'pack.yaml')), 'text/yaml', trace, { chunks: 1 }),
    );
    const { p, errors } = await open(
      '/stall.html',
      '<support-finder src="/stall/pack.yaml" timeout="1200"></support-finder>',
    );
    await p.evaluate(LISTEN);
    await p.getByText('Sorry, this guide is not available at the moment.').waitFor({ timeout: 10_000 });
    // The browser opens six connections at a time: files still queued at the timeout may never
    // reach the server, but every file that did must be cancelled, none finished.
    const settled = () =>
      trace.aborted.length > 0 && trace.aborted.length + trace.finished.length === trace.started.length;
    await until('every stalled download to be cancelled', settled, 5_000);
    await sleep(500);
    assert.ok(settled(), `started ${trace.started.join(' ')}; cancelled ${trace.aborted.join(' ')}`);
    assert.deepEqual(await sfErrors(p), ['timeout']);
    assert.deepEqual(trace.finished, ['pack.yaml']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the host removes the widget while it loads', () => {
  /** Removes the widget (listening for sf-error on it first); returns how many requests the page had issued. */
  async function removeWidget(p: Page): Promise<number> {
    await p.evaluate(`(() => {
      window.__sfErrors = [];
      const el = document.querySelector('support-finder');
      el.addEventListener('sf-error', (e) => window.__sfErrors.push(e.reason));
      window.__removed = el;
      el.remove();
    })()`);
    return issued.length;
  }

  for (const stage of ['the index arrives', 'the Markdown files arrive'] as const)
    test(`while ${stage}: downloads cancelled, nothing more asked for, no sf-error, nothing thrown`, async () => {
      context = await browser.newContext();
      const trace = newTrace();
      const base = `/removed-${stage === 'the index arrives' ? 'index' : 'files'}`;
      slowPack(base, trace, { chunks: 20, delay: 150 });
      if (stage === 'the Markdown files arrive')
        server.routes.set(
          `${base}/pack.yaml`,
          slow('pack.yaml', readFileSync(join(MINIMAL, 'pack.yaml')), 'text/yaml', trace, { chunks: 1 }),
        );
      const { p, errors } = await open(
        `${base}.html`,
        `<support-finder src="${base}/pack.yaml" timeout="1500"></support-finder>`,
      );
      const waitingFor = stage === 'the index arrives' ? 'pack.yaml' : 'guide.md';
      await until(`${waitingFor} to start`, () => trace.started.includes(waitingFor));
      const requests = await removeWidget(p);
      await until('the downloads to be cancelled', () => trace.aborted.length > 0, 5_000);
      // Past the timeout, so a timer left running would have fired by now.
      await sleep(2_500);
      assert.deepEqual(issued.slice(requests), [], 'requests issued after removal');
      // Requests issued just before removal may reach the server after it, but must be cancelled.
      assert.deepEqual(
        trace.finished,
        stage === 'the index arrives' ? [] : ['pack.yaml'],
        'downloads finished after removal',
      );
      assert.deepEqual(await sfErrors(p), []);
      assert.deepEqual(errors, []);
      await context.close();
    });

  test('while the Markdown loader itself downloads: no content is fetched at all', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    const chunk = readFileSync(join(projectRoot, 'dist/support-finder-markdown.js'));
    const loader = newTrace();
    server.routes.set(
      '/dist/support-finder-markdown.js',
      slow('loader', chunk, 'text/javascript', loader, { chunks: 4, delay: 250 }),
    );
    slowPack('/early', trace, { chunks: 1 });
    try {
      const { p, errors } = await open(
        '/early.html',
        '<support-finder src="/early/pack.yaml" timeout="1500"></support-finder>',
      );
      await until('the loader to start', () => loader.started.length > 0);
      await removeWidget(p);
      await until('the loader to arrive', () => loader.finished.length > 0);
      await sleep(2_500);
      assert.deepEqual(trace.started, [], 'content was fetched for a widget that had gone');
      assert.deepEqual(await sfErrors(p), []);
      assert.deepEqual(errors, []);
    } finally {
      server.routes.delete('/dist/support-finder-markdown.js');
      await context.close();
    }
  });

  test('removed mid-load and put back: it loads once more and works', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    slowPack('/moved', trace, { chunks: 4, delay: 150 });
    const { p, errors } = await open(
      '/moved.html',
      '<div id="a"></div><div id="b"><support-finder src="/moved/pack.yaml" timeout="5000"></support-finder></div>',
    );
    await until('pack.yaml to start', () => trace.started.includes('pack.yaml'));
    await removeWidget(p);
    await p.evaluate(`document.querySelector('#a').append(window.__removed)`);
    await p.locator('#a').getByRole('heading', { name: 'Test guide' }).waitFor({ timeout: 10_000 });
    await p.locator('#a').getByRole('button', { name: 'Start now' }).click();
    await p.getByRole('heading', { name: 'Who are you?' }).waitFor();
    assert.deepEqual(trace.aborted, ['pack.yaml'], 'the first download was cancelled');
    assert.equal(trace.started.filter((n) => n === 'pack.yaml').length, 2);
    assert.deepEqual(await sfErrors(p), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('loaded, removed, given another src and put back: it shows the new content', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    slowPack('/first', trace, { chunks: 1 });
    const { p, errors } = await open('/swap.html', '<support-finder src="/first/pack.yaml"></support-finder>');
    await p.getByRole('heading', { name: 'Test guide' }).waitFor({ timeout: 10_000 });
    await p.evaluate(`(() => {
      const el = document.querySelector('support-finder');
      el.remove();
      el.src = '/dist/content/default.json';
      return new Promise((r) => setTimeout(r, 50)).then(() => document.body.append(el));
    })()`);
    await p.getByRole('heading', { name: 'Find the right development support' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('removed, then its src changed and put back, many times over: only the last load counts', async () => {
    context = await browser.newContext();
    const trace = newTrace();
    slowPack('/churn', trace, { chunks: 3, delay: 100 });
    const { p, errors } = await open(
      '/churn.html',
      '<support-finder src="/churn/pack.yaml" timeout="5000"></support-finder>',
    );
    await p.evaluate(LISTEN);
    await p.evaluate(`(async () => {
      const el = document.querySelector('support-finder');
      for (let i = 0; i < 20; i++) {
        el.remove();
        el.src = '/churn/pack.yaml?round=' + i;
        await new Promise((r) => setTimeout(r, 15));
        document.body.append(el);
        await new Promise((r) => setTimeout(r, 15));
      }
    })()`);
    await p.getByRole('heading', { name: 'Test guide' }).waitFor({ timeout: 10_000 });
    await sleep(1_000);
    assert.deepEqual(await sfErrors(p), []);
    assert.deepEqual(errors, []);
    assert.equal(await p.locator('support-finder').getByRole('heading', { name: 'Test guide' }).count(), 1);
    await context.close();
  });
});
