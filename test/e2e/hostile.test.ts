/**
 * Hostile content and hostile hosts, on the built files in Chromium: compiled packs and pack
 * indexes written by hand to deceive or to stall, an iframe link that tries to fetch from
 * another site, a page that pollutes Object.prototype, takes the inner tag names first or
 * unsets every style, and `timeout` values a timer cannot take. Each case must end in a
 * working widget or the failure route (`sf-error` and the host's fallback) in bounded time,
 * with nothing thrown into the page and nothing deceptive shown.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { COACHING } from './surface.js';
import { watchErrors } from './browser.js';
import { checkPack } from '../../src/check/check-pack.js';
import { createMarkdown } from '../../src/content/markdown.js';
import type { Guide, Rich } from '../../src/content/schema.js';
import { minimalPack, TODAY } from '../fixtures/node.js';
import { syntheticGuide } from '../fixtures/synthetic.js';
import { browser, server, useServerAndBrowser } from './harness.js';

const figures = { cases: 0, bounded: 0, slowest: 0 };

const script = '<script type="module" src="/dist/support-finder.js"></script>';
const recorder = '<script src="/record.js"></script>';
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>${head}${recorder}${script}</head>` +
  `<body><h1>Host page</h1>${body}</body></html>`;
const FALLBACK = '<a href="https://example.org/help">Other help</a>';

const minimal = (): Guide => {
  const { guide } = checkPack(minimalPack(), { markdown: createMarkdown(), today: TODAY });
  return JSON.parse(JSON.stringify(guide)) as Guide;
};

useServerAndBrowser({
  setUp: () => {
    server.pages.set('/record.js', {
      body: "window.__sfErrors = []; document.addEventListener('sf-error', (e) => window.__sfErrors.push(e.reason));",
    });
  },
  tearDown: () => {
    console.log(
      `# hostile: ${figures.cases} cases on the built files; ${figures.bounded} ended in the failure route, ` +
        `the slowest after ${figures.slowest} ms; nothing thrown into the page`,
    );
  },
});

async function openPage(name: string, body: string, head = ''): Promise<{ p: Page; errors: string[] }> {
  server.pages.set(`/hostile/${name}.html`, { body: page(body, head) });
  const p = await browser.newPage();
  const errors = watchErrors(p);
  await p.goto(`${server.origin}/hostile/${name}.html`);
  return { p, errors };
}

const sfErrors = (p: Page) => p.evaluate(() => (window as unknown as { __sfErrors: string[] }).__sfErrors);

/** Serves `value` as a compiled pack, then expects the failure route within `within` ms. */
async function expectFailure(name: string, body: string, reason = 'invalid-content', within = 10_000) {
  const started = Date.now();
  const { p, errors } = await openPage(
    name,
    `<support-finder src="/hostile/${name}.json">${FALLBACK}</support-finder>`,
  );
  await p.getByText('Sorry, this guide is not available at the moment.').waitFor({ timeout: within });
  const took = Date.now() - started;
  figures.cases++;
  figures.bounded++;
  figures.slowest = Math.max(figures.slowest, took);
  assert.equal(await p.getByRole('link', { name: 'Other help' }).isVisible(), true);
  assert.deepEqual(await sfErrors(p), [reason]);
  assert.deepEqual(
    errors.filter((e) => !e.includes('Failed to load resource')),
    [],
  );
  await p.close();
  return took;
}

const json = (name: string, value: unknown) =>
  server.pages.set(`/hostile/${name}.json`, { body: typeof value === 'string' ? value : JSON.stringify(value) });

