/**
 * Every value the command prints comes from content files, so it is made printable first: a
 * line break, an escape sequence or a bidi control inside a value would split one problem over
 * several lines, or rewrite or hide what the terminal shows. They are written as escapes
 * (`\n`, `\x1b`, `\u202e`) so one problem is always one line, exactly as written in the file.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(value: string): string {
  return value.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED[c] ??
      (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}

/** Where a command writes: one call per line, each already made printable. */
export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}
