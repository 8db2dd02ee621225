/** Node-only: reading a content folder into the `{ path: text }` map the parser takes. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import { createMarkdown, type RenderMarkdown } from '../content/markdown.js';
import { kindOf } from '../content/parse.js';

/** Every content file under `dir`, keyed by its path as the editor would type it. */
export async function readPack(dir: string, cwd = process.cwd()): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(cwd, full).split(sep).join('/');
    if (kindOf(rel)) files[rel] = await readFile(full, 'utf8');
  }
  return files;
}

let markdown: RenderMarkdown | undefined;

/** The Markdown pipeline with a jsdom window, created once per process. */
export function nodeMarkdown(): RenderMarkdown {
  markdown ??= createMarkdown(new JSDOM('').window as unknown as Window & typeof globalThis);
  return markdown;
}

export const today = (): string => new Date().toISOString().slice(0, 10);
