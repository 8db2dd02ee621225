/**
 * Smoke test of the shipped single file: a plain HTML page that loads only
 * dist/support-finder.js, clicked through from start to a suggestion in Chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchErrors } from './browser.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser({
  setUp: () => {
    server.pages.set('/smoke.html', {
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Smoke</title>
<script type="module" src="/dist/support-finder.js"></script></head>
<body><h1>Host page</h1><support-finder><a href="https://www.llracademy.org/">Fallback</a></support-finder></body></html>`,
    });
  },
});

test('the single-file bundle runs a journey from start to suggestion with no console errors', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/smoke.html`);
  await page.getByRole('button', { name: 'Start now' }).click();
  await assert.doesNotReject(page.getByRole('heading', { name: 'Which of these best describes you?' }).waitFor());
  await page.getByRole('radio', { name: 'I work for the NHS' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: 'Leicester, Leicestershire or Rutland' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: /my own development/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: /find my own answers/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: /specific goal/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'See my suggestion' }).click();
  const heading = page.getByRole('heading', { level: 2, name: /Our suggestion: Coaching/ });
  await heading.waitFor();
  assert.equal((await page.getByRole('link', { name: /llracademy\.org\/coaching-and-mentoring/ }).count()) > 0, true);
  assert.deepEqual(errors, []);
  await page.close();
});