describe('compiled packs that would deceive', () => {
  test('a contact e-mail with ?bcc=, look-alike hosts and a name before @ are shown as text, never linked', async () => {
    const guide = minimal();
    guide.contacts[0]!.email = 'help@example.org?bcc=attacker@evil.example&subject=x';
    const body: Rich = [
      {
        t: 'p',
        c: [
          { t: 'a', href: 'https://www.nh\u0455.uk/', c: ['Page one'] },
          ' ',
          { t: 'a', href: 'https://www.nhs.uk\u2044evil.example/', c: ['Page two'] },
          ' ',
          { t: 'a', href: 'https://www.nhs.uk@evil.example/', c: ['Page three'] },
        ],
      },
    ];
    guide.contacts[0]!.body = body;
    json('deceive', guide);
    const { p, errors } = await openPage('deceive', '<support-finder src="/hostile/deceive.json"></support-finder>');
    const root = p.locator('support-finder');
    await root.getByRole('button', { name: 'Start now' }).click();
    for (const name of ['A member of staff', 'Something specific', /./]) {
      await root.getByRole('radio', { name }).first().check();
      await root.getByRole('button', { name: 'Continue' }).click();
    }
    await root.getByRole('button', { name: /See my suggestion/ }).click();
    await root.getByText('Page one').filter({ visible: true }).first().waitFor();
    figures.cases++;
    const hrefs = (await p.evaluate(`(() => {
      const out = [];
      const walk = (node) =>
        node.querySelectorAll('*').forEach((el) => {
          if (el instanceof HTMLAnchorElement) out.push(el.getAttribute('href') || '');
          if (el.shadowRoot) walk(el.shadowRoot);
        });
      walk(document);
      return out;
    })()`)) as string[];
    assert.ok(
      !hrefs.some((h) => h.includes('bcc') || h.includes('\u0080') || h.includes('@evil') || h.includes('\u0455')),
      hrefs.join(' '),
    );
    assert.ok(
      (await root
        .getByText(/help@example\.org\?bcc=/)
        .filter({ visible: true })
        .count()) > 0,
      'shown as text',
    );
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('a control character in a link takes the failure route', async () => {
    const guide = minimal();
    guide.contacts[0]!.body = [{ t: 'p', c: [{ t: 'a', href: 'm\u0080ailto:/../../x', c: ['Page one'] }] }];
    json('control', guide);
    await expectFailure('control', '');
  });

  test('exits and weights to unknown outcomes, or no outcomes at all, take the failure route', async () => {
    const unknownExit = minimal();
    unknownExit.questions[0]!.options[1]!.exit = 'nowhere';
    json('unknown-exit', unknownExit);
    await expectFailure('unknown-exit', '');
    const unknownWeight = minimal();
    unknownWeight.questions[1]!.options[0]!.weights = { nowhere: 3 };
    json('unknown-weight', unknownWeight);
    await expectFailure('unknown-weight', '');
    const none = minimal();
    none.outcomes = [];
    json('no-outcomes', none);
    await expectFailure('no-outcomes', '');
  });
});

describe('compiled packs and indexes that would stall or overflow', () => {
  test('rich text nested 800 levels deep takes the failure route', async () => {
    const guide = minimal();
    let deep: Rich = ['deep'];
    for (let i = 0; i < 800; i++) deep = [{ t: 'blockquote', c: deep }];
    guide.outcomes[0]!.sections[0]!.body = deep;
    json('deep', guide);
    await expectFailure('deep', '');
  });

  test('5,000 questions take the failure route', async () => {
    // A pack that is valid in every other way, so only its size can make it fail.
    json('questions', { ...syntheticGuide(5000, 10, 2), labels: minimal().labels });
    await expectFailure('questions', '');
  });

  test('a 32 MB compiled pack is refused as it arrives', async () => {
    const guide = minimal();
    const contact = guide.contacts[0]!;
    guide.contacts = Array.from({ length: 100_000 }, (_, i) => ({
      ...contact,
      id: `c${i}`,
      name: `Contact ${i} ${'x'.repeat(200)}`,
    }));
    json('huge', guide);
    await expectFailure('huge', '', 'invalid-content', 20_000);
  });

  test('Markdown packs: 1,500 files, 20,000 repeated entries, a quadratic body, deep nesting', async () => {
    const files = (n: number) => `files:\n${Array.from({ length: n }, (_, i) => `  - contacts/c${i}.md`).join('\n')}\n`;
    server.pages.set('/hostile/many/pack.yaml', { body: files(1500) });
    server.pages.set('/hostile/repeated/pack.yaml', {
      body: `files:\n${'  - guide.md\n'.repeat(20_000)}`,
    });
    for (const [name, src] of [
      ['many', '/hostile/many/pack.yaml'],
      ['repeated', '/hostile/repeated/pack.yaml'],
      ['quadratic', '/hostile/quadratic/pack.yaml'],
      ['nested', '/hostile/nested/pack.yaml'],
    ] as const) {
      if (name === 'quadratic' || name === 'nested') {
        const pack = minimalPack();
        server.pages.set(`/hostile/${name}/pack.yaml`, {
          body: `files:\n${Object.keys(pack)
            .map((k) => `  - ${k.slice(5)}`)
            .join('\n')}\n`,
        });
        for (const [path, text] of Object.entries(pack)) {
          const extra = name === 'quadratic' ? '_a'.repeat(49_000) : `${'> '.repeat(800)}deep`;
          const body = path.endsWith('outcomes/alpha.md') ? `${text}\n${extra}\n` : text;
          server.pages.set(`/hostile/${name}/${path.slice(5)}`, { body });
        }
      }
      const started = Date.now();
      const { p, errors } = await openPage(`md-${name}`, `<support-finder src="${src}">${FALLBACK}</support-finder>`);
      await p.getByText('Sorry, this guide is not available at the moment.').waitFor({ timeout: 10_000 });
      figures.cases++;
      figures.bounded++;
      figures.slowest = Math.max(figures.slowest, Date.now() - started);
      assert.deepEqual(await sfErrors(p), ['invalid-content'], name);
      if (name === 'many' || name === 'repeated')
        assert.equal(
          server.requests.filter((r) => r.startsWith(`/hostile/${name}/`)).length,
          1,
          `${name}: files fetched`,
        );
      assert.deepEqual(errors, [], name);
      await p.close();
    }
  });
});

describe('the iframe page', () => {
  test('a src that resolves to another site is never fetched', async () => {
    const { p } = await (async () => {
      const p = await browser.newPage();
      await p.goto(`${server.origin}/dist/embed/index.html?src=${encodeURIComponent('/.//evil.example/pack.json')}`);
      return { p };
    })();
    await p.waitForTimeout(500);
    figures.cases++;
    const src = await p.evaluate(() => document.querySelector('support-finder')?.getAttribute('src'));
    // The whole resolved address: its path alone would be read as the address of another site.
    assert.equal(src, `${server.origin}//evil.example/pack.json`);
    const fetched = (await p.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")) as string[];
    assert.ok(fetched.includes(`${server.origin}//evil.example/pack.json`), fetched.join(' '));
    assert.ok(!fetched.some((url) => url.includes('://evil.example')), fetched.join(' '));
    await p.close();
  });
});

describe('hostile host pages', () => {
  test('an enumerable property on Object.prototype does not break the widget', async () => {
    server.pages.set('/pollute.js', { body: 'Object.prototype.polluted = 1; Object.prototype.sessionId = "x";' });
    const { p, errors } = await openPage(
      'pollute',
      '<support-finder area="llr"></support-finder>',
      '<script src="/pollute.js"></script>',
    );
    const root = p.locator('support-finder');
    await root.getByRole('button', { name: 'Start now' }).click();
    await root.getByRole('radio').first().waitFor();
    figures.cases++;
    assert.deepEqual(errors, []);
    await p.evaluate(() => document.querySelector('support-finder')?.remove());
    await p.waitForTimeout(100);
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('a host that defines sf-journey and sf-start-page first cannot take them over', async () => {
    server.pages.set('/squat.js', {
      body:
        "customElements.define('sf-journey', class extends HTMLElement { connectedCallback() { this.textContent = 'host journey'; } });" +
        "customElements.define('sf-start-page', class extends HTMLElement { connectedCallback() { this.textContent = 'host start'; } });",
    });
    const { p, errors } = await openPage(
      'squat',
      '<support-finder area="llr"></support-finder>',
      '<script src="/squat.js"></script>',
    );
    const root = p.locator('support-finder');
    await root.getByRole('button', { name: 'Start now' }).waitFor();
    figures.cases++;
    assert.equal(await p.getByText('host journey').count(), 0);
    assert.equal(await p.getByText('host start').count(), 0);
    assert.deepEqual(errors, []);
    await p.close();
  });

  test('text is never below 16px, even with * { all: unset } and html { font-size: 62.5% }', async () => {
    server.pages.set('/unset.css', { body: '* { all: unset } html { font-size: 62.5% }' });
    for (const [name, head] of [
      ['plain', ''],
      ['unset', '<link rel="stylesheet" href="/unset.css">'],
    ] as const) {
      const { p, errors } = await openPage(`font-${name}`, '<support-finder area="llr"></support-finder>', head);
      const root = p.locator('support-finder');
      await root.getByRole('button', { name: 'Start now' }).click();
      for (const label of COACHING) {
        await root.getByRole('radio', { name: label }).check();
        await root.getByRole('button', { name: 'Continue' }).click();
      }
      await root.getByRole('button', { name: 'See my suggestion' }).click();
      await root.getByRole('heading', { name: /Our suggestion/ }).waitFor();
      figures.cases++;
      // A string, so the page runs it exactly as written (no helpers from the test's compiler).
      const smallest = (await p.evaluate(`(() => {
        let min = Infinity;
        let where = '';
        const walk = (node) =>
          node.querySelectorAll('*').forEach((el) => {
            if (el.shadowRoot) walk(el.shadowRoot);
            const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
            if (!hasText || !el.getClientRects().length) return;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < min) [min, where] = [size, el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '"'];
          });
        walk(document.querySelector('support-finder').shadowRoot);
        return { min, where };
      })()`)) as { min: number; where: string };
      assert.ok(smallest.min >= 16, `${name}: ${smallest.where} is ${smallest.min}px`);
      assert.deepEqual(errors, []);
      await p.close();
    }
  });

  test('timeout values a timer cannot take fall back to the default instead of failing at once', async () => {
    const pack = JSON.stringify(minimal());
    server.routes.set('/hostile/slow.json', (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(pack), 1500);
    });
    const values = ['3000000000', '1e309', 'abc', '-1', '0'];
    const { p, errors } = await openPage(
      'timeouts',
      // A query string each: Chromium makes requests for one URL wait for each other, which would
      // stack the 1.5 s delays one after another.
      values.map((v, i) => `<support-finder src="/hostile/slow.json?w=${i}" timeout="${v}"></support-finder>`).join(''),
    );
    for (let i = 0; i < values.length; i++)
      await p.locator('support-finder').nth(i).getByRole('button', { name: 'Start now' }).waitFor({ timeout: 8000 });
    figures.cases += values.length;
    assert.deepEqual(await sfErrors(p), []);
    assert.deepEqual(errors, []);
    await p.close();
  });
});
