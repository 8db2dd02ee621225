/**
 * The editor page is tooling: it uses the widget, and nothing the widget loads may import it.
 * Follows every relative import from the widget's entry points and fails on any file under
 * src/editor/ (or src/cli/, src/node/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { projectRoot } from '../fixtures/node.js';

function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]|import\s+['"](\.[^'"]+)['"]/g,
    )) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      const target = join(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (existsSync(target)) stack.push(target);
    }
  }
  return seen;
}

test('nothing the widget loads imports the editor page, the CLI or Node-only code', () => {
  const files = [
    ...reached(join(projectRoot, 'src/index.ts')),
    ...reached(join(projectRoot, 'src/load/runtime.ts')),
  ].map((f) => relative(projectRoot, f));
  assert.ok(files.includes('src/support-finder.ts'), 'the import walk reaches the widget');
  assert.deepEqual(
    files.filter((f) => /^src\/(editor|cli|node)\//.test(f)),
    [],
  );
});

test('the editor page does use the widget (so the walk above would see a reverse import)', () => {
  const files = [...reached(join(projectRoot, 'src/editor/main.ts'))].map((f) => relative(projectRoot, f));
  assert.ok(files.includes('src/support-finder.ts'));
  assert.ok(files.includes('src/editor/app.ts'));
});
