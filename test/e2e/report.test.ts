/**
 * The content report as the person signing off uses it: written by the built CLI from the
 * default pack, opened in Chromium, and printed to PDF.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch, watchErrors } from './browser.js';
import { printFile } from './print.js';
import { projectRoot } from './serve.js';

const out = mkdtempSync(join(tmpdir(), 'sf-report-e2e-'));
const file = join(out, 'report.html');
let browser: Browser;

before(async () => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'dist/cli/bin.js'), 'report', 'content', '--out', out], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr || run.stdout);
  browser = await launch();
});
after(async () => browser?.close());

describe('the content report in Chromium', () => {
  test('opens with no errors and no script, and its CSV download is beside it', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.evaluate(() => document.scripts.length), 0);
    const href = await page.getByRole('link', { name: 'paths.csv' }).getAttribute('href');
    assert.equal(href, 'paths.csv');
    assert.ok(existsSync(join(out, href!)));
    await page.getByRole('link', { name: 'Coaching', exact: true }).first().click();
    assert.match(page.url(), /#outcome-coaching$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('every label in the flow diagram fits inside its box', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('svg g')].flatMap((g) => {
        const rect = g.querySelector('rect')?.getBBox();
        const text = g.querySelector('text')?.getBBox();
        if (!rect || !text) return [];
        const fits =
          text.x >= rect.x - 1 &&
          text.y >= rect.y - 1 &&
          text.x + text.width <= rect.x + rect.width + 1 &&
          text.y + text.height <= rect.y + rect.height + 1;
        return fits ? [] : [g.textContent];
      }),
    );
    assert.deepEqual(overflow, []);
    assert.ok((await page.locator('svg g.question').count()) >= 10);
    await page.close();
  });

  test('in print, nothing is wider than an A4 page and the sign-off fields show', async () => {
    const page = await browser.newPage({ viewport: { width: 700, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file).href);
    const wide = await page.evaluate(
      () => [...document.querySelectorAll('table')].filter((t) => t.scrollWidth > t.clientWidth + 1).length,
    );
    assert.equal(wide, 0, 'tables wider than the page');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 701));
    for (const label of ['Approved by (name)', 'Role', 'Date', 'Signature'])
      assert.ok(await page.locator('.sign-off .label', { hasText: label }).first().isVisible(), label);
    assert.equal(await page.locator('nav').isVisible(), false, 'the contents list is for the screen only');
    await page.close();
  });

  test('prints to a few A4 pages per outcome, not hundreds', async () => {
    const outcomes = (readFileSync(file, 'utf8').match(/<article id="outcome-/g) ?? []).length;
    const { pages } = await printFile(browser, file);
    console.log(`# default pack report: ${pages} printed pages for ${outcomes} outcomes`);
    assert.ok(outcomes >= 10);
    assert.ok(pages <= outcomes * 4, `${pages} pages`);
    assert.ok(pages >= outcomes, 'each outcome starts on its own page');
  });
});
