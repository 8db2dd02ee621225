/**
 * Content mutation: every file of the default pack, broken in the ways files really break (bad
 * indentation, a field dropped or written twice, an id that points nowhere, a wrong type, no
 * front matter, binary junk, an empty file, very long lines, 5 MB, cut off, lines swapped). The
 * editors' check must never throw, and every problem it reports must point at a line and column
 * that exist in the file it names.
 *
 * The quick set is part of `npm test`; `LONG=1` adds many more random mutations (and `SEED=n`
 * repeats a run). See RELIABILITY.md for the figures.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPack } from '../../src/check/check-pack.js';
import { createMarkdown, type RenderMarkdown } from '../../src/content/markdown.js';
import { kindOf } from '../../src/content/parse-file.js';
import type { ContentProblem } from '../../src/content/problem.js';
import { defaultPack, TODAY } from '../fixtures/node.js';

const LONG = process.env['LONG'] === '1';
const SEED = Number(process.env['SEED'] ?? (LONG ? Date.now() % 1_000_000 : 2026));
/** Random mutations of each kind, per file. */
const RANDOM_ROUNDS = LONG ? 4 : 1;
/**
 * The quick run gives each file every STRIDE-th kind of mutation (rotating, so every kind meets
 * several files) and each heavy one (long lines, 5 MB) to one file; the long run gives every
 * file every light kind, and each heavy one to a quarter of the files.
 */
const STRIDE = LONG ? 1 : 3;

/**
 * Three src bugs this suite found, fixed and described in RELIABILITY.md; the mutations below
 * keep covering them.
 *
 * 1. A YAML alias with no anchor (`reviewed: *a`), or an alias bomb, parses without an error,
 *    then `doc.toJS()` in validate() throws a ReferenceError out of checkPack.
 * 2. marked's lexer recurses once per nesting level, so a short line of 2,000 ">" (or 1,000
 *    nested "**", or "> - " repeated) overflows the stack and checkPack throws a RangeError.
 * 3. Sanitising in jsdom (as the build then did) grew faster than the text: a 5 MB body never
 *    finished. Files over 100,000 characters are now refused as \`too-large\`.
 */

/* ---------- Deterministic randomness ---------- */

type Rng = () => number;
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: Rng, n: number) => Math.floor(rng() * Math.max(1, n));
const pick = <T>(rng: Rng, items: readonly T[]): T | undefined => items[int(rng, items.length)];

/* ---------- The check, fast enough to run a thousand times ---------- */

/**
 * The build path's Markdown pipeline, remembering what it rendered: most files are unchanged
 * between mutations.
 */
function cachingMarkdown(): RenderMarkdown {
  const render = createMarkdown();
  const cache = new Map<string, ReturnType<RenderMarkdown>>();
  return (source) => {
    const hit = cache.get(source);
    if (hit) return structuredClone(hit);
    const result = render(source);
    if (source.length < 20_000) cache.set(source, structuredClone(result));
    return result;
  };
}
const markdown = cachingMarkdown();
const check = (files: Record<string, string>) => checkPack(files, { markdown, today: TODAY });

/** Lines as an editor counts them. */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

/* ---------- Mutations ---------- */

interface Parts {
  lines: string[];
  /** Index of the closing "---", or -1. */
  close: number;
}
function parts(text: string): Parts {
  const lines = text.split('\n');
  const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return { lines, close };
}
/** Indexes of front matter lines that match. */
function frontLines(text: string, test: (line: string) => boolean): number[] {
  const { lines, close } = parts(text);
  const out: number[] = [];
  for (let i = 1; i < (close < 0 ? 0 : close); i++) if (test(lines[i]!)) out.push(i);
  return out;
}
function editLine(text: string, i: number | undefined, edit: (line: string) => string | string[]): string {
  if (i === undefined) return text;
  const lines = text.split('\n');
  const replaced = edit(lines[i] ?? '');
  lines.splice(i, 1, ...(Array.isArray(replaced) ? replaced : [replaced]));
  return lines.join('\n');
}
/** A top-level key's line and every more-indented line under it. */
function blockEnd(lines: string[], start: number, close: number): number {
  let end = start + 1;
  while (end < close && /^(\s|-\s)/.test(lines[end] ?? '')) end++;
  return end;
}

/** Every id declared anywhere in the pack, for dangling references. */
let ids: string[] = [];

