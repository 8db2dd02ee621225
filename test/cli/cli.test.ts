import { createMarkdown } from '../../src/content/markdown.js';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPack } from '../../src/check/check-pack.js';
import { readPack } from '../../src/node/files.js';
import { expectedLines, fixtures, projectRoot, TODAY } from '../fixtures/node.js';

/** Runs the real command, as an editor would, from a working folder. */
function cli(args: string[], cwd = projectRoot) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/support-finder.js'), ...args, '--today', TODAY], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, lines: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

/** The same, with stdout exactly as printed. */
function cliRaw(args: string[], cwd = projectRoot) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/support-finder.js'), ...args, '--today', TODAY], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout };
}

/** A copy of the minimal pack with one broken case laid over it, in a temporary folder. */
function brokenFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sf-'));
  cpSync(join(fixtures, 'packs/minimal'), join(dir, 'pack'), { recursive: true });
  cpSync(join(fixtures, 'broken', name), join(dir, 'pack'), {
    recursive: true,
    filter: (src) => !src.endsWith('.txt'),
  });
  return dir;
}

describe('support-finder check', () => {
  test('passes a clean pack with exit code 0 and a summary line', () => {
    const { code, lines } = cli(['check', 'test/fixtures/packs/minimal']);
    assert.equal(code, 0);
    assert.deepEqual(lines, ['test/fixtures/packs/minimal: 0 errors, 0 warnings, content OK']);
  });

  test('prints path:line:col lines and exits 1 on errors', () => {
    const dir = brokenFolder('unknown-field');
    const { code, lines } = cli(['check', 'pack'], dir);
    assert.equal(code, 1);
    assert.deepEqual(lines, [...expectedLines('unknown-field'), 'pack: 1 error, 0 warnings']);
  });

  test('exits 0 when there are only warnings', () => {
    const dir = brokenFolder('review-due');
    const { code, lines } = cli(['check', 'pack'], dir);
    assert.equal(code, 0);
    assert.equal(lines.at(-1), 'pack: 0 errors, 1 warning, content OK');
  });

  test('says clearly when the folder does not exist', () => {
    const { code, stderr } = cli(['check', 'no-such-folder']);
    assert.equal(code, 1);
    assert.match(stderr, /^no-such-folder:1:1 error cannot read this folder/);
  });

  test('shows usage for an unknown command', () => {
    const { code, stderr } = cli(['frobnicate']);
    assert.equal(code, 2);
    assert.match(stderr, /Usage:/);
  });

  test('refuses a misspelt option, naming it, rather than ignoring it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sf-')), 'pack.json');
    const { code, stderr } = cli(['build', 'content', '--ot', out]);
    assert.equal(code, 2);
    assert.match(stderr, /^error unknown option --ot: the options are --out and --today$/m);
    assert.match(stderr, /Usage:/);
    assert.equal(existsSync(out), false, 'nothing was written');
  });

  test('says when an option is given no value', () => {
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'bin/support-finder.js'), 'build', 'content', '--out'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^error --out needs a value after it$/m);
  });
});

describe('support-finder build', () => {
  test('writes the compiled pack, which loads back to the same guide, and JSON Schemas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-'));
    const out = join(dir, 'pack.json');
    const { code } = cli(['build', 'content', '--out', out]);
    assert.equal(code, 0);
    const loaded = JSON.parse(readFileSync(out, 'utf8'));
    const { guide } = checkPack(await readPack(join(projectRoot, 'content'), projectRoot), {
      markdown: createMarkdown(),
      today: TODAY,
    });
    assert.deepEqual(loaded, JSON.parse(JSON.stringify(guide)));
    for (const kind of ['guide', 'question', 'outcome', 'contact'])
      assert.ok(existsSync(join(dir, 'schema', `${kind}.schema.json`)), kind);
    const contact = JSON.parse(readFileSync(join(dir, 'schema', 'contact.schema.json'), 'utf8'));
    assert.equal(contact.additionalProperties, false, 'unknown fields are flagged by editors too');
  });

  test('refuses to write a pack with errors', () => {
    const dir = brokenFolder('unknown-id');
    writeFileSync(join(dir, 'pack', 'pack.yaml'), 'files: []\n');
    const { code } = cli(['build', 'pack', '--out', join(dir, 'out.json')], dir);
    assert.equal(code, 1);
    assert.equal(existsSync(join(dir, 'out.json')), false);
    assert.equal(readFileSync(join(dir, 'pack', 'pack.yaml'), 'utf8'), 'files: []\n', 'pack.yaml is left alone');
  });

  test('writes pack.yaml beside the pack too, listing every file, when there are no errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-'));
    cpSync(join(fixtures, 'packs/minimal'), join(dir, 'pack'), { recursive: true });
    writeFileSync(join(dir, 'pack', 'pack.yaml'), 'files: []\n');
    const { code, lines } = cli(['build', 'pack', '--out', join(dir, 'pack', 'pack.json')], dir);
    assert.equal(code, 0, lines.join('\n'));
    const index = readFileSync(join(dir, 'pack', 'pack.yaml'), 'utf8');
    assert.match(index, /^ {2}- guide\.md\n {2}- contacts\/everyone\.md$/m);
    assert.ok(existsSync(join(dir, 'pack', 'pack.json')));
  });
});

