/**
 * The iframe page says in the console why it will not resize when the framing page is not
 * allowed, naming the meta tag to edit: the built embed page, framed cross-origin by a real
 * parent page that runs parent.js.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './serve.js';
import { browser, server, useServerAndBrowser } from './harness.js';

let otherOrigin = '';

const META = '<meta name="support-finder-parents" content="https://*.sharepoint.com" />';
const embedHtml = (allowed: string) =>
  readFileSync(join(projectRoot, 'dist/embed/index.html'), 'utf8').replace(
    META,
    `<meta name="support-finder-parents" content="${allowed}" />`,
  );
const parentPage = (frameSrc: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title>` +
  `<script src="${otherOrigin}/dist/embed/parent.js"></script></head><body><h1>Intranet page</h1>` +
  `<iframe data-support-finder title="Find development support" src="${frameSrc}" style="width:600px;height:150px"></iframe></body></html>`;

useServerAndBrowser({
  setUp: () => {
    otherOrigin = server.origin.replace('127.0.0.1', 'localhost');
    assert.ok(readFileSync(join(projectRoot, 'dist/embed/index.html'), 'utf8').includes(META));
  },
});

/** Opens a parent page framing the embed page; returns the console warnings of every frame. */
async function warningsFor(embed: string, allowed: string, query: string) {
  server.pages.set(`/dist/embed/${embed}.html`, { body: embedHtml(allowed) });
  server.pages.set(`/parent-${embed}.html`, { body: parentPage(`${otherOrigin}/dist/embed/${embed}.html${query}`) });
  const p = await browser.newPage();
  const warnings: string[] = [];
  p.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await p.goto(`${server.origin}/parent-${embed}.html`);
  await p.frameLocator('iframe').getByRole('button', { name: 'Start now' }).waitFor();
  const height = await p.locator('iframe').evaluate((f) => getComputedStyle(f).height);
  await p.close();
  return { warnings: warnings.filter((w) => w.startsWith('Support Finder:')), height };
}

describe('the iframe page with a parent it may not resize for', () => {
  test('names the refused parent and the meta tag to add it to', async () => {
    const { warnings, height } = await warningsFor(
      'refused',
      'https://intranet.example.nhs.uk',
      `?parent=${encodeURIComponent(server.origin)}`,
    );
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, new RegExp(`not sending this page's height to ${server.origin}`));
    assert.match(warnings[0]!, /allow-list \(https:\/\/intranet\.example\.nhs\.uk\)/);
    assert.match(warnings[0]!, /<meta name="support-finder-parents" content="\.\.\."> in embed\/index\.html/);
    assert.equal(height, '150px');
  });

  test('without ?parent=, says to add it, with the framing origin filled in', async () => {
    const { warnings } = await warningsFor('no-parent', server.origin, '');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /has no \?parent=/);
    assert.ok(warnings[0]!.includes(`?parent=${encodeURIComponent(server.origin)}`), warnings[0]);
    assert.match(warnings[0]!, /support-finder-parents/);
  });

  test('an allowed parent gets no warning', async () => {
    const { warnings } = await warningsFor('welcome', server.origin, `?parent=${encodeURIComponent(server.origin)}`);
    assert.deepEqual(warnings, []);
  });

  test('the page opened on its own, not in a frame, warns about nothing', async () => {
    const p = await browser.newPage();
    const warnings: string[] = [];
    p.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text());
    });
    await p.goto(`${server.origin}/dist/embed/index.html`);
    await p.getByRole('button', { name: 'Start now' }).waitFor();
    await p.close();
    assert.deepEqual(
      warnings.filter((w) => w.startsWith('Support Finder:')),
      [],
    );
  });
});
