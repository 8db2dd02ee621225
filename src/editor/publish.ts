/**
 * Publishing from the editor page: only when the whole pack has no errors, write the two files
 * staff pages can load, `pack.yaml` (the list of Markdown files, for raw loading) and `pack.json`
 * (the compiled, checked pack, which the README recommends). The same files the CLI writes.
 */
import type { Guide } from '../content/schema.js';

export const INDEX_FILE = 'pack.yaml';
export const COMPILED_FILE = 'pack.json';

/** The same text `support-finder index` writes: guide.md first, then every other file in order. */
export function indexText(paths: readonly string[]): string {
  const names = paths
    .map((p) => p.split('/').slice(1).join('/'))
    .sort((a, b) => (a === 'guide.md' ? -1 : b === 'guide.md' ? 1 : a.localeCompare(b)));
  return [
    '# The files of this content pack, for loading it as Markdown at run time',
    '# (<support-finder src=".../pack.yaml">). Rewrite it with: npx support-finder index <folder>',
    'files:',
    ...names.map((n) => `  - ${n}`),
    '',
  ].join('\n');
}

export const compiledText = (guide: Guide): string => JSON.stringify(guide);