describe('support-finder report', () => {
  test('writes the decision table, the flow diagram and an HTML page with its picture', () => {
    const out = mkdtempSync(join(tmpdir(), 'sf-report-'));
    const { code, lines } = cli(['report', 'content', '--out', out]);
    assert.equal(code, 0);
    assert.match(lines[0] ?? '', /^Wrote .*: \d+ answer paths$/);
    assert.match(
      readFileSync(join(out, 'decision-table.md'), 'utf8'),
      /^\| # \| Answers \| Suggestion \| Also consider \|/m,
    );
    assert.match(readFileSync(join(out, 'paths.csv'), 'utf8'), /^Path,Which of these best describes you\?,/);
    assert.match(readFileSync(join(out, 'flow.mmd'), 'utf8'), /^flowchart TD/);
    assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /<svg [^>]*role="img"/);
  });
});

describe('what the command prints cannot be split or hidden by content', () => {
  test('a value with escape sequences and line breaks stays on its own line, written out', () => {
    const dir = brokenFolder('bad-phone');
    const path = join(dir, 'pack/contacts/everyone.md');
    const text = readFileSync(path, 'utf8')
      .replace('level: national', 'level: "\\e[2K\\e[1Anational\\nlocal"')
      .replace(
        'Open every weekday.',
        'Write to [us](mailto:help%0A%1B[2K@example.org) or <b title="\u009b2J\u202e">call</b>.',
      );
    writeFileSync(path, text);
    const { code, stdout } = cliRaw(['check', 'pack'], dir);
    assert.equal(code, 1);
    assert.doesNotMatch(
      stdout,
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
      'a control character reached the terminal',
    );
    const lines = stdout.split('\n').filter(Boolean);
    // Every line is one problem (path:line:col) or the summary.
    for (const line of lines.slice(0, -1)) assert.match(line, /^pack\/\S+:\d+:\d+ (error|warning) .* \[[a-z-]+\]$/);
    assert.match(lines.at(-1)!, /^pack: \d+ errors?, \d+ warnings?$/);
    assert.ok(
      lines.some((l) => l.includes('<b title="\\x9b2J\\u202e">')),
      lines.join('\n'),
    );
  });
});

describe('support-finder index', () => {
  test('quotes file names that YAML would cut short, so check accepts its own index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-'));
    cpSync(join(fixtures, 'packs/minimal'), join(dir, 'pack'), { recursive: true });
    cpSync(join(dir, 'pack/contacts/local.md'), join(dir, 'pack/contacts/a #b.md'));
    rmSync(join(dir, 'pack/contacts/local.md'));
    assert.equal(cli(['index', 'pack'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'pack/pack.yaml'), 'utf8'), /^ {2}- "contacts\/a #b\.md"$/m);
    const { code, lines } = cli(['check', 'pack'], dir);
    assert.equal(code, 0, lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('does not list')), lines.join('\n'));
    // It cannot be loaded at run time under that name, and the editor is told so.
    assert.ok(
      lines.some((l) => /pack\.yaml:1:1 warning the widget cannot load "contacts\/a #b\.md"/.test(l)),
      lines.join('\n'),
    );
  });
});
