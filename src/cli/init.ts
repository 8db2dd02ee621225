/**
 * `support-finder init DIR`: writes a new starter content pack (one area, one audience, two
 * questions, one outcome of each kind, two contacts) whose comments explain the content model,
 * so a region can start its own pack from something that already passes `check`.
 * It writes only into a new or empty folder: nothing that exists is ever overwritten.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPack, today, writeIndex } from '../node/files.js';
import type { CliIO } from './printable.js';

/** The package root: two folders up from both src/cli/init.ts and the built dist/cli/bin.js. */
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STARTER = join(packageRoot, 'templates', 'starter');
/** The editors' guide to the content model, copied in beside the new pack. */
const EDITORS_GUIDE = join(packageRoot, 'content', 'README.md');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Runs `init`; returns the exit code. */
export async function init(dir: string | undefined, io: CliIO, date = today()): Promise<number> {
  if (!dir) {
    io.err('Usage:\n  support-finder init DIR   Write a new starter content pack into DIR (a new or empty folder)');
    return 2;
  }
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) {
      io.err(`${dir}:1:1 error this is a file, not a folder. Choose a new folder for the pack. [init-not-empty]`);
      return 1;
    }
    if (readdirSync(dir).length) {
      io.err(
        `${dir}:1:1 error this folder is not empty, so nothing was written: init never overwrites files. Choose a new or empty folder. [init-not-empty]`,
      );
      return 1;
    }
  }
  const written: string[] = [];
  for (const file of listFiles(STARTER)) {
    const text = (await readFile(join(STARTER, file), 'utf8')).replaceAll('{{today}}', date);
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
    written.push(file.split(sep).join('/'));
  }
  if (existsSync(EDITORS_GUIDE)) {
    await writeFile(join(dir, 'README.md'), await readFile(EDITORS_GUIDE, 'utf8'));
    written.push('README.md');
  }
  await writeIndex(dir, await readPack(dir));
  written.push('pack.yaml');
  for (const file of written.sort()) io.out(`Wrote ${join(dir, file).split(sep).join('/')}`);
  io.out(
    `Next: replace the example wording and addresses in ${dir}, then run "npx support-finder check ${dir}". README.md there explains every field.`,
  );
  return 0;
}
