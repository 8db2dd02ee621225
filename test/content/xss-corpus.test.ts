/**
 * The XSS corpus on the build path: each vector is written into the minimal pack in four places
 * (an outcome body, a contact body, a question and option label, the guide's help line) and
 * checked with the editors' own check (checkPack with the Markdown pipeline of the build). Each vector
 * must be reported to the editor or be plain text, and nothing compiled may hold a tag outside
 * the allow-list, an attribute other than a safe href, or an unsafe href.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPack } from '../../src/check/check-pack.js';
import { checkHref } from '../../src/content/links.js';
import { RICH_TAGS, type Guide, type Rich } from '../../src/content/schema.js';
import { type ContentProblem } from '../../src/content/problem.js';
import { createMarkdown } from '../../src/content/markdown.js';
import { minimalPack, TODAY } from '../fixtures/node.js';
import { LABEL_VECTORS, XSS_CORPUS } from '../fixtures/xss-corpus.js';

const markdown = createMarkdown();
const check = (files: Record<string, string>) => checkPack(files, { markdown, today: TODAY });
const base = minimalPack();

/** Rules that tell the editor a vector was refused or neutralised. */
const REPORTING_RULES = new Set([
  'raw-html',
  'unsafe-link',
  'image',
  'relative-link',
  'bad-url',
  'insecure-link',
  'bad-email',
  'bad-phone',
  'link-text-mismatch',
  'not-text',
  'hidden-character',
  'lookalike-address',
  'mail-extras',
]);
const SAFE_HREF = /^(https:\/\/[^\s"'<>`]+|mailto:[^\s"'<>`]+|tel:[^\s"'<>`]+|#[^\s"'<>`]*)$/;
/** Characters that make the editors' check refuse a whole file as "not a text file". */
const BINARY = /[\u0000-\u0008\u000e-\u001f]/;
/** Bidi controls and zero-width characters, refused wherever they are. */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

interface Unsafe {
  tags: string[];
  hrefs: string[];
  keys: string[];
}

/** Everything in rich text that would break the allow-list. */
function unsafeIn(nodes: Rich, out: Unsafe = { tags: [], hrefs: [], keys: [] }): Unsafe {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (!(RICH_TAGS as readonly string[]).includes(node.t)) out.tags.push(String(node.t));
    for (const key of Object.keys(node)) if (!['t', 'c', 'href'].includes(key)) out.keys.push(key);
    if (node.href !== undefined && (node.t !== 'a' || !checkHref(node.href).ok || !SAFE_HREF.test(node.href)))
      out.hrefs.push(node.href);
    unsafeIn(node.c ?? [], out);
  }
  return out;
}

function allRich(guide: Guide): Rich {
  return [
    ...guide.intro,
    ...guide.help.flatMap((h) => h.body),
    ...guide.outcomes.flatMap((o) => o.sections.flatMap((s) => s.body)),
    ...guide.contacts.flatMap((c) => c.body),
  ];
}

const plain = (nodes: Rich): string => nodes.map((n) => (typeof n === 'string' ? n : plain(n.c ?? []))).join('');

/** A YAML double-quoted scalar: JSON strings are valid YAML. */
const yamlString = (value: string) => JSON.stringify(value);

function replaceLine(text: string, pattern: RegExp, line: string): string {
  assert.match(text, pattern, `the fixture no longer has ${pattern}`);
  return text.replace(pattern, () => line);
}

interface Site {
  name: string;
  path: string;
  markdown: boolean;
  inject(files: Record<string, string>, vector: string): Record<string, string>;
}

const SITES: Site[] = [
  {
    name: 'outcome body',
    path: 'pack/outcomes/alpha.md',
    markdown: true,
    inject: (files, v) => ({ ...files, 'pack/outcomes/alpha.md': `${files['pack/outcomes/alpha.md']}\n${v}\n` }),
  },
  {
    name: 'contact body',
    path: 'pack/contacts/everyone.md',
    markdown: true,
    inject: (files, v) => ({ ...files, 'pack/contacts/everyone.md': `${files['pack/contacts/everyone.md']}\n${v}\n` }),
  },
  {
    name: 'guide help line',
    path: 'pack/guide.md',
    markdown: true,
    inject: (files, v) => ({
      ...files,
      'pack/guide.md': replaceLine(files['pack/guide.md']!, /^help: .*$/m, `help: ${yamlString(v)}`),
    }),
  },
  {
    name: 'question and option label',
    path: 'pack/questions/goal.md',
    markdown: false,
    inject: (files, v) => {
      let text = files['pack/questions/goal.md']!;
      text = replaceLine(text, /^question: .*$/m, `question: ${yamlString(v)}`);
      text = replaceLine(text, /^ {4}label: Something specific$/m, `    label: ${yamlString(v)}`);
      return { ...files, 'pack/questions/goal.md': text };
    },
  },
];

const figures = {
  vectors: 0,
  injections: 0,
  reported: 0,
  plainText: 0,
  labelsKept: 0,
  labelsRefused: 0,
  unsafeHrefs: 0,
  disallowedTags: 0,
  otherAttributes: 0,
};

function countUnsafe(u: Unsafe): void {
  figures.unsafeHrefs += u.hrefs.length;
  figures.disallowedTags += u.tags.length;
  figures.otherAttributes += u.keys.length;
}

