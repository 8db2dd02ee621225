/**
 * Each mistake the check explains, made in the built editor page as an editor would make it:
 * seen inline in the text and in the problems list (which jumps to it), the preview keeping its
 * last good render beside the problems, then fixed with Undo and the preview current again.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { projectRoot } from './serve.js';
import { editorPage, clickLine, findText } from './editor-page.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser } from './harness.js';

let page: Page;
let errors: string[];

useServerAndBrowser({
  setUp: async () => {
    ({ page, errors } = await editorPage());
  },
});

const problems = () => page.getByRole('region', { name: /Problems|No problems/ });
const openFile = (name: string) =>
  page
    .getByRole('navigation', { name: 'Content files' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();

/** The line number (from 1) of the first line of a content file that contains `text`. */
function lineOf(path: string, text: string): number {
  const lines = readFileSync(join(projectRoot, 'content', path), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${path} has a line with "${text}"`);
  return i + 1;
}

/** Waits for one problem in the list with this text, checks it is marked inline too, and returns the list's texts. */
async function expectProblem(text: RegExp): Promise<string[]> {
  await problems().getByRole('button', { name: text }).waitFor();
  await page.locator('.cm-lintRange-error, .cm-lintPoint-error').first().waitFor();
  const stale = page.getByRole('complementary', { name: 'Preview' }).locator('.stale');
  await stale.waitFor();
  assert.match(await stale.innerText(), /so this is the last version without errors/);
  assert.equal(await page.locator('#preview-slot support-finder').count(), 1, 'the last good render stays');
  return problems().getByRole('listitem').allInnerTexts();
}

async function undoAll(): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+z');
  await problems().getByRole('heading', { name: 'No problems' }).waitFor();
  assert.equal(await page.locator('.stale').count(), 0, 'the preview is current again');
  assert.equal(await page.locator('.cm-lintRange-error, .cm-lintPoint-error').count(), 0);
}

describe('mistakes in the editor page', () => {
  test('a tab used for indentation is named, once, at its line', async () => {
    await openFile('uhl-od.md');
    await clickLine(page, 'email: ODStaffSupport');
    await page.keyboard.insertText('\t');
    const list = await expectProblem(/indented with a tab/);
    assert.equal(list.length, 1, list.join('\n'));
    assert.match(
      list[0]!,
      new RegExp(`^contacts/uhl-od\\.md:${lineOf('contacts/uhl-od.md', 'email: ODStaffSupport')}:1 `),
    );
    await undoAll();
  });

  test('one mis-indented option is one message, with no knock-on errors in other files', async () => {
    await openFile('aim.md');
    await clickLine(page, '- id: team');
    await page.keyboard.insertText(' ');
    const list = await expectProblem(/not lined up with the lines around it/);
    assert.equal(list.length, 1, list.join('\n'));
    // The problems list jumps to the line.
    await page.locator('.cm-content').press('Control+Home');
    await problems()
      .getByRole('button', { name: /not lined up/ })
      .click();
    const line = await page.locator('.cm-activeLine').innerText();
    assert.match(line, /- id: team/);
    await undoAll();
  });

  test('curly quotes around an id are named as the cause', async () => {
    await openFile('aim.md');
    await findText(page, 'exit: wellbeing');
    await page.keyboard.insertText('exit: \u201Cwellbeing\u201D');
    const list = await expectProblem(/curly quotes/);
    assert.ok(
      list.some((l) => l.startsWith(`questions/aim.md:${lineOf('questions/aim.md', 'exit: wellbeing')}:11 error`)),
      list.join('\n'),
    );
    await undoAll();
  });

  test('a contact offering an outcome that does not exist is found by the whole-pack check, and not published', async () => {
    await openFile('uhl-od.md');
    await findText(page, 'offers: [');
    // Publish at once, before typing has paused: it runs the whole check itself.
    await page.keyboard.insertText('offers: [no-such-outcome, ');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Not published: there is 1 error' }).waitFor();
    const list = await expectProblem(/there is no outcome with the id "no-such-outcome"/);
    assert.equal(list.length, 1, list.join('\n'));
    assert.match(list[0]!, new RegExp(`^contacts/uhl-od\\.md:${lineOf('contacts/uhl-od.md', 'offers: [')}:\\d+ error`));
    await undoAll();
  });

  test('while typing, the file typed in is checked at once and the whole pack when typing pauses', async () => {
    await openFile('uhl-od.md');
    await findText(page, 'offers: [');
    await page.keyboard.insertText('offers: [no-such-outcome, ');
    // The quick check passes this file on its own, and says the whole pack is being checked.
    await problems().getByText('Checking the whole pack again').waitFor();
    await problems()
      .getByRole('button', { name: /there is no outcome with the id "no-such-outcome"/ })
      .waitFor();
    assert.equal(await problems().getByText('Checking the whole pack again').count(), 0);
    await undoAll();
  });

  test('an area added to guide.md that no question offers is an error', async () => {
    await openFile('guide.md');
    // The top-level "audiences:" list, just after the areas (a help line names audiences too).
    await clickLine(page, '- id: nhs');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    assert.equal(await page.locator('.cm-activeLine').innerText(), 'audiences:');
    await page.keyboard.insertText('  - id: wales\n    name: Wales\n');
    const list = await expectProblem(/no question offers the area "wales"/);
    assert.equal(list.length, 1, list.join('\n'));
    await undoAll();
    assert.deepEqual(errors, []);
  });
});
