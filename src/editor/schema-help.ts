/**
 * Completion and hover help inside the front matter, from the committed JSON Schemas (schema/),
 * whose descriptions come from the editors' field help. Which fields are offered depends on the
 * kind of file (from its folder) and on the indentation: under "options:" an option's fields.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip } from '@codemirror/view';
import type { Extension, Text } from '@codemirror/state';
import { kindOf, type Kind } from '../content/parse-file.js';
import { completeIds, type PackIds } from './id-complete.js';
import guideSchema from '../../schema/guide.schema.json';
import questionSchema from '../../schema/question.schema.json';
import outcomeSchema from '../../schema/outcome.schema.json';
import contactSchema from '../../schema/contact.schema.json';

interface JsonNode {
  description?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  additionalProperties?: JsonNode | boolean;
  enum?: unknown[];
  const?: unknown;
}

const SCHEMAS: Record<string, JsonNode> = {
  guide: guideSchema as JsonNode,
  question: questionSchema as JsonNode,
  outcome: outcomeSchema as JsonNode,
  contact: contactSchema as JsonNode,
};

/** The keys above a line, by indentation: ["options", "weights"] for a line under those. */
function parents(doc: Text, lineNo: number): string[] {
  const line = doc.line(lineNo).text;
  // A key is a parent when it starts left of this line's first letter ("  - id:" starts at 4).
  let indent = /^[ -]*/.exec(line)?.[0].length ?? 0;
  const keys: string[] = [];
  for (let n = lineNo - 1; n >= 2 && indent > 0; n--) {
    const text = doc.line(n).text;
    if (text.startsWith('---')) break;
    const m = /^([ -]*)([A-Za-z][\w-]*):/.exec(text);
    if (!m || m[1]!.length >= indent) continue;
    keys.unshift(m[2]!);
    indent = m[1]!.length;
  }
  return keys;
}

function nodeAt(root: JsonNode, keys: readonly string[]): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const key of keys) {
    if (!node) return undefined;
    if (node.items) node = node.items;
    node =
      node.properties?.[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node?.items && !node.properties ? node.items : node;
}

function inFrontMatter(doc: Text, lineNo: number): boolean {
  if (doc.line(1).text !== '---') return false;
  for (let n = 2; n < lineNo; n++) if (/^---\s*$/.test(doc.line(n).text)) return false;
  return lineNo > 1;
}

/** The "sets:" of a question's front matter, which says whether its values are areas or audiences. */
function setsOf(doc: Text): string | undefined {
  for (let n = 2; n <= doc.lines; n++) {
    const text = doc.line(n).text;
    if (/^---\s*$/.test(text)) break;
    const m = /^sets:\s*(\w+)/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Completion of field names, of the values a field allows, and of the ids the opened pack has
 * (from `ids`, read when completion opens), with hover help for each field. It stays one
 * function because its two CodeMirror sources, completion and hover, close over the same file's
 * schema and id list.
 */
export function schemaHelp(path: string, ids: () => PackIds | undefined = () => undefined): Extension {
  const kind = kindOf(path) as Kind | undefined;
  const root = SCHEMAS[kind ?? ''];
  if (!root || !kind) return [];
  const complete = (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    if (!inFrontMatter(context.state.doc, line.number)) return null;
    const before = line.text.slice(0, context.pos - line.from);
    const known = ids();
    const found =
      known && completeIds(kind, before, parents(context.state.doc, line.number), known, setsOf(context.state.doc));
    if (found) {
      if (!found.word && !context.explicit && !/[[,{:]\s*$|-\s+$/.test(before)) return null;
      return { from: context.pos - found.word.length, options: found.options, validFor: /^[\w-]*$/ };
    }
    const value = /^([ -]*)([A-Za-z][\w-]*):\s*(\w*)$/.exec(before);
    if (value) {
      const node = nodeAt(root, [...parents(context.state.doc, line.number), value[2]!]);
      const choices = node?.enum ?? (node?.const !== undefined ? [node.const] : []);
      if (!choices.length) return null;
      return {
        from: context.pos - value[3]!.length,
        options: choices.map((c) => ({ label: String(c), type: 'enum', info: node?.description })),
      };
    }
    const key = /^[ -]*([A-Za-z][\w-]*)?$/.exec(before);
    if (!key || (!key[1] && !context.explicit)) return null;
    const node = nodeAt(root, parents(context.state.doc, line.number));
    const fields = Object.entries(node?.properties ?? {});
    if (!fields.length) return null;
    return {
      from: context.pos - (key[1]?.length ?? 0),
      options: fields.map(([name, child]) => ({
        label: name,
        apply: `${name}: `,
        type: 'property',
        info: child.description,
      })),
    };
  };
  const hover = hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    if (!inFrontMatter(view.state.doc, line.number)) return null;
    const m = /^([ -]*)([A-Za-z][\w-]*):/.exec(line.text);
    if (!m) return null;
    const from = line.from + m[1]!.length;
    const to = from + m[2]!.length;
    if (pos < from || pos > to) return null;
    const text = nodeAt(root, [...parents(view.state.doc, line.number), m[2]!])?.description;
    if (!text) return null;
    return {
      pos: from,
      end: to,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'field-help';
        dom.textContent = `${m[2]}: ${text}`;
        return { dom };
      },
    };
  });
  return [autocompletion({ override: [complete] }), hover];
}
