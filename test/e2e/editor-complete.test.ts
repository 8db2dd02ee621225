/**
 * Completion of ids in the built editor page, in Chromium: typing where a field takes an id
 * (an outcome a contact offers, an option's exit, a question and its options in "when") opens a
 * list of the ids the opened pack has, each with its name, and choosing one writes it in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { projectRoot } from './serve.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Guide } from '../../src/content/schema.js';
import { editorPage, findText } from './editor-page.js';
import { useServerAndBrowser } from './harness.js';

let page: Page;
let errors: string[];
/** CodeMirror's default `interactionDelay`, which the editor keeps. */
const COMPLETION_DELAY_MS = 75;

useServerAndBrowser({
  setUp: async () => {
    ({ page, errors } = await editorPage());
  },
});

const openFile = (name: string) =>
  page
    .getByRole('navigation', { name: 'Content files' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
const list = () => page.locator('.cm-tooltip-autocomplete').getByRole('listbox');
/** Each offered id with its name, as the list shows them. */
const offered = async () => {
  await list().waitFor();
  return list()
    .getByRole('option')
    .evaluateAll((items) =>
      items.map(
        (li) =>
          `${li.querySelector('.cm-completionLabel')?.textContent}: ${li.querySelector('.cm-completionDetail')?.textContent ?? ''}`,
      ),
    );
};

test("a contact's offers are completed from the pack's outcomes, and the chosen id is written in", async () => {
  await openFile('uhl-od.md');
  await findText(page, 'offers: [');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('wel');
  assert.deepEqual(await offered(), ['wellbeing: Support with your wellbeing']);
  // CodeMirror lets keys reach an open list only 75 ms after it opened (its interactionDelay), so
  // that a key pressed before a person can have seen it is not taken as a choice. On a busy
  // machine the list can open just before Enter; a person sees it first.
  await page.waitForTimeout(COMPLETION_DELAY_MS * 2);
  await page.keyboard.press('Enter');
  await page.keyboard.type(', ');
  assert.equal(
    await page.locator('.cm-activeLine').innerText(),
    'offers: [wellbeing, coaching, mentoring, team-coaching]',
  );
  await page.keyboard.press('Control+z');
});

test("an option's exit is completed from the outcomes only", async () => {
  await openFile('aim.md');
  await findText(page, 'exit: wellbeing');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'wellbeing'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('co');
  const ids = await offered();
  assert.ok(ids.includes('coaching: Coaching'), ids.join('\n'));
  assert.ok(ids.includes('team-coaching: Team coaching'), ids.join('\n'));
  // Areas, audiences and questions are not outcomes.
  assert.ok(!ids.some((i) => /^(llr|nhs|aim|area):/.test(i)), ids.join('\n'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
});

test('"when" is completed with question ids as its keys and that question\'s option ids in its lists', async () => {
  await openFile('area.md');
  await findText(page, '[nhs, ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('p');
  assert.deepEqual(await offered(), [`ppv: ${optionLabel('ppv')}`]);
  await page.keyboard.press('Escape');
  await findText(page, 'when: { ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('aud');
  assert.deepEqual(await offered(), [`audience: ${questionText()}`]);
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
});

/** What the default pack, as the command line compiles it, says for the audience question and its option. */
const audience = () =>
  (JSON.parse(readFileSync(join(projectRoot, 'dist/content/default.json'), 'utf8')) as Guide).questions.find(
    (q) => q.id === 'audience',
  )!;
const optionLabel = (id: string) => audience().options.find((o) => o.id === id)!.label;
const questionText = () => audience().question;