interface Mutation {
  name: string;
  /** Deterministic mutations run once per file; random ones RANDOM_ROUNDS times. */
  random?: boolean;
  /** Slow (long lines, megabytes): once in the quick run, on a quarter of the files in the long one. */
  heavy?: boolean;
  apply(text: string, rng: Rng): string;
}

const JUNK = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udfff',
  '\r',
  '\t',
  '\v',
  '\f',
  '---',
  ': ',
  '- ',
  '"',
  "'",
  '{',
  '[',
  '&',
  '*',
  '!',
  '|',
  '>',
  '#',
  '%',
  '@',
  '`',
];

const MUTATIONS: Mutation[] = [
  { name: 'empty file', apply: () => '' },
  { name: 'only blank lines', apply: () => '\n\n   \n\t\n' },
  { name: 'only the opening dashes', apply: () => '---\n' },
  { name: 'two dashes lines and nothing else', apply: () => '---\n---\n' },
  {
    name: 'strip the front matter',
    apply: (t) =>
      parts(t)
        .lines.slice(parts(t).close + 1)
        .join('\n'),
  },
  {
    name: 'never close the front matter',
    apply: (t) => {
      const { lines, close } = parts(t);
      return close < 0 ? t : [...lines.slice(0, close), ...lines.slice(close + 1)].join('\n');
    },
  },
  { name: 'lose the opening dashes', apply: (t) => t.replace(/^---\n/, '') },
  { name: 'front matter that is a list', apply: (t) => t.replace(/^---\n/, '---\n- a\n- b\n---\n') },
  { name: 'front matter that is a plain string', apply: (t) => t.replace(/^---\n/, '---\njust words\n---\n') },
  { name: 'Windows line endings and a byte order mark', apply: (t) => `\ufeff${t.replace(/\n/g, '\r\n')}` },
  { name: 'old Mac line endings', apply: (t) => t.replace(/\n/g, '\r') },
  { name: 'tab instead of spaces everywhere', apply: (t) => t.replace(/^( {2})+/gm, '\t') },
  {
    name: 'a very long line in the front matter',
    heavy: true,
    apply: (t) => t.replace(/^---\n/, `---\nx: ${'y'.repeat(200_000)}\n`),
  },
  { name: 'a very long line in the body', heavy: true, apply: (t) => `${t}\n${'word '.repeat(40_000)}\n` },
  { name: 'a very long unbroken word', heavy: true, apply: (t) => `${t}\n${'x'.repeat(300_000)}\n` },
  {
    name: 'a very long line of Markdown punctuation',
    heavy: true,
    apply: (t) => `${t}\n${'[a](https://example.org/) `c` _e_ <b> '.repeat(2_000)}\n`,
  },
  { name: 'a 5 MB body of long lines', heavy: true, apply: (t) => `${t}\n${`${'x'.repeat(999)}\n`.repeat(5_000)}` },
  { name: 'a 5 MB file of binary junk', heavy: true, apply: (t) => `${t}${'\u0000\u00ff\u0001'.repeat(1_700_000)}` },
  { name: 'a 5 MB front matter that is never closed', heavy: true, apply: () => `---\n${'a: b\n'.repeat(1_050_000)}` },
  { name: 'the first line cut in half', apply: (t) => t.slice(0, 2) },
  {
    name: 'break the indentation of a line (one space in)',
    random: true,
    apply: (t, rng) =>
      editLine(
        t,
        pick(
          rng,
          frontLines(t, (l) => l.trim() !== ''),
        ),
        (l) => ` ${l}`,
      ),
  },
  {
    name: 'break the indentation of a line (one space out)',
    random: true,
    apply: (t, rng) =>
      editLine(
        t,
        pick(
          rng,
          frontLines(t, (l) => /^ {2,}\S/.test(l)),
        ),
        (l) => l.slice(1),
      ),
  },
  {
    name: 'indent with a tab',
    random: true,
    apply: (t, rng) =>
      editLine(
        t,
        pick(
          rng,
          frontLines(t, (l) => /^ +\S/.test(l)),
        ),
        (l) => l.replace(/^ +/, '\t'),
      ),
  },
  {
    name: 'drop a field',
    random: true,
    apply: (t, rng) => {
      const { lines, close } = parts(t);
      const start = pick(
        rng,
        frontLines(t, (l) => /^[A-Za-z]/.test(l)),
      );
      if (start === undefined) return t;
      return [...lines.slice(0, start), ...lines.slice(blockEnd(lines, start, close))].join('\n');
    },
  },
  {
    name: 'drop the id',
    apply: (t) => editLine(t, frontLines(t, (l) => /^id:/.test(l))[0], () => []),
  },
  {
    name: 'duplicate a key',
    random: true,
    apply: (t, rng) =>
      editLine(
        t,
        pick(
          rng,
          frontLines(t, (l) => /^\s*-?\s*[A-Za-z]+:/.test(l)),
        ),
        (l) => [l, l],
      ),
  },
  {
    name: 'dangle an id',
    random: true,
    apply: (t, rng) => {
      const { lines, close } = parts(t);
      const spots: [number, string][] = [];
      for (let i = 1; i < (close < 0 ? 0 : close); i++)
        for (const id of ids)
          if (new RegExp(`(^|[\\s\\[,:{])${id}([\\s\\],}:]|$)`).test(lines[i]!)) spots.push([i, id]);
      const spot = pick(rng, spots);
      if (!spot) return t;
      lines[spot[0]] = lines[spot[0]]!.replace(spot[1], `no-such-${spot[1]}`);
      return lines.join('\n');
    },
  },
  {
    name: 'a value of the wrong type',
    random: true,
    apply: (t, rng) =>
      editLine(
        t,
        pick(
          rng,
          frontLines(t, (l) => /^\s*-?\s*[A-Za-z]+: ?\S/.test(l)),
        ),
        (l) =>
          l.replace(
            /:( ?).*$/,
            `: ${pick(rng, ['[1, 2]', '{ a: 1 }', '42', '-1.5', 'true', '~', '""', "''", '[]', '{}', '2026-13-45', '!!binary aGk=', '&a x', '*a'])}`,
          ),
      ),
  },
  {
    name: 'insert binary junk',
    random: true,
    apply: (t, rng) => {
      let out = t;
      for (let n = 1 + int(rng, 4); n > 0; n--) {
        const at = int(rng, out.length + 1);
        out = out.slice(0, at) + pick(rng, JUNK)! + out.slice(at);
      }
      return out;
    },
  },
  { name: 'cut off at a random point', random: true, apply: (t, rng) => t.slice(0, int(rng, t.length)) },
  {
    name: 'swap two lines',
    random: true,
    apply: (t, rng) => {
      const lines = t.split('\n');
      const [i, j] = [int(rng, lines.length), int(rng, lines.length)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    },
  },
  {
    name: 'delete a random line',
    random: true,
    apply: (t, rng) => editLine(t, int(rng, t.split('\n').length), () => []),
  },
  {
    name: 'repeat a random line',
    random: true,
    apply: (t, rng) => editLine(t, int(rng, t.split('\n').length), (l) => [l, l, l]),
  },
];

/* ---------- The suite ---------- */

function assertLocated(problems: ContentProblem[], files: Record<string, string>, what: string): void {
  const counts = new Map<string, number>();
  for (const p of problems) {
    const text = files[p.path];
    assert.ok(text !== undefined, `${what}: a problem names "${p.path}", which is not in the pack`);
    let count = counts.get(p.path);
    if (count === undefined) counts.set(p.path, (count = linesOf(text).length));
    assert.ok(
      Number.isInteger(p.line) && p.line >= 1 && p.line <= count,
      `${what}: ${p.path}:${p.line}:${p.col} [${p.rule}], but the file has ${count} lines`,
    );
    assert.ok(Number.isInteger(p.col) && p.col >= 1, `${what}: ${p.path}:${p.line}:${p.col} [${p.rule}]`);
    assert.ok(p.message.trim() && p.rule.trim(), `${what}: a problem with no message or rule`);
  }
}

const figures = { files: 0, mutations: 0, compiled: 0, problems: 0, rules: new Set<string>() };

function tryMutation(files: Record<string, string>, path: string, text: string, what: string): void {
  const mutated = { ...files, [path]: text };
  let result: ReturnType<typeof check>;
  try {
    result = check(mutated);
  } catch (error) {
    assert.fail(`${what}: the check threw ${String(error).slice(0, 200)}`);
  }
  figures.mutations++;
  if (result.guide) figures.compiled++;
  figures.problems += result.problems.length;
  for (const p of result.problems) figures.rules.add(p.rule);
  assertLocated(result.problems, mutated, what);
}

describe(`content mutation of the default pack (${LONG ? 'long' : 'quick'} run, seed ${SEED})`, () => {
  const pack = defaultPack();
  const paths = Object.keys(pack)
    .filter((p) => kindOf(p))
    .sort();
  ids = [
    ...new Set(
      Object.values(pack).flatMap((t) => [...t.matchAll(/^\s*-?\s*id: "?([a-z0-9-]+)"?$/gm)].map((m) => m[1]!)),
    ),
  ];

  test('the unmutated pack checks clean', () => {
    const result = check(pack);
    assert.deepEqual(
      result.problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.ok(paths.length >= 20, `${paths.length} files`);
  });

  paths.forEach((path, f) => {
    test(path, () => {
      figures.files++;
      const rng = mulberry32(SEED ^ [...path].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
      const original = pack[path]!;
      for (const [m, mutation] of MUTATIONS.entries()) {
        const chosen = mutation.heavy ? (LONG ? m % 4 === f % 4 : m % paths.length === f) : (m + f) % STRIDE === 0;
        if (!chosen) continue;
        const rounds = mutation.random ? RANDOM_ROUNDS : 1;
        for (let round = 0; round < rounds; round++) {
          const text = mutation.apply(original, rng);
          tryMutation(pack, path, text, `${path}, ${mutation.name}${mutation.random ? ` (round ${round + 1})` : ''}`);
        }
      }
    });
  });

  test('several files broken at once', () => {
    const rng = mulberry32(SEED);
    const randomOnes = MUTATIONS.filter((m) => m.random);
    for (let round = 0; round < (LONG ? 400 : 30); round++) {
      const files = { ...pack };
      const broken: string[] = [];
      for (let n = 2 + int(rng, 5); n > 0; n--) {
        const path = pick(rng, paths)!;
        const mutation = pick(rng, randomOnes)!;
        files[path] = mutation.apply(files[path]!, rng);
        broken.push(`${path} (${mutation.name})`);
      }
      let result: ReturnType<typeof check>;
      try {
        result = check(files);
      } catch (error) {
        assert.fail(`${broken.join(', ')}: the check threw ${String(error).slice(0, 200)}`);
      }
      figures.mutations++;
      if (result.guide) figures.compiled++;
      figures.problems += result.problems.length;
      assertLocated(result.problems, files, broken.join(', '));
    }
  });

  if (LONG)
    test('more 5 MB files', () => {
      const path = 'content/outcomes/coaching.md';
      const original = pack[path]!;
      const big: [string, string][] = [
        ['a 5 MB code block', `${original}\n\`\`\`\n${'<script>x</script>\n'.repeat(270_000)}\`\`\`\n`],
        ['a 5 MB front matter value', original.replace(/^---\n/, `---\nx: ${'word '.repeat(1_000_000)}\n`)],
        ['5 MB of front matter lines', `---\n${'key: value\n'.repeat(450_000)}---\nbody\n`],
      ];
      for (const [name, text] of big) tryMutation(pack, path, text, `${path}, ${name}`);
    });

  test('a YAML alias with no anchor, or an alias bomb, is reported, not thrown', () => {
    for (const path of paths) tryMutation(pack, path, pack[path]!.replace(/^id: .*$/m, 'id: *a'), `${path}, id: *a`);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcde'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`),
    ];
    const path = 'content/contacts/uhl-od.md';
    tryMutation(pack, path, pack[path]!.replace(/^---\n/, `---\n${bomb.join('\n')}\n`), `${path}, an alias bomb`);
  });

  test('deeply nested Markdown in a short line is reported, not thrown', () => {
    const path = 'content/outcomes/coaching.md';
    for (const line of ['>'.repeat(2_000) + ' x', `${'**'.repeat(1_000)}x${'**'.repeat(1_000)}`, '> - '.repeat(1_000)])
      tryMutation(pack, path, `${pack[path]}\n${line}\n`, `${path}, ${line.slice(0, 12)}...`);
  });

  test('a 5 MB body of short paragraphs is checked in reasonable time', () => {
    const path = 'content/outcomes/coaching.md';
    const started = Date.now();
    tryMutation(pack, path, `${pack[path]}\n${'A short [paragraph](https://example.org/).\n\n'.repeat(120_000)}`, path);
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  });

  after(() => {
    console.log(
      `# mutation: ${figures.mutations} mutated packs over ${figures.files} files of the default pack ` +
        `(${MUTATIONS.length} kinds of mutation, ${LONG ? 'LONG=1' : 'quick'}, seed ${SEED}); the check never threw; ` +
        `${figures.problems} problems reported, every one at a line and column inside its file; ` +
        `${figures.compiled} mutated packs still compiled; rules seen: ${[...figures.rules].sort().join(' ')}`,
    );
  });
});
