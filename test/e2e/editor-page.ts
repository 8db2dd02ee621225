/**
 * Helpers for the editor page tests: a copy of a content folder put into the browser's
 * origin-private file system (the same handle API as a picked folder, with no dialog), handed to
 * the page through its public `supportFinderEditor.open`, and read back after saving.
 */
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { projectRoot } from './serve.js';
import { watchErrors } from './browser.js';
import { browser, server } from './harness.js';

/** Every file of a folder as base64, keyed by its path inside it. */
export function folderFiles(dir = join(projectRoot, 'content')): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String))
    if (name.endsWith('.md')) out[name.split(sep).join('/')] = readFileSync(join(dir, name)).toString('base64');
  return out;
}

export async function openInEditor(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('content', { recursive: true }).catch(() => undefined);
    const content = await root.getDirectoryHandle('content', { create: true });
    for (const [path, base64] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = content;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts[parts.length - 1]!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
    await window.supportFinderEditor.open(content);
  }, files);
  await page.getByRole('status').filter({ hasText: 'Opened content' }).waitFor();
}

/** A new page of the shared browser with the editor page open on `files`, and its errors. */
export async function editorPage(files = folderFiles()): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/dist/editor/index.html`);
  await openInEditor(page, files);
  return { page, errors };
}

/** A file as saved in the origin-private folder, or undefined when there is none. */
export function savedFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('content');
    const parts = path.split('/');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts[parts.length - 1]!)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);
}

/**
 * Selects the first `text` in the open file the way a person would: Ctrl+F, type, Enter, Escape.
 * (CodeMirror draws only the lines in view, so clicking a far line is not possible.)
 */
export async function findText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('textbox', { name: 'Find' });
  await field.fill(text);
  // The search panel reads its field on key up, which fill() does not send.
  await field.press('End');
  await field.press('Enter');
  await field.press('Escape');
}

/** Puts the cursor at the start of the first line containing `text` (after its indentation). */
export async function clickLine(page: Page, text: string): Promise<void> {
  await findText(page, text);
  await page.keyboard.press('Home');
}
