/**
 * `support-finder init DIR`, run as an editor would: the starter pack passes `check` with no
 * problems at all, has one outcome of each kind, and explains itself in comments; a folder that
 * already has anything in it is refused with nothing written.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../fixtures/node.js';

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/support-finder.js'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const frontMatter = (text: string) => parseYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;

describe('support-finder init', () => {
  test('writes a starter pack that check passes with no errors and no warnings', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sf-init-'));
    const made = cli(['init', 'my-pack'], cwd);
    assert.equal(made.code, 0, made.err);
    assert.match(made.out, /Wrote my-pack\/guide\.md/);
    assert.match(made.out, /npx support-finder check my-pack/);
    const checked = cli(['check', 'my-pack'], cwd);
    assert.equal(checked.code, 0, checked.out + checked.err);
    assert.equal(checked.out.trim(), 'my-pack: 0 errors, 0 warnings, content OK');
    const built = cli(['build', 'my-pack', '--out', 'out/pack.json'], cwd);
    assert.equal(built.code, 0, built.out + built.err);
    const pack = JSON.parse(readFileSync(join(cwd, 'out/pack.json'), 'utf8')) as {
      format: number;
      areas: unknown[];
      questions: unknown[];
      contacts: unknown[];
      outcomes: { kind: string }[];
    };
    assert.equal(pack.format, 2);
    assert.equal(pack.areas.length, 1);
    assert.ok(pack.questions.length >= 2);
    assert.ok(pack.contacts.length >= 1);
    assert.deepEqual(pack.outcomes.map((o) => o.kind).sort(), ['offer', 'signpost', 'support']);
  });

  test('every file explains the model in comments, and contacts carry today as their review date', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sf-init-'));
    assert.equal(cli(['init', 'p'], cwd).code, 0);
    const files = readdirSync(join(cwd, 'p'), { recursive: true })
      .map(String)
      .filter((f) => /^(guide|questions\/aim|outcomes\/coaching|contacts\/coaching-team)\.md$/.test(f));
    assert.equal(files.length, 4);
    for (const f of files) {
      const comments = readFileSync(join(cwd, 'p', f), 'utf8')
        .split('\n')
        .filter((l) => /^\s*# /.test(l));
      assert.ok(comments.length >= 3, `${f} has ${comments.length} comment lines`);
    }
    const guide = readFileSync(join(cwd, 'p/guide.md'), 'utf8');
    for (const field of ['questions:', 'tieBreak:', 'areas:', 'audiences:', 'labels:'])
      assert.match(guide, new RegExp(`#[^\\n]*\\n(#[^\\n]*\\n)*${field}`), `no comment above ${field}`);
    const contact = frontMatter(readFileSync(join(cwd, 'p/contacts/coaching-team.md'), 'utf8'));
    assert.equal(contact['reviewed'], new Date().toISOString().slice(0, 10));
    assert.match(readFileSync(join(cwd, 'p/README.md'), 'utf8'), /## outcomes\/\*\.md/);
    assert.match(readFileSync(join(cwd, 'p/pack.yaml'), 'utf8'), /- questions\/aim\.md/);
  });

  test('refuses a folder that is not empty, and changes nothing in it', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sf-init-'));
    mkdirSync(join(cwd, 'pack'));
    writeFileSync(join(cwd, 'pack/guide.md'), 'my own work\n');
    const result = cli(['init', 'pack'], cwd);
    assert.equal(result.code, 1);
    assert.match(result.err, /^pack:1:1 error this folder is not empty, so nothing was written/m);
    assert.deepEqual(readdirSync(join(cwd, 'pack')), ['guide.md']);
    assert.equal(readFileSync(join(cwd, 'pack/guide.md'), 'utf8'), 'my own work\n');
  });

  test('refuses a path that is a file, and says how to call it without a folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sf-init-'));
    writeFileSync(join(cwd, 'notes.txt'), 'keep\n');
    const onFile = cli(['init', 'notes.txt'], cwd);
    assert.equal(onFile.code, 1);
    assert.match(onFile.err, /this is a file, not a folder/);
    assert.equal(readFileSync(join(cwd, 'notes.txt'), 'utf8'), 'keep\n');
    const bare = cli(['init'], cwd);
    assert.equal(bare.code, 2);
    assert.match(bare.err, /support-finder init DIR/);
  });

  test('an empty folder that already exists is fine', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sf-init-'));
    mkdirSync(join(cwd, 'empty'));
    assert.equal(cli(['init', 'empty'], cwd).code, 0);
    assert.equal(cli(['check', 'empty'], cwd).code, 0);
  });
});
