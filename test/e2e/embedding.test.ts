/**
 * Embedding, against the built files on a local server with real headers: strict CSP with
 * Trusted Types, no eval, no requests beyond our own origin, no cookies, the iframe page's
 * height messages, every content failure, the no-JS fallback, two widgets, a double script load,
 * blocked and tampered storage and URLs, and hostile host CSS.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { journeyToCoaching, watchErrors } from './browser.js';
import { projectRoot } from './serve.js';
import { browser, server, useServerAndBrowser } from './harness.js';

/** A second origin on the same loopback server, for cross-origin framing. */
let otherOrigin = '';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>${head}</head><body><h1>Host page</h1>${body}</body></html>`;
const script = '<script type="module" src="/dist/support-finder.js"></script>';

useServerAndBrowser({
  setUp: () => {
    otherOrigin = server.origin.replace('127.0.0.1', 'localhost');
    // Records CSP violations; a file, because inline scripts are (rightly) refused.
    server.pages.set('/csp-listener.js', {
      body: "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
    });
    server.pages.set('/csp.html', {
      body: page(
        '<support-finder area="llr"></support-finder><support-finder id="raw" src="/test/fixtures/packs/minimal/pack.yaml"></support-finder>',
        `<script src="/csp-listener.js"></script>${script}`,
      ),
      headers: { 'content-security-policy': CSP },
    });
  },
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}) {
  const p = await browser.newPage(options);
  const errors = watchErrors(p);
  await p.goto(`${server.origin}${path}`);
  return { page: p, errors };
}

describe('security', () => {
  test('runs under a strict CSP with Trusted Types required: zero violations (11)', async () => {
    const { page: p, errors } = await open('/csp.html');
    await journeyToCoaching(p.locator('support-finder').first());
    await p.locator('#raw').getByRole('heading', { name: 'Test guide' }).waitFor();
    const violations = await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('ships no eval or new Function (12)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.js')) files.push(join(dir, e.name));
    };
    walk(join(projectRoot, 'dist'));
    const offenders = files
      .filter((f) => !f.includes('/dist/cli/'))
      .filter((f) => /\beval\s*\(|new\s+Function\s*\(/.test(readFileSync(f, 'utf8')));
    assert.ok(files.length > 3);
    assert.deepEqual(offenders, []);
  });

  test('sets no cookies and requests nothing but its own files, never with answers (15)', async () => {
    const p = await browser.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(`${server.origin}/csp.html`);
    await journeyToCoaching(p.locator('support-finder').first());
    await p.locator('#raw').getByRole('heading', { name: 'Test guide' }).waitFor();
    const foreign = requests.filter((u) => !u.startsWith(server.origin));
    assert.deepEqual(foreign, []);
    assert.ok(
      requests.every((u) => !/specific-goal|goal|set-period/.test(new URL(u).search)),
      'no answers in any request',
    );
    assert.deepEqual(await p.context().cookies(), []);
    assert.equal(await p.evaluate(() => document.cookie), '');
    await p.close();
  });
});

describe('the iframe page (16)', () => {
  const embedHtml = (allowed: string) =>
    readFileSync(join(projectRoot, 'dist/embed/index.html'), 'utf8').replace(
      '<meta name="support-finder-parents" content="https://*.sharepoint.com" />',
      `<meta name="support-finder-parents" content="${allowed}" />`,
    );
  const parentPage = (frameSrc: string) =>
    page(
      `<iframe data-support-finder title="Find development support" src="${frameSrc}" style="width:600px;height:150px"></iframe>`,
      `<script src="${otherOrigin}/dist/embed/parent.js"></script>`,
    );

  test('sends its height only to an allowed parent, which resizes the frame', async () => {
    server.pages.set('/dist/embed/allowed.html', { body: embedHtml(server.origin) });
    server.pages.set('/parent-allowed.html', {
      body: parentPage(`${otherOrigin}/dist/embed/allowed.html?area=llr&parent=${encodeURIComponent(server.origin)}`),
    });
    const { page: p, errors } = await open('/parent-allowed.html');
    const frame = p.locator('iframe');
    await p.frameLocator('iframe').getByRole('button', { name: 'Start now' }).waitFor();
    await p.waitForFunction(() => parseInt(getComputedStyle(document.querySelector('iframe')!).height) > 300);
    assert.ok((await frame.boundingBox())!.height > 300);
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('sends nothing to a parent that is not on the allow-list', async () => {
    server.pages.set('/dist/embed/strict.html', { body: embedHtml('https://intranet.example.nhs.uk') });
    server.pages.set('/parent-denied.html', {
      body: parentPage(`${otherOrigin}/dist/embed/strict.html?parent=${encodeURIComponent(server.origin)}`),
    });
    const { page: p } = await open('/parent-denied.html');
    await p.frameLocator('iframe').getByRole('button', { name: 'Start now' }).waitFor();
    await p.waitForTimeout(500);
    assert.equal(await p.locator('iframe').evaluate((f) => getComputedStyle(f).height), '150px');
    await p.close();
  });

  test('the parent ignores height messages forged by any other window or origin', async () => {
    server.pages.set('/forger.html', {
      body: page('', '<script src="/forger.js"></script>'),
    });
    server.pages.set('/forger.js', {
      body: "parent.postMessage({ type: 'support-finder:height', height: 5000 }, '*');",
    });
    server.pages.set('/parent-forged.html', {
      body: page(
        `<iframe data-support-finder title="Guide" src="${otherOrigin}/dist/embed/strict.html" style="height:150px"></iframe>` +
          `<iframe title="Other" src="${otherOrigin}/forger.html"></iframe>`,
        `<script src="${otherOrigin}/dist/embed/parent.js"></script><script src="/forge-here.js"></script>`,
      ),
    });
    server.pages.set('/forge-here.js', {
      body: "setTimeout(() => window.postMessage({ type: 'support-finder:height', height: 4000 }, '*'), 300);",
    });
    const { page: p } = await open('/parent-forged.html');
    await p.waitForTimeout(800);
    assert.equal(await p.locator('iframe[data-support-finder]').evaluate((f) => getComputedStyle(f).height), '150px');
    await p.close();
  });

  test('the page itself takes area and same-origin content only from its query string', async () => {
    const { page: p } = await open(
      `/dist/embed/index.html?audience=ppv&src=${encodeURIComponent('https://evil.example/pack.json')}`,
    );
    const widget = p.locator('support-finder');
    assert.equal(await widget.getAttribute('audience'), 'ppv');
    assert.equal(await widget.getAttribute('src'), null);
    await p.close();
  });
});

describe('content failures (17)', () => {
  const cases: [string, string, (res: import('node:http').ServerResponse) => void][] = [
    ['404', 'http', (res) => res.writeHead(404).end('nope')],
    ['500', 'http', (res) => res.writeHead(500).end('oops')],
    [
      'invalid JSON',
      'invalid-json',
      (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"format":1,'),
    ],
    [
      'a pack that fails the schema',
      'invalid-content',
      (res) => res.writeHead(200).end(JSON.stringify({ format: 1, title: 42 })),
    ],
    ['a broken connection', 'network', (res) => res.socket?.destroy()],
    ['no answer in time', 'timeout', (res) => setTimeout(() => res.writeHead(200).end('{}'), 3000)],
  ];
  for (const [name, reason, respond] of cases) {
    test(`${name}: a friendly message, sf-error "${reason}", one log line, nothing thrown`, async () => {
      const path = `/fail-${reason}-${name.replace(/\W/g, '')}.json`;
      server.routes.set(path, (_req, res) => respond(res));
      server.pages.set(`/fail${path}.html`, {
        body: page(
          `<support-finder src="${path}" timeout="800"><a href="https://example.org/help">Other help</a></support-finder>`,
          `<script src="/record-errors.js"></script>${script}`,
        ),
      });
      server.pages.set('/record-errors.js', {
        body: "window.__sfErrors = []; document.addEventListener('sf-error', (e) => window.__sfErrors.push(e.reason));",
      });
      const p = await browser.newPage();
      const pageErrors: string[] = [];
      const warnings: string[] = [];
      p.on('pageerror', (e) => pageErrors.push(e.message));
      p.on(
        'console',
        (m) => m.type() === 'warning' && m.text().startsWith('support-finder:') && warnings.push(m.text()),
      );
      await p.goto(`${server.origin}/fail${path}.html`);
      await p.getByText('Sorry, this guide is not available at the moment.').waitFor({ timeout: 5000 });
      assert.equal(await p.getByRole('link', { name: 'Other help' }).isVisible(), true);
      assert.equal(await p.getByText(/line manager/).isVisible(), true);
      assert.deepEqual(await p.evaluate(() => (window as unknown as { __sfErrors: string[] }).__sfErrors), [reason]);
      assert.equal(warnings.length, 1);
      assert.deepEqual(pageErrors, []);
      await p.close();
    });
  }
});

describe('robustness on the host page', () => {
  test('without JavaScript, the fallback inside the tag is what people see (18)', async () => {
    server.pages.set('/nojs.html', {
      body: page(
        `<support-finder><a href="https://www.llracademy.org/coaching-and-mentoring/">Coaching and mentoring in LLR</a></support-finder>`,
        script,
      ),
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.origin}/nojs.html`);
    assert.equal(await p.getByRole('link', { name: 'Coaching and mentoring in LLR' }).isVisible(), true);
    await context.close();
  });

  test('two widgets with different content work independently, with unique ids (19)', async () => {
    server.pages.set('/two.html', {
      body: page(
        '<support-finder id="a" area="llr"></support-finder><support-finder id="b" src="/test/fixtures/packs/minimal/pack.yaml"></support-finder>',
        script,
      ),
    });
    const { page: p, errors } = await open('/two.html');
    const b = p.locator('#b');
    await b.getByRole('heading', { name: 'Test guide' }).waitFor();
    await journeyToCoaching(p.locator('#a'));
    await b.getByRole('button', { name: 'Start now' }).click();
    await b.getByRole('heading', { name: 'Who are you?' }).waitFor();
    assert.equal(
      await p
        .locator('#a')
        .getByRole('heading', { name: /Our suggestion/ })
        .isVisible(),
      true,
    );
    const ids = await p.evaluate<string[]>(`(() => {
      const all = [];
      const walk = (root) => root.querySelectorAll('*').forEach((el) => {
        if (el.id) all.push(el.id);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
      document.querySelectorAll('support-finder').forEach((w) => walk(w.shadowRoot));
      return all;
    })()`);
    const formIds = ids.filter((id) => /^sf\d/.test(id));
    assert.equal(new Set(formIds).size, formIds.length, 'ids unique across both widgets');
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('loading the script twice, or two copies side by side, throws nothing (20)', async () => {
    server.pages.set('/twice.html', {
      body: page(
        '<support-finder></support-finder>',
        `${script}<script type="module" src="/dist/support-finder.js?copy=2"></script><script type="module" src="/dist/lib/index.js?copy=3"></script>`,
      ),
    });
    const { page: p, errors } = await open('/twice.html');
    await p.getByRole('button', { name: 'Start now' }).click();
    await p.getByRole('heading', { name: 'Which of these best describes you?' }).waitFor();
    // The npm build imports bare specifiers ("lit") that a plain page cannot resolve: that
    // failed load must be the only error, and it must not stop the widget.
    assert.deepEqual(
      errors.filter((e) => !/Failed to resolve module specifier|lit/.test(e)),
      [],
    );
    await p.close();
  });

  test('blocked storage changes nothing but resume (21)', async () => {
    const p = await browser.newPage();
    const errors = watchErrors(p);
    await p.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
    });
    await p.goto(`${server.origin}/csp.html`);
    await journeyToCoaching(p.locator('support-finder').first());
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('tampered stored state or URL state is ignored, not trusted (21)', async () => {
    server.pages.set('/resume.html', { body: page('<support-finder history area="llr"></support-finder>', script) });
    const p = await browser.newPage();
    const errors = watchErrors(p);
    await p.goto(`${server.origin}/resume.html`);
    for (const junk of [
      '{"v":1,"answers":["<img src=x onerror=alert(1)>"]}',
      'not json',
      '{"v":1,"answers":["nhs","hacked","goal"]}',
    ]) {
      await p.evaluate((value) => sessionStorage.setItem('support-finder:default', value), junk);
      await p.reload();
      const start = p.getByRole('button', { name: 'Start now' });
      const second = p.getByRole('heading', { name: 'What would you like to do?' });
      await Promise.race([start.waitFor(), second.waitFor()]);
    }
    await p.evaluate(() => sessionStorage.clear());
    await p.goto('about:blank');
    await p.goto(`${server.origin}/resume.html#sf=nhs.%3Cscript%3E`);
    await p.getByRole('button', { name: 'Start now' }).waitFor();
    await p.goto('about:blank');
    await p.goto(`${server.origin}/resume.html#sf=nhs.self.questions.goal~r`);
    await p.getByRole('heading', { name: /Our suggestion: Coaching/ }).waitFor();
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('browser Back and Forward move between steps with the history attribute', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.origin}/resume.html`);
    await p.getByRole('button', { name: 'Start now' }).click();
    await p.getByRole('radio', { name: 'I work for the NHS' }).check();
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.getByRole('heading', { name: 'What would you like to do?' }).waitFor();
    await p.goBack();
    await p.getByRole('heading', { name: 'Which of these best describes you?' }).waitFor();
    await p.goForward();
    await p.getByRole('heading', { name: 'What would you like to do?' }).waitFor();
    assert.match(new URL(p.url()).hash, /^#sf=nhs$/);
    await p.close();
  });

  test('hostile host CSS leaves text size and layout unchanged (22)', async () => {
    const bootstrap = readFileSync(join(projectRoot, 'node_modules/bootstrap/dist/css/bootstrap.min.css'), 'utf8');
    server.pages.set('/bootstrap.css', { body: bootstrap, headers: { 'content-type': 'text/css' } });
    server.pages.set('/hostile.css', {
      body: `html{font-size:62.5%} body{font:italic 9px/3 "Comic Sans MS",serif;color:#f0f;text-align:center;letter-spacing:3px;text-transform:uppercase}
        button{background:red!important;padding:40px} h2{font-size:50px} p{margin:80px} *{box-sizing:content-box}`,
      headers: { 'content-type': 'text/css' },
    });
    server.pages.set('/calm.html', { body: page('<support-finder area="llr"></support-finder>', script) });
    server.pages.set('/hostile.html', {
      body: page(
        '<support-finder area="llr"></support-finder>',
        `<link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/hostile.css">${script}`,
      ),
    });
    const measure = async (path: string) => {
      const { page: p } = await open(path, { viewport: { width: 900, height: 900 } });
      await p.getByRole('button', { name: 'Start now' }).click();
      await p.getByRole('heading', { name: 'Which of these best describes you?' }).waitFor();
      const m = await p.evaluate<Record<string, Record<string, string | number>>>(`(() => {
        const q = document.querySelector('support-finder').shadowRoot.querySelector('sf-journey').shadowRoot
          .querySelector('sf-question-page').shadowRoot;
        const box = (sel) => {
          const el = q.querySelector(sel);
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return { w: Math.round(r.width), h: Math.round(r.height), font: s.fontSize, line: s.lineHeight,
            align: s.textAlign, transform: s.textTransform, color: s.color };
        };
        return { heading: box('h2'), label: box('label'), button: box('button[type=submit]'), form: box('form') };
      })()`);
      await p.close();
      return m;
    };
    const calm = await measure('/calm.html');
    const hostile = await measure('/hostile.html');
    assert.deepEqual(hostile, calm);
    // 900px wide is past NHS.UK's tablet breakpoint (641px): body text is 19px there, 16px below.
    assert.equal(calm['label']?.['font'], '19px', 'body text 19px from the tablet breakpoint, never below 16px');
  });
});
