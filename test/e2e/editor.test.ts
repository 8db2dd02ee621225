/**
 * The content editor page, built (dist/editor/), in Chromium: an editor's whole journey from
 * opening the folder to a published change, with no terminal; then the published pack loaded by
 * a plain host page. The folder is the origin-private file system, handed to the page through
 * its public `supportFinderEditor.open`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { watchErrors } from './browser.js';
import { projectRoot } from './serve.js';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { editorPage, clickLine, savedFile } from './editor-page.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser();

const preview = (page: Page) => page.locator('#preview-slot support-finder');

test("an editor changes a contact's e-mail address and publishes it, and staff pages get it", async () => {
  const { page, errors } = await editorPage();
  await page.getByRole('navigation', { name: 'Content files' }).getByRole('button', { name: 'uhl-od.md' }).click();
  await page.getByRole('heading', { name: 'content/contacts/uhl-od.md' }).waitFor();
  await clickLine(page, 'email: ODStaffSupport@uhl-tr.nhs.uk');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('email: od.support@uhl-tr.nhs.uk');
  // The preview shows the change: preset the area and audience, then go to the coaching result.
  const controls = page.getByRole('complementary', { name: 'Preview' });
  await controls.getByRole('combobox', { name: 'Area', exact: true }).selectOption('llr');
  await controls.getByRole('combobox', { name: 'Audience', exact: true }).selectOption('nhs');
  await controls.getByRole('combobox', { name: 'Go to' }).selectOption({ label: 'Coaching' });
  await preview(page).getByRole('link', { name: 'od.support@uhl-tr.nhs.uk' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'No problems' }).count(), 1);

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('status').filter({ hasText: 'Published' }).waitFor();
  const source = await savedFile(page, 'contacts/uhl-od.md');
  assert.match(source ?? '', /^email: od\.support@uhl-tr\.nhs\.uk$/m, 'the Markdown is saved');
  const compiled = await savedFile(page, 'pack.json');
  const index = await savedFile(page, 'pack.yaml');
  assert.ok(compiled && index, 'pack.json and pack.yaml are written');
  assert.match(index, /^ {2}- contacts\/uhl-od\.md$/m);

  // A plain host page loads the published pack.
  server.pages.set('/published/pack.json', { body: compiled });
  server.pages.set('/published/host.html', {
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/dist/support-finder.js"></script></head>
<body><h1>Intranet</h1><support-finder src="/published/pack.json" area="llr" audience="nhs"><a href="https://www.llracademy.org/">Fallback</a></support-finder></body></html>`,
  });
  const host = await browser.newPage();
  const hostErrors = watchErrors(host);
  await host.goto(`${server.origin}/published/host.html`);
  await host.getByRole('button', { name: 'Start now' }).click();
  for (const name of [/own development/, /own answers/, /specific goal/]) {
    await host.getByRole('radio', { name }).check();
    await host.getByRole('button', { name: 'Continue' }).click();
  }
  await host.getByRole('button', { name: 'See my suggestion' }).click();
  await host.getByRole('link', { name: 'od.support@uhl-tr.nhs.uk' }).waitFor();
  assert.deepEqual([...errors, ...hostErrors], []);
});

test('the editor page makes the sign-off report for the content as edited, and refuses while it has errors', async () => {
  const { page, errors } = await editorPage();
  const downloads: { name: string; text: string }[] = [];
  page.on('download', (d) => {
    void d
      .path()
      .then(async (file) => downloads.push({ name: d.suggestedFilename(), text: await readFile(file, 'utf8') }));
  });
  // An edit the report must show: a contact renamed in the editor, not yet saved.
  await page.getByRole('navigation', { name: 'Content files' }).getByRole('button', { name: 'uhl-od.md' }).click();
  await clickLine(page, 'name: Organisational Development team');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('name: Organisational Development and Coaching team');
  await page.getByRole('button', { name: 'Report for sign-off' }).click();
  await page.getByRole('status').filter({ hasText: 'Downloaded report.html and paths.csv' }).waitFor();
  // Downloads are read from disk as they finish: wait for both, a few seconds at most.
  for (let i = 0; i < 50 && downloads.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(downloads.map((d) => d.name).sort(), ['paths.csv', 'report.html']);
  const html = downloads.find((d) => d.name === 'report.html')!.text;
  assert.match(html, /Approved by \(name\)/);
  assert.match(html, /Organisational Development and Coaching team/, 'the report is of the content as edited');
  assert.match(html, /Where it comes from/, "each outcome's sources, read from the files as the CLI reads them");
  assert.doesNotMatch(
    html,
    /<p><span class="flag">no source recorded<\/span><\/p>/,
    'every default outcome names its source',
  );
  assert.match(downloads.find((d) => d.name === 'paths.csv')!.text, /^Path,/);

  // With an error in the content there is no report, and the editor says why.
  await clickLine(page, 'level: local');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('level: nearby');
  await page.getByRole('button', { name: 'Report for sign-off' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /No report: there (is 1 error|are \d+ errors) to fix first/ })
    .waitFor();
  assert.equal(downloads.length, 2, 'nothing more is downloaded');
  assert.deepEqual(errors, []);
});

test('the editor page also opens from a file (file://), for example on a shared drive, and offers the folder', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(pathToFileURL(join(projectRoot, 'dist/editor/index.html')).href);
  await page.getByRole('button', { name: 'Open content folder' }).waitFor();
  assert.equal(await page.evaluate(() => isSecureContext && typeof window.supportFinderEditor.open), 'function');
  assert.deepEqual(errors, []);
});
