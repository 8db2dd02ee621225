/**
 * `npm start` as an editor uses it: the demo page shows the content folder, a saved change shows
 * without a restart, and a mistake is listed beside the widget as path:line:col.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './browser.js';
import { projectRoot } from './serve.js';

let vite: ChildProcess;
let browser: Browser;
let origin = '';
const content = join(mkdtempSync(join(tmpdir(), 'sf-content-')), 'content');

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

before(async () => {
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  vite = spawn(process.execPath, [join(projectRoot, 'node_modules/vite/bin/vite.js'), '--strictPort'], {
    cwd: projectRoot,
    env: { ...process.env, SF_CONTENT_DIR: content, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite did not start')), 30_000);
    vite.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  vite?.kill();
});

test('the demo page shows a content change without a restart, and lists problems beside the widget', async () => {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.getByRole('heading', { name: 'Find the right development support' }).waitFor();

  const guidePath = join(content, 'guide.md');
  const original = readFileSync(guidePath, 'utf8');
  const reloaded = page.waitForEvent('load');
  writeFileSync(
    guidePath,
    original.replace('title: Find the right development support', 'title: Find support that fits'),
  );
  await reloaded;
  await page.getByRole('heading', { name: 'Find support that fits' }).waitFor();

  const contactPath = join(content, 'contacts/uhl-od.md');
  const contact = readFileSync(contactPath, 'utf8');
  const broken = page.waitForEvent('load');
  writeFileSync(contactPath, contact.replace(/^email:/m, 'emial:'));
  await broken;
  const problem = page.getByText(/contacts\/uhl-od\.md:\d+:1 error "emial" is not a field of a contact/);
  await problem.waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Content problems' }).isVisible(), true);
  await page.close();
  writeFileSync(contactPath, contact);
  writeFileSync(guidePath, original);
});

test('every embedding example under the demo works: script tag, ES module and iframe', async () => {
  for (const [path, check] of [
    ['/script-tag.html', (p: import('playwright-core').Page) => p.getByRole('button', { name: 'Start now' })],
    ['/module.html', (p: import('playwright-core').Page) => p.getByRole('button', { name: 'Start now' })],
    [
      '/iframe.html',
      (p: import('playwright-core').Page) => p.frameLocator('iframe').getByRole('button', { name: 'Start now' }),
    ],
  ] as const) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}${path}`);
    await check(page).waitFor();
    assert.deepEqual(errors, [], path);
    await page.close();
  }
});

test('npm start serves the content editor page, which a saved content change does not reload', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: /Content editor/ }).click();
  await page.getByRole('heading', { name: 'Support Finder content editor' }).waitFor();
  await page.getByRole('button', { name: 'Open content folder' }).waitFor();
  await page.evaluate(() => document.body.setAttribute('data-still-here', ''));
  const guidePath = join(content, 'guide.md');
  const original = readFileSync(guidePath, 'utf8');
  writeFileSync(guidePath, `${original}\n`);
  await page.waitForTimeout(1500);
  writeFileSync(guidePath, original);
  assert.equal(await page.locator('body[data-still-here]').count(), 1, 'the editor page was not reloaded');
  assert.deepEqual(errors, []);
  await page.close();
});
