/** JSON Schemas for each kind of front matter, so editors' YAML tooling can check as they type. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ContactFrontMatter, GuideFrontMatter, OutcomeFrontMatter, QuestionFrontMatter } from '../content/schema.js';

export async function writeSchemas(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const kinds = {
    guide: GuideFrontMatter,
    question: QuestionFrontMatter,
    outcome: OutcomeFrontMatter,
    contact: ContactFrontMatter,
  };
  for (const [name, schema] of Object.entries(kinds)) {
    const json = toJsonSchema(schema, { errorMode: 'ignore' });
    await writeFile(join(dir, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
  }
}
