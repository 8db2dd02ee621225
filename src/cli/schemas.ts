/**
 * JSON Schemas for each kind of front matter, with a description for every field (from
 * src/content/field-help.ts), for editors' YAML tooling and the editor page's help. The copies in
 * schema/ are committed; a test fails when they differ from what this writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ContactFrontMatter, GuideFrontMatter, OutcomeFrontMatter, QuestionFrontMatter } from '../content/schema.js';
import { fieldHelp, type HelpKind } from '../content/field-help.js';

const KINDS = {
  guide: GuideFrontMatter,
  question: QuestionFrontMatter,
  outcome: OutcomeFrontMatter,
  contact: ContactFrontMatter,
};

type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
};

/** Each schema as text, keyed by file name, and the field paths that have no description. */
export function schemaTexts(): { files: Record<string, string>; undescribed: string[] } {
  const files: Record<string, string> = {};
  const undescribed: string[] = [];
  for (const [kind, schema] of Object.entries(KINDS)) {
    const json = toJsonSchema(schema, { errorMode: 'ignore' }) as Node;
    const describe = (node: Node, path: (string | number)[]) => {
      const at = (child: Node, step: string | number) => {
        const next = [...path, step];
        const text = fieldHelp(kind as HelpKind, next);
        if (text) child['description'] = text;
        else undescribed.push(`${kind}: ${next.join('.')}`);
        describe(child, next);
      };
      for (const [key, child] of Object.entries(node.properties ?? {})) at(child, key);
      if (node.items && typeof node.items === 'object') at(node.items, 0);
      if (node.additionalProperties && typeof node.additionalProperties === 'object')
        at(node.additionalProperties, '*');
      for (const alt of node.anyOf ?? []) describe(alt, path);
    };
    describe(json, []);
    json['title'] = `Support Finder ${kind} front matter`;
    files[`${kind}.schema.json`] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return { files, undescribed };
}

export async function writeSchemas(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(schemaTexts().files)) await writeFile(join(dir, name), text);
}
