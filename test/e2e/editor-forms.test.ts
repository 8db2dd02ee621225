/**
 * The editor page's forms, its handling of a file not saved as UTF-8, its read-only fallback for
 * browsers without the File System Access API, and axe on its own controls. Built files, Chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchErrors } from './browser.js';
import { projectRoot } from './serve.js';
import { editorPage, findText, folderFiles, savedFile } from './editor-page.js';
import { browser, server, useServerAndBrowser } from './harness.js';

useServerAndBrowser();

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test('an editor adds an area and a contact for it with the forms, saves and publishes them', async () => {
  const { page, errors } = await editorPage();
  await page.getByRole('button', { name: 'New area' }).click();
  const areaForm = page.getByRole('dialog', { name: 'New area' });
  await areaForm.getByRole('textbox', { name: /^Id/ }).fill('north-east');
  await areaForm.getByRole('textbox', { name: 'Name', exact: true }).fill('The North East');
  await areaForm.getByRole('combobox', { name: /^Within/ }).selectOption({ label: 'England' });
  await areaForm.getByRole('textbox', { name: /^Answer people choose/ }).fill('The North East of England');
  await areaForm.getByRole('button', { name: 'Add area' }).click();
  await page.getByRole('status').filter({ hasText: 'Added the area "north-east"' }).waitFor();
  const files = page.getByRole('navigation', { name: 'Content files' });
  await files.getByRole('button', { name: 'guide.md (changed)' }).waitFor();
  await files.getByRole('button', { name: 'area.md (changed)' }).waitFor();

  await page.getByRole('button', { name: 'New contact' }).click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByRole('textbox', { name: /^Id/ }).fill('north-east-hub');
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('North East coaching hub');
  await form.getByRole('textbox', { name: 'Organisation' }).fill('NHS North East');
  await form.getByRole('combobox', { name: /^Level/ }).selectOption('regional');
  await form.getByRole('group', { name: 'Areas it serves' }).getByLabel('The North East').check();
  await form.getByRole('group', { name: 'Audiences it serves' }).getByLabel('NHS staff').check();
  await form.getByRole('group', { name: 'What it can help with' }).getByLabel('Coaching', { exact: true }).check();
  await form.getByLabel('E-mail').fill('north.east@nhs.net');
  await form.getByLabel(/^Source/).fill('Regional staff support directory');
  await form.getByLabel('Description shown to staff').fill('Coaching for NHS staff in the North East.');
  await form.getByRole('button', { name: 'Add contact' }).click();
  await files.getByRole('button', { name: 'north-east-hub.md (changed)' }).waitFor();
  await page.getByRole('heading', { name: 'No problems' }).waitFor();

  // The preview, preset to the new area, shows the new contact on the coaching result.
  const controls = page.getByRole('complementary', { name: 'Preview' });
  await controls.getByRole('combobox', { name: 'Area', exact: true }).selectOption('north-east');
  await controls.getByRole('combobox', { name: 'Audience', exact: true }).selectOption('nhs');
  await controls.getByRole('combobox', { name: 'Go to' }).selectOption({ label: 'Coaching' });
  await page.locator('#preview-slot').getByText('North East coaching hub').waitFor();
  await page
    .locator('#preview-slot')
    .getByText(/^Details from Regional staff support directory/)
    .waitFor();

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('status').filter({ hasText: 'Published' }).waitFor();
  const contact = await savedFile(page, 'contacts/north-east-hub.md');
  assert.match(contact ?? '', /^areas: \[north-east\]$/m);
  assert.match(contact ?? '', /^sources:\n {2}- title: Regional staff support directory$/m, 'the source is written');
  const compiled = JSON.parse((await savedFile(page, 'pack.json')) ?? '{}');
  assert.equal(compiled.areas.find((a: { id: string }) => a.id === 'north-east')?.within, 'england');
  assert.ok(compiled.contacts.some((c: { id: string }) => c.id === 'north-east-hub'));
  assert.match((await savedFile(page, 'pack.yaml')) ?? '', /^ {2}- contacts\/north-east-hub\.md$/m);
  assert.deepEqual(errors, []);
});

test('an editor adds an option to a question with its form, sees it in the preview, and saves it', async () => {
  const { page, errors } = await editorPage();
  const before = readFileSync(join(projectRoot, 'content/questions/aim.md'), 'utf8');
  await page.getByRole('button', { name: 'New question option' }).click();
  const form = page.getByRole('dialog', { name: 'New question option' });
  await form
    .getByRole('combobox', { name: 'Question', exact: true })
    .selectOption({ label: 'What would you like to do?' });
  await form.getByRole('textbox', { name: /^Answer people choose/ }).fill('Plan the next step in my career');
  // The id is suggested from the label.
  const id = form.getByRole('textbox', { name: /^Id/ });
  assert.equal(await id.inputValue(), 'plan-the-next-step-in-my');
  await id.fill('career');
  await form.getByRole('radio', { name: 'Gives points to suggestions' }).check();
  await form
    .getByRole('group', { name: /^Points for each suggestion/ })
    .getByRole('spinbutton', { name: 'Mentoring', exact: true })
    .fill('3');
  await form
    .getByRole('group', { name: /^Points for each suggestion/ })
    .getByRole('spinbutton', { name: 'Team coaching', exact: true })
    .fill('-2');
  await form.getByRole('textbox', { name: /^Reason shown/ }).fill('You want to plan your career: a mentor can help.');
  await form.getByRole('button', { name: 'Add option' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Added the option "career" to content/questions/aim.md.' })
    .waitFor();
  await page.getByRole('heading', { name: 'No problems' }).waitFor();
  assert.equal(await form.isVisible(), false, 'the form closes');
  await page
    .getByRole('navigation', { name: 'Content files' })
    .getByRole('button', { name: 'aim.md (changed)' })
    .waitFor();

  // The preview's page for that question offers the new answer.
  const controls = page.getByRole('complementary', { name: 'Preview' });
  await controls.getByRole('combobox', { name: 'Go to' }).selectOption({ label: 'What would you like to do?' });
  await page.locator('#preview-slot').getByRole('radio', { name: 'Plan the next step in my career' }).waitFor();

  await page.getByRole('button', { name: /^Save/ }).click();
  await page.getByRole('status').filter({ hasText: 'Saved content/questions/aim.md.' }).waitFor();
  const end = before.lastIndexOf('---');
  const inserted =
    '  - id: career\n    label: Plan the next step in my career\n    weights: { mentoring: 3, team-coaching: -2 }\n' +
    '    reason: "You want to plan your career: a mentor can help."\n';
  assert.equal(await savedFile(page, 'questions/aim.md'), before.slice(0, end) + inserted + before.slice(end));

  // An option that says nothing about what it does is added, and its problem shown.
  await page.getByRole('button', { name: 'New question option' }).click();
  await form
    .getByRole('combobox', { name: 'Question', exact: true })
    .selectOption({ label: 'What would you like to do?' });
  await form.getByRole('textbox', { name: /^Answer people choose/ }).fill('Something else');
  await form.getByRole('radio', { name: 'Gives points to suggestions' }).check();
  await form.getByRole('button', { name: 'Add option' }).click();
  await page.getByRole('status').filter({ hasText: 'but the content now has an error: see Problems' }).waitFor();
  await page
    .getByRole('region', { name: /Problems/ })
    .getByRole('button', { name: /the option "something-else" does not say what it tells us/ })
    .waitFor();
  await page.locator('.cm-lintRange-error, .cm-lintPoint-error').first().waitFor();
  // An id the question already has is refused in the form itself.
  await page.getByRole('button', { name: 'New question option' }).click();
  await form
    .getByRole('combobox', { name: 'Question', exact: true })
    .selectOption({ label: 'What would you like to do?' });
  await form.getByRole('textbox', { name: /^Answer people choose/ }).fill('Myself');
  await form.getByRole('textbox', { name: /^Id/ }).fill('self');
  await form.getByRole('button', { name: 'Add option' }).click();
  await form.getByRole('alert').filter({ hasText: 'already has an option with the id "self"' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a file not saved as UTF-8 is named, cannot be published, and is saved as UTF-8', async () => {
  const files = folderFiles();
  const original = readFileSync(join(projectRoot, 'content/contacts/uhl-od.md'), 'latin1');
  // The bytes below start a new line after the file's last one.
  const line = original.split('\n').length;
  // "It’s free – no cost." as Windows-1252 bytes: 0x92 and 0x96 are not UTF-8.
  const bytes = Buffer.concat([Buffer.from(original, 'latin1'), Buffer.from([0x49, 0x74, 0x92, 0x73, 0x20, 0x96])]);
  files['contacts/uhl-od.md'] = bytes.toString('base64');
  const { page, errors } = await editorPage(files);
  const problem = page.getByRole('region', { name: /Problems/ }).getByRole('button', { name: /not saved as UTF-8/ });
  await problem.waitFor();
  assert.match(await problem.innerText(), new RegExp(`^contacts/uhl-od\\.md:${line}:3 error`));
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('status').filter({ hasText: 'Not published' }).waitFor();
  assert.equal(await savedFile(page, 'pack.json'), undefined, 'nothing is published');
  await problem.click();
  await page.locator('.cm-activeLine', { hasText: 'It\u2019s \u2013' }).waitFor();
  await page.getByRole('button', { name: /^Save/ }).click();
  await page.getByRole('heading', { name: 'No problems' }).waitFor();
  assert.match((await savedFile(page, 'contacts/uhl-od.md')) ?? '', /It\u2019s \u2013$/m);
  assert.deepEqual(errors, []);
});

test('without the File System Access API, the folder opens read only and Save downloads the change', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = watchErrors(page);
  await page.addInitScript(() => delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker);
  await page.goto(`${server.origin}/dist/editor/index.html`);
  await page.getByLabel('Open content folder (read only)').setInputFiles(join(projectRoot, 'content'));
  await page.getByRole('status').filter({ hasText: 'read only' }).waitFor();
  await page.getByRole('navigation', { name: 'Content files' }).getByRole('button', { name: 'uhl-od.md' }).click();
  await findText(page, 'ODStaffSupport@uhl-tr.nhs.uk');
  await page.keyboard.insertText('od.support@uhl-tr.nhs.uk');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Save/ }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'uhl-od.md');
  const text = readFileSync((await file.path())!, 'utf8');
  assert.match(text, /^email: od\.support@uhl-tr\.nhs\.uk$/m);
  assert.deepEqual(errors, []);
});

test("axe finds nothing on the editor page's own controls, with a file open and with each of two forms open", async () => {
  const { page } = await editorPage();
  const run = async () => {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
      const w = window as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      // The previewed widget has its own accessibility tests; here, the page around it.
      const r = await w.axe.run(
        { exclude: [['#preview-slot']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
      );
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };
  assert.deepEqual(await run(), []);
  await page.getByRole('button', { name: 'New contact' }).click();
  assert.deepEqual(await run(), []);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New question option' }).click();
  await page.getByRole('dialog', { name: 'New question option' }).waitFor();
  assert.deepEqual(await run(), []);
});
