/**
 * Escaping for every format the report writes. Content is never trusted here: a compiled pack
 * can hold anything, so each writer escapes all text it takes from the Guide.
 */

/** Control characters (C0, DEL, C1), line and paragraph separators: none belongs in one line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of plain text: control characters and line breaks become single spaces. */
export const oneLine = (text: string): string => text.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML[c]!);

/**
 * Text for Markdown, safe anywhere inline (paragraphs, list items, table cells): rendered with
 * marked or any CommonMark renderer it is shown as the same text and never becomes HTML, a link,
 * an image, an automatic link or emphasis. Markdown punctuation is backslash-escaped, `<`, `>` and `&` become
 * entities (raw HTML needs a literal `<`), and a leading list or heading marker is escaped too.
 */
export function md(text: string): string {
  return (
    oneLine(text)
      .replace(/[\\`*_[\]{}()#!|~^$:@]/g, '\\$&')
      // GFM turns bare addresses into links: escaping ":" and "@" stops "http://" and e-mail ones, this "www." ones.
      .replace(/\bwww\./gi, (m) => `${m.slice(0, -1)}\\.`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`))
  );
}

/** A label inside Mermaid's `"..."` (node text and edge labels): entity codes for its syntax. */
export const mermaid = (text: string): string => oneLine(text).replace(/[#"<>|`]/g, (c) => `#${c.charCodeAt(0)};`);

/**
 * One CSV field (RFC 4180): quoted when needed. A field that a spreadsheet would read as a
 * formula (=, +, -, @ first) gets a leading apostrophe so that opening the file runs nothing.
 */
export function csv(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const plural = (n: number, word: string, many = `${word}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? word : many}`;

/** Breaks text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A short fingerprint of the content (FNV-1a, 64 bits as two 32-bit halves), printed on the
 * report so a signed copy can be matched to the exact content it describes.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}`;
}
