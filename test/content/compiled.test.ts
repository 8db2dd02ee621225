import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdown } from '../../src/content/markdown.js';
import { checkPack } from '../../src/check/check-pack.js';
import { validateCompiled } from '../../src/content/compiled.js';
import { defaultPack, minimalPack, TODAY } from '../fixtures/node.js';

// What `support-finder build` writes is what the widget validates when it loads `src="pack.json"`:
// a pack that passes the check must also pass the run-time validator, field for field.
const compile = (files: Record<string, string>) =>
  JSON.parse(JSON.stringify(checkPack(files, { markdown: createMarkdown(), today: TODAY }).guide)) as unknown;

describe('a compiled pack loads at run time exactly as it was built', () => {
  for (const [name, pack] of [
    ['the default pack', defaultPack],
    ['the minimal fixture pack', minimalPack],
  ] as const)
    test(name, () => {
      const built = compile(pack());
      const { guide, issues } = validateCompiled(built);
      assert.deepEqual(issues, []);
      assert.deepEqual(guide, built);
    });
});
