/**
 * Scale and leaks, on the built dist/support-finder.js: fifty widgets on one page, each on its
 * own (ids, answers, storage), and mounting and removing the widget many times over with the JS
 * heap, the window and document listeners and the guide actors measured before and after.
 * 1,000 cycles in `npm test` (about 5 s), 5,000 with LONG=1; the figures
 * are printed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession } from 'playwright-core';
import { journeyToCoaching, watchErrors } from './browser.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser();

const LONG = process.env['LONG'] === '1';
const CYCLES = LONG ? 5_000 : 1_000;
const INSTANCES = 50;
/** Heap growth allowed over the whole run, after garbage collection: noise, not a leak. */
const HEAP_TOLERANCE = 512 * 1024;

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>` +
  `<script type="module" src="/dist/support-finder.js"></script></head><body><h1>Host page</h1>${body}</body></html>`;

/** Which page each widget shows: the tag of the journey's first element, by widget id. */
const STEPS = `Object.fromEntries([...document.querySelectorAll('support-finder')].map((w) => {
  const journey = w.shadowRoot && w.shadowRoot.querySelector('sf-journey');
  const first = journey && journey.shadowRoot && journey.shadowRoot.firstElementChild;
  return [w.id, first ? first.tagName.toLowerCase() : 'none'];
}))`;

/** Every id inside every widget's shadow roots. */
const ALL_IDS = `(function ids(root, out) {
  for (const el of root.querySelectorAll('*')) { if (el.id) out.push(el.id); if (el.shadowRoot) ids(el.shadowRoot, out); }
  return out;
})(document, [])`;

describe('fifty widgets on one page (19)', () => {
  test(`${INSTANCES} instances work independently, with unique ids and their own storage`, async () => {
    const widgets = Array.from(
      { length: INSTANCES },
      (_, i) => `<support-finder id="w${i + 1}" area="llr"></support-finder>`,
    );
    server.pages.set('/fifty.html', { body: page(widgets.join('\n')) });
    const p = await browser.newPage();
    const errors = watchErrors(p);
    const started = Date.now();
    await p.goto(`${server.origin}/fifty.html`);
    await p.waitForFunction(`Object.values(${STEPS}).filter((s) => s === 'sf-start-page').length === ${INSTANCES}`);
    const renderMs = Date.now() - started;

    // Drive a few, differently.
    await journeyToCoaching(p.locator('#w50'));
    await p.locator('#w1').getByRole('button', { name: 'Start now' }).click();
    await p.locator('#w1').getByRole('radio', { name: 'I work for the NHS' }).check();
    await p.locator('#w1').getByRole('button', { name: 'Continue' }).click();
    await p.locator('#w25').getByRole('button', { name: 'Start now' }).click();
    await p.locator('#w25').getByRole('button', { name: 'Continue' }).click();
    await p.locator('#w25').getByText('There is a problem').waitFor();
    await p.locator('#w2').getByRole('button', { name: 'Start now' }).click();
    await p.locator('#w2').getByRole('button', { name: 'Back' }).click();

    const steps = await p.evaluate<Record<string, string>>(STEPS);
    const expected = Object.fromEntries(
      Array.from({ length: INSTANCES }, (_, i) => [`w${i + 1}`, 'sf-start-page']).concat([
        ['w1', 'sf-question-page'],
        ['w25', 'sf-question-page'],
        ['w50', 'sf-result-page'],
      ]),
    );
    assert.deepEqual(steps, expected, 'only the widgets driven moved');
    assert.equal(
      await p.locator('#w1').getByRole('heading', { name: 'What would you like to do?' }).count(),
      1,
      'w1 is on its second question',
    );
    assert.equal(await p.getByText('There is a problem').count(), 1, 'only w25 shows an error');

    const ids = await p.evaluate<string[]>(ALL_IDS);
    const inner = ids.filter((id) => /^sf\d+-/.test(id));
    assert.ok(inner.length > 0);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
    const prefixes = new Set(inner.map((id) => id.split('-')[0]));
    assert.ok(prefixes.size >= 3, 'each widget names its ids with its own prefix');

    const stored = await p.evaluate<string[]>('Object.keys(sessionStorage).sort()');
    assert.deepEqual(stored, ['support-finder:w1', 'support-finder:w25', 'support-finder:w50']);
    const w50 = await p.evaluate<{ answers: string[] }>(`JSON.parse(sessionStorage.getItem('support-finder:w50'))`);
    assert.equal(w50.answers.length, 4);
    assert.deepEqual(errors, []);
    console.log(
      `# scale: ${INSTANCES} instances on one page rendered in ${renderMs} ms; 4 driven, ${INSTANCES - 4} unmoved; ${ids.length} ids, all unique`,
    );
    await p.close();
  });
});

interface Usage {
  heap: number;
  windowListeners: number;
  documentListeners: number;
}

