/** Where things sit in a content file, as the 1-based line and column an editor shows. */
import { isMap, type Node } from 'yaml';
import { findPair } from 'yaml/util';
import type { Position, SourceFile } from './source-file.js';

export const START: Position = { line: 1, col: 1 };

/** A line and column of the front matter, made a line and column of the whole file. */
export function shift(file: SourceFile, pos: Position): Position {
  return { line: pos.line + file.yamlLine - 1, col: pos.col };
}

/** The position of a character offset in the front matter. */
export function yamlPosition(file: SourceFile, offset: number): Position {
  return file.lines ? shift(file, file.lines.linePos(offset)) : { line: file.yamlLine, col: 1 };
}

/** The node at `path` (with `key`, the key naming it, or the key when it has no value). */
function nodeAt(file: SourceFile, path: readonly (string | number)[], key: boolean): Node | undefined {
  const doc = file.doc!;
  if (!path.length) return doc.contents ?? undefined;
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (isMap(parent)) {
    const pair = findPair(parent.items, path[path.length - 1]);
    if (!pair) return undefined;
    return ((key ? pair.key : pair.value) ?? pair.key) as Node | undefined;
  }
  return doc.getIn(path, true) as Node | undefined;
}

/** Where a value (or, with `key`, its key) sits in the file. Falls back to the nearest parent. */
export function locate(file: SourceFile, path: readonly (string | number)[], key = false): Position {
  if (!file.doc || !file.lines) return START;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(file, path.slice(0, depth), key && depth === path.length);
    if (node) return node.range ? yamlPosition(file, node.range[0]) : { line: file.yamlLine, col: 1 };
  }
  return { line: file.yamlLine, col: 1 };
}

/** Position of a character offset within the Markdown body. */
export function bodyPosition(file: SourceFile, offset: number): Position {
  const before = file.body.slice(0, offset).split('\n');
  return { line: file.bodyLine + before.length - 1, col: (before[before.length - 1]?.length ?? 0) + 1 };
}
