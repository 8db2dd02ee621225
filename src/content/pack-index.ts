/**
 * pack.yaml, the index of a pack's Markdown files, read one way for the run-time loader
 * (src/load/runtime.ts) and for the check of a pack folder (src/node/files.ts).
 */
import { parse } from 'yaml';
import { MAX_FETCHED_FILES, PACK_FILE_NAME } from './limits.js';

/** The index's `files:` list as written, or undefined when it has none. Throws on YAML it cannot parse. */
export function listedFiles(text: string): unknown[] | undefined {
  const files = (parse(text) as { files?: unknown } | null)?.files;
  return Array.isArray(files) ? files : undefined;
}

/** A name the run-time loader will fetch: a Markdown file inside the pack. */
export const isLoadable = (name: string): boolean => PACK_FILE_NAME.test(name) && !name.includes('..');

/** The names the loader fetches, or why it refuses the list (for the console, not for staff). */
export function loadableFiles(files: unknown[] | undefined): { names: string[] } | { problem: string } {
  if (!files || !files.every((f) => typeof f === 'string'))
    return { problem: 'the pack index needs a "files:" list of Markdown files' };
  if (files.length > MAX_FETCHED_FILES)
    return {
      problem: `the pack index lists ${files.length} files, more than the ${MAX_FETCHED_FILES} fetched at run time: serve the compiled pack`,
    };
  if (new Set(files).size !== files.length) return { problem: 'the pack index lists a file more than once' };
  const odd = files.find((f) => !isLoadable(f));
  if (odd !== undefined) return { problem: `the pack index lists "${odd}", which is not a Markdown file in the pack` };
  return { names: files };
}
