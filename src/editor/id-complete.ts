/**
 * Completion of ids in the front matter: where a field takes the id of a question, an option, an
 * outcome, an area or an audience, the ids the opened pack has are offered, each with its name.
 * Written as YAML is written here: `exit: coaching`, `offers: [coaching, mentoring]`, a block
 * list (`  - coaching`), `weights: { coaching: 2 }` and `when: { audience: [nhs] }`.
 */
import type { Completion } from '@codemirror/autocomplete';
import type { Kind } from '../content/parse-file.js';

/** The ids of the opened pack, with what people see for each. */
export interface PackIds {
  questions: { id: string; name: string; options: { id: string; name: string }[] }[];
  outcomes: { id: string; name: string }[];
  areas: { id: string; name: string }[];
  audiences: { id: string; name: string }[];
}

type Target = 'question' | 'outcome' | 'area' | 'audience' | { optionsOf: string } | 'set-value';

/**
 * Which ids a value takes, from the field names above it ("options", "exit"), and for a map
 * ("weights", "when") whether the cursor is at a key or in the value of `key`.
 */
function targetOf(kind: Kind, path: readonly string[], mapKey?: string): Target | undefined {
  const p = path.join('.');
  if (kind === 'guide') {
    if (p === 'questions') return 'question';
    if (p === 'tieBreak') return 'outcome';
    if (p === 'areas.within' || p === 'help.areas') return 'area';
    if (p === 'help.audiences') return 'audience';
  } else if (kind === 'contact') {
    if (p === 'areas') return 'area';
    if (p === 'audiences') return 'audience';
    if (p === 'offers') return 'outcome';
  } else if (kind === 'question') {
    if (p === 'options.exit') return 'outcome';
    if (p === 'options.weights' && mapKey === undefined) return 'outcome';
    if (p === 'options.value') return 'set-value';
    if (p === 'when') return mapKey === undefined ? 'question' : { optionsOf: mapKey };
  }
  return undefined;
}

/**
 * Reads the text after "key:" up to the cursor: the word being typed, and whether it is a key
 * of a `{ }` map, or inside a `[ ]` list or the value of a key of such a map.
 */
function flowContext(rest: string): { word: string; inMapKey: boolean; mapKey?: string } | undefined {
  const stack: { type: 'map' | 'list'; key?: string }[] = [];
  let token = '';
  let key: string | undefined;
  let afterColon = false;
  for (const c of rest) {
    if (c === '{') {
      stack.push({ type: 'map', key });
      token = '';
      afterColon = false;
    } else if (c === '[') {
      stack.push({ type: 'list', key });
      token = '';
    } else if (c === '}' || c === ']') {
      stack.pop();
      token = '';
    } else if (c === ',') {
      token = '';
      if (stack[stack.length - 1]?.type === 'map') afterColon = false;
    } else if (c === ':') {
      key = token.trim();
      token = '';
      afterColon = true;
    } else token += c;
  }
  const word = /[\w-]*$/.exec(token)?.[0] ?? '';
  if (token.trim() !== word) return undefined;
  const top = stack[stack.length - 1];
  if (!top) return { word, inMapKey: false };
  if (top.type === 'map') return afterColon ? { word, inMapKey: false, mapKey: key } : { word, inMapKey: true };
  // A list: of the field itself (`offers: [`), or of a key of a map (`when: { audience: [`).
  const outer = stack.length > 1 ? top.key : undefined;
  return outer === undefined ? { word, inMapKey: false } : { word, inMapKey: false, mapKey: outer };
}

function choicesFor(target: Target, ids: PackIds, sets?: string): Completion[] {
  const list = (items: { id: string; name: string }[], type: string) =>
    items.map((i) => ({ label: i.id, detail: i.name, type }));
  if (typeof target === 'object')
    return list(ids.questions.find((q) => q.id === target.optionsOf)?.options ?? [], 'enum');
  if (target === 'question') return list(ids.questions, 'variable');
  if (target === 'outcome') return list(ids.outcomes, 'variable');
  if (target === 'area') return list(ids.areas, 'variable');
  if (target === 'audience') return list(ids.audiences, 'variable');
  return [
    ...(sets !== 'audience' ? list(ids.areas, 'variable') : []),
    ...(sets !== 'area' ? list(ids.audiences, 'variable') : []),
  ];
}

/**
 * The ids to offer at the end of `before` (the line up to the cursor), below the fields
 * `parents`, or undefined where no id goes.
 */
export function completeIds(
  kind: Kind,
  before: string,
  parents: readonly string[],
  ids: PackIds,
  sets?: string,
): { word: string; options: Completion[] } | undefined {
  const keyed = /^[ -]*([A-Za-z][\w-]*):\s*(.*)$/.exec(before);
  const flowItem = /^\s*-\s+(\{.*)$/.exec(before);
  const item = /^\s*(-\s+)?([\w-]*)$/.exec(before);
  let path: string[];
  let context: ReturnType<typeof flowContext>;
  if (keyed && isMapField(kind, parents)) {
    // A line of a block map ("  audience: [nhs]" under "when:"): its key is the map's.
    path = [...parents];
    const inner = flowContext(keyed[2]!);
    context = inner && { word: inner.word, inMapKey: false, mapKey: keyed[1]! };
  } else if (keyed) {
    path = [...parents, keyed[1]!];
    context = flowContext(keyed[2]!);
  } else if (flowItem) {
    // A map as an item of a block list ("  - { audience: [nhs] }" under "when:").
    path = [...parents];
    context = flowContext(flowItem[1]!);
  } else if (item && parents.length) {
    // A block list's item ("  - coaching"), or a key being typed in a block map ("    coa").
    path = [...parents];
    context = { word: item[2]!, inMapKey: !item[1] };
  } else return undefined;
  if (!context) return undefined;
  if (isMapField(kind, path)) {
    // A map takes ids as its keys (and "when" takes option ids in the lists it maps them to).
    if (!context.inMapKey && context.mapKey === undefined) return undefined;
  } else if (context.inMapKey || context.mapKey !== undefined) return undefined;
  const target = targetOf(kind, path, context.inMapKey ? undefined : context.mapKey);
  return target && { word: context.word, options: choicesFor(target, ids, sets) };
}

/** Fields whose value is a map keyed by ids. */
function isMapField(kind: Kind, path: readonly string[]): boolean {
  const p = path.join('.');
  return kind === 'question' && (p === 'options.weights' || p === 'when');
}
