/**
 * Files that are not saved as UTF-8. Node's file reading and the browser's `response.text()` turn
 * each byte they cannot read into U+FFFD, so the checker looks for that character; the editor
 * page, which has the bytes, decodes them strictly with `decodeContent`.
 */
export const NOT_UTF8_MESSAGE =
  'this file is not saved as UTF-8, so some characters on this line cannot be read (staff would see "\uFFFD"). ' +
  'Open it in the content editor page and save it, or in Notepad choose File > Save as and set Encoding to UTF-8.';

/** Where the first unreadable character is, if any. */
export function notUtf8(text: string): { line: number; col: number } | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const before = text.slice(0, at).split(/\r\n?|\n/);
  return { line: before.length, col: (before[before.length - 1]?.length ?? 0) + 1 };
}

export interface Decoded {
  text: string;
  /** Set when the bytes are not UTF-8: they were read as Windows-1252 (what Notepad and Word save) instead. */
  notUtf8?: { line: number; col: number };
}

/** Strict UTF-8; on failure, Windows-1252 so nothing is lost, and where the first bad byte was. */
export function decodeContent(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    return { text: new TextDecoder('windows-1252').decode(bytes), notUtf8: notUtf8(loose) };
  }
}