const describeProblems = (problems: ContentProblem[]) =>
  problems.map((p) => `${p.path}:${p.line}:${p.col} ${p.rule}`).join(', ') || 'none';

describe('XSS corpus on the build path (checkPack with the Markdown pipeline)', () => {
  test('the corpus has at least 100 vectors across the cheat sheet families', () => {
    assert.ok(XSS_CORPUS.length >= 100, `${XSS_CORPUS.length} vectors`);
    assert.ok(new Set(XSS_CORPUS.map((v) => v.family)).size >= 7);
    assert.equal(new Set(XSS_CORPUS.map((v) => v.source)).size, XSS_CORPUS.length, 'no vector twice');
  });

  XSS_CORPUS.forEach((vector, i) => {
    test(`#${i + 1} ${vector.family}: ${JSON.stringify(vector.source).slice(0, 70)}`, () => {
      figures.vectors++;
      // The renderer on its own, whatever the editor is told.
      const direct = markdown(vector.source);
      const directUnsafe = unsafeIn(direct.rich);
      countUnsafe(directUnsafe);
      assert.deepEqual(directUnsafe, { tags: [], hrefs: [], keys: [] }, 'the renderer let something through');

      // The three Markdown places in one pack (each problem names its file), the labels in another.
      const markdownSites = SITES.filter((site) => site.markdown);
      const labelSites = SITES.filter((site) => !site.markdown);
      const withMarkdown = markdownSites.reduce((files, site) => site.inject(files, vector.source), base);
      const runs = [
        { files: withMarkdown, sites: markdownSites },
        ...labelSites.map((site) => ({ files: site.inject(base, vector.source), sites: [site] })),
      ];
      for (const { files, sites } of runs) {
        const result = check(files);
        if (result.guide) {
          const u = unsafeIn(allRich(result.guide));
          countUnsafe(u);
          assert.deepEqual(u, { tags: [], hrefs: [], keys: [] }, 'the compiled pack is unsafe');
        }
        for (const p of result.problems) {
          const lines = files[p.path]!.replace(/\r\n?/g, '\n').split('\n').length;
          assert.ok(p.line >= 1 && p.line <= lines && p.col >= 1, `${p.path}:${p.line}:${p.col} is outside the file`);
        }
        for (const site of sites) {
          figures.injections++;
          const here = result.problems.filter((p) => p.path === site.path && p.severity === 'error');
          if (!site.markdown && INVISIBLE.test(vector.source)) {
            // Characters that change how text reads are refused in labels too.
            assert.ok(
              here.some((p) => p.rule === 'hidden-character'),
              `${site.name}: ${describeProblems(result.problems)}`,
            );
            assert.equal(result.guide, undefined, `${site.name}: reported, yet the pack was published`);
            figures.labelsRefused++;
            continue;
          }
          if (!site.markdown) {
            // Front matter is plain text: kept exactly, never parsed as markup.
            assert.ok(result.guide, `${site.name}: ${describeProblems(result.problems)}`);
            const question = result.guide.questions.find((q) => q.id === 'goal')!;
            assert.equal(question.question, vector.source.trim(), `${site.name}: the question text changed`);
            assert.equal(question.options[0]!.label, vector.source.trim(), `${site.name}: the option label changed`);
            figures.labelsKept++;
            continue;
          }
          const reported = here.filter((p) => REPORTING_RULES.has(p.rule));
          // A raw control character makes the whole file "not a text file" (only in a body: in
          // the help line it is written as an escape inside a quoted YAML string).
          const binaryFile = BINARY.test(vector.source) && site.path !== 'pack/guide.md';
          if (vector.expect === 'reported' || binaryFile || INVISIBLE.test(vector.source)) {
            assert.ok(
              reported.length > 0,
              `${site.name}: not reported (problems: ${describeProblems(result.problems)})`,
            );
            assert.equal(result.guide, undefined, `${site.name}: reported, yet the pack was published`);
            figures.reported++;
          } else {
            const inFile = result.problems.filter((p) => p.path === site.path);
            assert.deepEqual(inFile, [], `${site.name}: plain text, yet reported`);
            if (!BINARY.test(vector.source)) assert.ok(result.guide, `${site.name}: plain text, yet not published`);
            figures.plainText++;
          }
        }
      }
      // Plain text vectors keep their words: shown, not dropped.
      if (vector.expect === 'text' && !BINARY.test(vector.source))
        assert.ok(plain(direct.rich).replace(/\s+/g, '').length > 0, 'the text vanished');
    });
  });

  test('front matter label vectors stay plain text', () => {
    for (const v of LABEL_VECTORS) {
      const result = check(SITES[3]!.inject(base, v));
      assert.equal(result.guide?.questions.find((q) => q.id === 'goal')?.question, v);
    }
  });

  after(() => {
    console.log(
      `# xss (build path): ${figures.vectors} vectors, ${figures.injections} injections (4 places each); ` +
        `reported to the editor ${figures.reported}, plain text ${figures.plainText}, labels kept as text ${figures.labelsKept}, labels refused for invisible characters ${figures.labelsRefused}; ` +
        `unsafe hrefs ${figures.unsafeHrefs}, disallowed tags ${figures.disallowedTags}, other attributes ${figures.otherAttributes}`,
    );
  });
});
