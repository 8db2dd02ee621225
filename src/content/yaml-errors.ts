/**
 * Turns the YAML parser's errors into what an editor needs: one message per mistake, with the fix.
 * One misplaced line makes the parser report three or four errors (each a knock-on of the first),
 * so only the first is explained; a tab used for indentation is named as the cause wherever it is.
 * Duplicate keys are separate mistakes and are each kept.
 */
export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  message: string;
  rule: string;
}

interface ParserError {
  code: string;
  message: string;
  pos: [number, number];
}

const INDENT_CODES = new Set(['BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN']);
const NESTING_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

const firstLine = (message: string): string =>
  (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

export function explainYamlErrors(yaml: string, errors: readonly ParserError[]): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const err of errors)
    if (err.code === 'DUPLICATE_KEY')
      out.push({
        offset: err.pos[0],
        message: `this setting appears twice. Keep one of them. (${firstLine(err.message)})`,
        rule: 'duplicate-key',
      });
  const others = errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  const first = others[0];
  if (!first) return out;
  const tab = /^[ ]*\t/m.exec(yaml);
  if (tab) {
    out.push({
      offset: tab.index + tab[0].length - 1,
      message:
        'this line is indented with a tab. Settings must be indented with spaces only: delete the tab and type spaces, lined up with the line above.',
      rule: 'yaml-tab',
    });
  } else if (INDENT_CODES.has(first.code)) {
    out.push({
      offset: lineStart(yaml, first.pos[0]),
      message:
        'this line is not lined up with the lines around it. The "- " items of one list, and the settings in one group, must each start at exactly the same column: move this line left or right to match.',
      rule: 'yaml-indent',
    });
  } else if (NESTING_CODES.has(first.code)) {
    out.push({
      offset: first.pos[0],
      message:
        'the settings could not be read here. Either the next line is indented further than this one (line it up), or this value contains ": " and needs quotes around it.',
      rule: 'yaml-indent',
    });
  } else {
    out.push({
      offset: first.pos[0],
      message: `the settings could not be read: ${firstLine(first.message)}. Check the indentation, and put text containing ": " in quotes.`,
      rule: 'yaml-syntax',
    });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function lineStart(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ ]*/.exec(text.slice(start))?.[0].length ?? 0;
  return start + indent;
}
