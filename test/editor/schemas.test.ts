/** The committed JSON Schemas in schema/: up to date, and every field described. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaTexts } from '../../src/cli/schemas.js';
import { projectRoot } from '../fixtures/node.js';

const dir = join(projectRoot, 'schema');

test('every field of every kind of file has a description', () => {
  assert.deepEqual(schemaTexts().undescribed, [], 'add these to src/content/field-help.ts');
});

test('schema/ holds exactly what `npm run schema` writes (run it after changing the content model)', () => {
  const { files } = schemaTexts();
  assert.deepEqual(readdirSync(dir).sort(), Object.keys(files).sort());
  for (const [name, text] of Object.entries(files))
    assert.deepEqual(JSON.parse(readFileSync(join(dir, name), 'utf8')), JSON.parse(text), `${name} is stale`);
});

test('a described field carries its editors\u2019 words into the schema', () => {
  const contact = JSON.parse(readFileSync(join(dir, 'contact.schema.json'), 'utf8'));
  assert.match(contact.properties.reviewed.description, /last compared this file with its sources/);
  const question = JSON.parse(readFileSync(join(dir, 'question.schema.json'), 'utf8'));
  assert.match(question.properties.options.items.properties.unsure.description, /not sure/);
});
