/**
 * The shape of a compiled content pack (`support-finder build` output), checked when one is
 * loaded at run time: a pack from a URL is untrusted input until it passes. Only the lazily
 * loaded run-time chunk imports this, so the default embed never carries the validator.
 */
import * as v from 'valibot';
import {
  ContactFrontMatter,
  GuideFrontMatter,
  OutcomeFrontMatter,
  QuestionFrontMatter,
  RICH_TAGS,
  type Guide,
  type RichNode,
} from './schema.js';

const RichNodeSchema: v.GenericSchema<RichNode> = v.union([
  v.string(),
  v.strictObject({
    t: v.picklist(RICH_TAGS),
    c: v.optional(v.array(v.lazy(() => RichNodeSchema))),
    href: v.optional(v.string()),
  }),
]);
const Rich = v.array(RichNodeSchema);

const { note: _note, ...contactEntries } = ContactFrontMatter.entries;
const { sources: _sources, ...outcomeEntries } = OutcomeFrontMatter.entries;
const guideEntries = GuideFrontMatter.entries;

export const CompiledGuide = v.strictObject({
  ...guideEntries,
  questions: v.array(QuestionFrontMatter),
  format: v.literal(2),
  intro: Rich,
  help: v.array(
    v.strictObject({
      areas: v.optional(v.array(v.string())),
      audiences: v.optional(v.array(v.string())),
      body: Rich,
    }),
  ),
  outcomes: v.array(
    v.strictObject({
      ...outcomeEntries,
      sections: v.array(v.strictObject({ heading: v.string(), body: Rich })),
    }),
  ),
  contacts: v.array(v.strictObject({ ...contactEntries, body: Rich })),
  reviewMonths: v.optional(v.number()),
});

/** Returns the guide, or a list of `path: message` strings saying what is wrong. */
export function validateCompiled(value: unknown): { guide?: Guide; issues: string[] } {
  const result = v.safeParse(CompiledGuide, value);
  if (result.success) return { guide: result.output as unknown as Guide, issues: [] };
  return {
    issues: result.issues
      .slice(0, 20)
      .map((i) => `${(i.path ?? []).map((p) => p.key).join('.') || 'pack'}: ${i.message}`),
  };
}
