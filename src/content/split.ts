/**
 * The first job on a content file: refuse what is not a readable text file, then split it into
 * its front matter (between two lines of `---`) and its Markdown body.
 */
import { codePoint } from './links.js';
import { NOT_UTF8_MESSAGE, notUtf8 } from './encoding.js';
import { START } from './positions.js';
import type { ReportProblem, SourceFile } from './source-file.js';

/**
 * Content files are a few kB. Far bigger is a mistake (a pasted document, a wrong file), so it is
 * refused before parsing: the editor hears about it at once rather than after a long check.
 */
export const MAX_FILE_LENGTH = 100_000;

/** Reports a file too big, binary or not UTF-8; true if it can be read as text. */
function readable(file: SourceFile, text: string, report: ReportProblem): boolean {
  if (text.length > MAX_FILE_LENGTH) {
    report(
      file,
      START,
      'error',
      `this file is ${Math.round(text.length / 1000)} kB, more than the ${MAX_FILE_LENGTH / 1000} kB a content file may be. Split it up, or remove what does not belong.`,
      'too-large',
    );
    return false;
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    report(file, START, 'error', 'this is not a text file. Save it as plain UTF-8 text.', 'not-text');
    return false;
  }
  const unreadable = notUtf8(text);
  if (unreadable) report(file, unreadable, 'error', NOT_UTF8_MESSAGE, 'not-utf8');
  return !unreadable;
}

/**
 * Characters that change how the text around them reads or that cannot be seen: bidi
 * embeddings, overrides and isolates, zero-width spaces and joiners, the word joiner, a byte
 * order mark inside the text. In a name, a label or a link's text they can make one thing look
 * like another ("\u202Ekcilc" shows as "click"). Reported where they are, a few per file.
 */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

function reportInvisible(file: SourceFile, text: string, report: ReportProblem): void {
  let count = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    const before = text.slice(0, match.index).split('\n');
    report(
      file,
      { line: before.length, col: (before[before.length - 1]?.length ?? 0) + 1 },
      'error',
      `there is an invisible character here (${codePoint(match[0])}) that can change how the text around it reads. Delete it.`,
      'hidden-character',
    );
    if (++count === 5) break;
  }
}

/**
 * Sets the file's body and where it starts; returns the front matter's text, or undefined (with
 * the problem reported) when the file has none that can be read.
 */
export function splitFrontMatter(file: SourceFile, text: string, report: ReportProblem): string | undefined {
  if (!readable(file, text, report)) return undefined;
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  reportInvisible(file, normalised, report);
  if (!normalised.startsWith('---\n')) {
    report(
      file,
      START,
      'error',
      'the file must start with a line of three dashes (---), then its settings, then another ---.',
      'front-matter',
    );
    return undefined;
  }
  const rest = normalised.slice(4);
  const end = /^---[ \t]*$/m.exec(rest);
  if (!end) {
    report(
      file,
      START,
      'error',
      'the settings at the top are never closed. Add a line of three dashes (---) after them.',
      'front-matter',
    );
    return undefined;
  }
  const yaml = rest.slice(0, end.index);
  file.body = rest.slice(end.index + end[0].length).replace(/^\n/, '');
  file.bodyLine = 2 + yaml.split('\n').length;
  return yaml;
}
