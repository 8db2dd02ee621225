/** Node-only: reading a content folder into the `{ path: text }` map the parser takes. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import type { ContentProblem } from '../content/problem.js';
import { join, relative, sep } from 'node:path';
import { kindOf } from '../content/parse-file.js';
import { isLoadable, listedFiles } from '../content/pack-index.js';
import { MAX_FETCHED_FILES } from '../content/limits.js';

/** Every content file under `dir`, keyed by its path as the editor would type it. */
export async function readPack(dir: string, cwd = process.cwd()): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // One small file after another: for a pack of 5,000 files this takes a tenth of the time that
  // thousands of reads in flight at once do (npm run bench -- --scaling-only).
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(cwd, full).split(sep).join('/');
    if (kindOf(rel)) files[rel] = readFileSync(full, 'utf8');
  }
  // Keys in a stable order, whatever order the directory listed them in.
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export const INDEX_FILE = 'pack.yaml';

/** The pack's files as the index lists them: relative to the pack, guide.md first. */
export function indexNames(files: Record<string, string>, dir: string, cwd = process.cwd()): string[] {
  const base = relative(cwd, dir).split(sep).join('/');
  return Object.keys(files)
    .map((p) => (base && base !== '.' ? p.slice(base.length + 1) : p))
    .sort((a, b) => (a === 'guide.md' ? -1 : b === 'guide.md' ? 1 : a.localeCompare(b)));
}

/** The pack index: every content file, so the widget can load raw Markdown over HTTP. */
export function indexText(files: Record<string, string>, dir: string, cwd = process.cwd()): string {
  return [
    '# The files of this content pack, for loading it as Markdown at run time',
    '# (<support-finder src=".../pack.yaml">). Rewrite it with: npx support-finder index <folder>',
    'files:',
    // Quoted, so a name with "#", ": " or a leading "-" reads back exactly as it is.
    ...indexNames(files, dir, cwd).map((n) => `  - ${/^[a-z0-9][a-z0-9/_.-]*$/i.test(n) ? n : JSON.stringify(n)}`),
    '',
  ].join('\n');
}

export async function writeIndex(dir: string, files: Record<string, string>, cwd = process.cwd()): Promise<string> {
  const path = join(dir, INDEX_FILE);
  await writeFile(path, indexText(files, dir, cwd));
  return path;
}

/** The index must list exactly the pack's files, or run-time loading would differ from the check. */
export async function indexProblems(
  dir: string,
  files: Record<string, string>,
  cwd = process.cwd(),
): Promise<ContentProblem[]> {
  const path = relative(cwd, join(dir, INDEX_FILE)).split(sep).join('/');
  const at = { path, line: 1, col: 1 };
  if (!existsSync(join(dir, INDEX_FILE)))
    return [
      {
        ...at,
        severity: 'warning',
        message: `there is no ${INDEX_FILE}, so this pack cannot be loaded as Markdown at run time. Run "npx support-finder index" to create it.`,
        rule: 'pack-index',
      },
    ];
  let listed: unknown[] | undefined;
  try {
    listed = listedFiles(await readFile(join(dir, INDEX_FILE), 'utf8'));
  } catch (error) {
    return [
      {
        ...at,
        severity: 'error',
        message: `${INDEX_FILE} could not be read: ${(error as Error).message.split('\n')[0]}`,
        rule: 'pack-index',
      },
    ];
  }
  return compareIndex(at, indexNames(files, dir, cwd), (listed ?? []).map(String));
}

/** What the index gets wrong: names the widget cannot load, and files it lists or leaves out. */
function compareIndex(
  at: Omit<ContentProblem, 'severity' | 'message' | 'rule'>,
  expected: string[],
  names: string[],
): ContentProblem[] {
  const listedSet = new Set(names);
  const expectedSet = new Set(expected);
  const missing = expected.filter((n) => !listedSet.has(n));
  const extra = names.filter((n) => !expectedSet.has(n));
  const unloadable = expected.filter((n) => !isLoadable(n));
  const warnings: ContentProblem[] = [];
  if (unloadable.length)
    warnings.push({
      ...at,
      severity: 'warning',
      message: `the widget cannot load ${unloadable.map((n) => `"${n}"`).join(', ')} at run time. Rename ${unloadable.length === 1 ? 'it' : 'them'} with only letters, digits, "-" and "_".`,
      rule: 'pack-index',
    });
  if (expected.length > MAX_FETCHED_FILES)
    warnings.push({
      ...at,
      severity: 'warning',
      message: `this pack has ${expected.length} files, more than the ${MAX_FETCHED_FILES} the widget fetches one by one, so it cannot be loaded as Markdown at run time. Serve the compiled pack instead: "npx support-finder build <folder> --out pack.json" writes it as one file.`,
      rule: 'pack-index',
    });
  if (!missing.length && !extra.length) return warnings;
  const parts = [
    missing.length ? `does not list ${missing.join(', ')}` : '',
    extra.length ? `lists ${extra.join(', ')}, which is not in the pack` : '',
  ];
  return [
    ...warnings,
    {
      ...at,
      severity: 'error',
      message: `${INDEX_FILE} ${parts.filter(Boolean).join(' and ')}. Run "npx support-finder index" to rewrite it.`,
      rule: 'pack-index',
    },
  ];
}