async function measure(cdp: CDPSession): Promise<Usage> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const listeners = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
    return listeners.length;
  };
  return { heap: usedSize, windowListeners: await listeners('window'), documentListeners: await listeners('document') };
}

/**
 * Mounts and removes widgets `n` times: a quarter go on to the first question, half keep their
 * answers in the URL (`history`), a third have an id. After each removal the widget's root actor
 * (the element's own `widget` field, not public API) must be stopped and gone from the element.
 * Every fifth element and actor (with and without `history`) is kept as a WeakRef, to see
 * whether anything still holds them.
 */
const cycles = (n: number) => `(async () => {
  const refs = window.__refs || (window.__refs = []);
  let live = 0, notStopped = 0, maxJourneys = 0;
  for (let i = 0; i < ${n}; i++) {
    const el = document.createElement('support-finder');
    el.setAttribute('area', 'llr');
    if (i % 2) el.setAttribute('history', '');
    if (i % 3 === 0) el.id = 'cycle-' + (i % 7);
    document.body.append(el);
    await el.updateComplete;
    const journey = el.shadowRoot.querySelector('sf-journey');
    await journey.updateComplete;
    const start = journey.shadowRoot.querySelector('sf-start-page');
    await start.updateComplete;
    if (i % 4 === 0) {
      start.shadowRoot.querySelector('button').click();
      await journey.updateComplete;
      await journey.shadowRoot.querySelector('sf-question-page').updateComplete;
    }
    maxJourneys = Math.max(maxJourneys, document.querySelectorAll('support-finder').length);
    const actor = el.widget;
    if (actor && actor.getSnapshot().status === 'active') live++;
    el.remove();
    if (!actor || actor.getSnapshot().status !== 'stopped' || el.widget !== undefined) notStopped++;
    if (i % 5 === 0) refs.push(new WeakRef(el), new WeakRef(actor));
    history.replaceState(null, '', location.pathname);
  }
  sessionStorage.clear();
  localStorage.clear();
  return { live, notStopped, maxJourneys, left: document.querySelectorAll('support-finder').length };
})()`;

describe('mounting and removing the widget (23)', () => {
  test(`${CYCLES} mount and unmount cycles leave heap, listeners and actors flat`, async () => {
    server.pages.set('/cycles.html', { body: page('') });
    const p = await browser.newPage();
    const errors = watchErrors(p);
    await p.goto(`${server.origin}/cycles.html`);
    await p.waitForFunction(`customElements.get('support-finder') !== undefined`);
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('HeapProfiler.enable');

    // Warm up first, so the baseline holds everything that is created once (styles, templates,
    // optimised code).
    await p.evaluate(cycles(200));
    await p.evaluate('window.__refs = []');
    const before = await measure(cdp);
    const started = Date.now();
    const run = await p.evaluate<{ live: number; notStopped: number; maxJourneys: number; left: number }>(
      cycles(CYCLES),
    );
    const ms = Date.now() - started;
    await measure(cdp);
    const alive = await p.evaluate<number>('window.__refs.filter((r) => r.deref() !== undefined).length');
    const kept = await p.evaluate<number>('window.__refs.length');
    // Drop the WeakRefs themselves before the final measurement: they are the test's, not the widget's.
    await p.evaluate('window.__refs = []');
    const afterRun = await measure(cdp);

    const growth = afterRun.heap - before.heap;
    const kB = (b: number) => `${(b / 1024).toFixed(0)} kB`;
    console.log(
      `# scale: ${CYCLES} mount/unmount cycles in ${ms} ms; JS heap after GC ${kB(before.heap)} before, ${kB(afterRun.heap)} after ` +
        `(${growth >= 0 ? '+' : ''}${kB(growth)}, tolerance ${kB(HEAP_TOLERANCE)}); listeners on window ${before.windowListeners} -> ${afterRun.windowListeners}, ` +
        `on document ${before.documentListeners} -> ${afterRun.documentListeners}; actors running while mounted ${run.live}, ` +
        `not stopped after removal ${run.notStopped}; sampled elements and actors still reachable after GC ${alive} of ${kept}`,
    );
    assert.equal(run.live, CYCLES, 'each mounted widget ran an actor');
    assert.equal(run.notStopped, 0, 'every actor stopped and released on removal');
    assert.equal(run.maxJourneys, 1);
    assert.equal(run.left, 0);
    assert.equal(afterRun.windowListeners, before.windowListeners, 'window listeners');
    assert.equal(afterRun.documentListeners, before.documentListeners, 'document listeners');
    assert.equal(alive, 0, 'removed widgets and their actors can be collected');
    assert.ok(growth < HEAP_TOLERANCE, `the heap grew by ${kB(growth)}`);
    assert.deepEqual(errors, []);
    await cdp.detach();
    await p.close();
  });
});
