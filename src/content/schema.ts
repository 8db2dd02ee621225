/**
 * The content model: what editors write in front matter (checked with valibot) and the compiled
 * `Guide` that everything downstream reads. The Guide is plain data: rich text has already been
 * turned from Markdown into an allow-listed node tree, so no component ever needs innerHTML.
 */
import * as v from 'valibot';
import { isReservedId } from './ids.js';
import { MAX_CONTACTS, MAX_OPTIONS, MAX_OUTCOMES, MAX_QUESTIONS } from './limits.js';
import { LEVELS } from './levels.js';

/** Ids are stable keys shared by files, saved answers and share links. */
const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "team-coaching"'),
  v.check(
    (id) => !isReservedId(id),
    (issue) => `is "${String(issue.input)}", a name the widget keeps for itself. Choose another id`,
  ),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const IsoDate = v.pipe(v.string(), v.isoDate('write the date as YYYY-MM-DD, like 2026-11-23'));

/** Every piece of interface text, so editors can reword the widget itself. */
export const LABEL_KEYS = [
  'start',
  'continue',
  'back',
  'change',
  'restart',
  'print',
  'errorSummaryTitle',
  'errorPrefix',
  'progress',
  'progressAbout',
  'checkTitle',
  'checkSubmit',
  'resultTitle',
  'whyTitle',
  'againstTitle',
  'unsureNote',
  'noClearWinner',
  'alsoConsider',
  'yourAnswers',
  'contactsTitle',
  'contactsLocal',
  'contactsRegional',
  'contactsNational',
  'noContacts',
  'verified',
  'source',
  'serves',
  'website',
  'email',
  'phone',
  'newTab',
  'changeArea',
  'areaLabel',
  'wellbeingNote',
  'wellbeingLink',
  'loading',
  'previewTitle',
  'remember',
  'offers',
  'firstStep',
  'allContacts',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];
export type Labels = Record<LabelKey, string>;

/** Placeholders a label must keep, because the widget fills them in. */
export const LABEL_PLACEHOLDERS: Partial<Record<LabelKey, readonly string[]>> = {
  progress: ['current', 'total'],
  progressAbout: ['current', 'total'],
  resultTitle: ['outcome'],
  unsureNote: ['question'],
  alsoConsider: ['outcome'],
  verified: ['date'],
  source: ['source'],
};

const LabelsSchema = v.strictObject(
  Object.fromEntries(LABEL_KEYS.map((key) => [key, Text])) as Record<LabelKey, typeof Text>,
);

/** Area and audience ids a piece of text or a contact is limited to (absent: everyone). */
const Scope = {
  areas: v.optional(v.pipe(v.array(Id), v.minLength(1, 'list at least one area, or leave "areas" out'))),
  audiences: v.optional(v.pipe(v.array(Id), v.minLength(1, 'list at least one audience, or leave "audiences" out'))),
};

/**
 * One help line and whom it is for. The first entry whose areas and audiences match the person
 * is shown; the last must name neither, so everyone gets one.
 */
export const HelpEntryFrontMatter = v.strictObject({ ...Scope, text: Text });

export const GuideFrontMatter = v.strictObject({
  title: Text,
  privacy: Text,
  /**
   * Where to get help, shown in the same place on every page (Markdown, one short line): one
   * line for everyone, or a list of lines for particular areas and audiences.
   */
  help: v.union([Text, v.pipe(v.array(HelpEntryFrontMatter), v.minLength(1, 'give at least one help line'))]),
  questions: v.pipe(
    v.array(Id),
    v.minLength(1, 'list at least one question'),
    v.maxLength(MAX_QUESTIONS, `list at most ${MAX_QUESTIONS} questions`),
  ),
  tieBreak: v.array(Id),
  closeMargin: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reviewMonths: v.pipe(v.number(), v.integer(), v.minValue(1)),
  areas: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        name: Text,
        within: v.optional(Id),
      }),
    ),
    v.minLength(1, 'list at least one area'),
  ),
  audiences: v.pipe(v.array(v.strictObject({ id: Id, name: Text })), v.minLength(1, 'list at least one audience')),
  labels: LabelsSchema,
});

export const OptionFrontMatter = v.strictObject({
  id: Id,
  label: Text,
  hint: v.optional(Text),
  weights: v.optional(v.record(Id, v.pipe(v.number(), v.integer()))),
  reason: v.optional(Text),
  exit: v.optional(Id),
  value: v.optional(Id),
  unsure: v.optional(v.literal(true)),
});

/** Question id -> the option ids that satisfy it. */
const Clause = v.pipe(v.record(Id, v.pipe(v.array(Id), v.minLength(1))), v.minEntries(1, 'name at least one question'));
/**
 * `when` as one map (every question it names must have one of the listed answers), or a list of
 * such maps (at least one of them must hold).
 */
export const When = v.union([Clause, v.pipe(v.array(Clause), v.minLength(1, 'give at least one condition'))]);

export const QuestionFrontMatter = v.strictObject({
  id: Id,
  question: Text,
  hint: v.optional(Text),
  error: Text,
  sets: v.optional(v.picklist(['area', 'audience'])),
  when: v.optional(When),
  options: v.pipe(
    v.array(OptionFrontMatter),
    v.minLength(2, 'give at least two options'),
    v.maxLength(MAX_OPTIONS, `give at most ${MAX_OPTIONS} options`),
  ),
});

/** A document the details come from, and where in it. */
export const SourceFrontMatter = v.strictObject({
  title: Text,
  section: v.optional(Text),
  url: v.optional(Text),
});

export const OUTCOME_KINDS = ['support', 'offer', 'signpost'] as const;
export const OutcomeFrontMatter = v.strictObject({
  id: Id,
  title: Text,
  kind: v.picklist(OUTCOME_KINDS),
  summary: Text,
  /** Where the outcome's facts come from; `headings` names the sections of this file a source backs. */
  sources: v.optional(v.array(v.strictObject({ ...SourceFrontMatter.entries, headings: v.optional(v.array(Text)) }))),
});

export const ContactFrontMatter = v.strictObject({
  id: Id,
  name: Text,
  organisation: Text,
  level: v.picklist(LEVELS),
  areas: v.pipe(v.array(Id), v.minLength(1, 'list at least one area')),
  audiences: v.pipe(v.array(Id), v.minLength(1, 'list at least one audience')),
  /** Whom it serves, in words, when that is narrower than its areas and audiences. */
  serves: v.optional(Text),
  offers: v.pipe(v.array(Id), v.minLength(1, 'list at least one outcome')),
  website: v.optional(Text),
  email: v.optional(Text),
  phone: v.optional(v.union([Text, v.pipe(v.number(), v.transform(String))])),
  /** The documents these details come from. */
  sources: v.optional(v.array(SourceFrontMatter)),
  /** When an editor last compared the file with its sources (drives the review-due warning). */
  reviewed: IsoDate,
  /** When a person confirmed the details with the team itself: only then is "checked" shown. */
  verified: v.optional(IsoDate),
  note: v.optional(Text),
});

/* ---------- The compiled Guide ---------- */

/** Tags a rich-text node may have. Anything else never leaves the content pipeline. */
export const RICH_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'br', 'a', 'h', 'blockquote'] as const;
export type RichTag = (typeof RICH_TAGS)[number];
export type RichNode = string | { t: RichTag; c?: RichNode[]; href?: string };
export type Rich = RichNode[];

export type Area = v.InferOutput<typeof GuideFrontMatter>['areas'][number];
export type Audience = v.InferOutput<typeof GuideFrontMatter>['audiences'][number];
export type Option = v.InferOutput<typeof OptionFrontMatter>;
export type Condition = v.InferOutput<typeof When>;
export type Source = v.InferOutput<typeof SourceFrontMatter>;
export type Question = v.InferOutput<typeof QuestionFrontMatter>;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export type Level = (typeof LEVELS)[number];

export interface Section {
  heading: string;
  body: Rich;
}

export type OutcomeSource = NonNullable<v.InferOutput<typeof OutcomeFrontMatter>['sources']>[number];

export interface Outcome extends Omit<v.InferOutput<typeof OutcomeFrontMatter>, 'sources'> {
  sections: Section[];
}

/** A help line for the people it names; no areas or audiences means everyone. */
export interface HelpEntry {
  areas?: string[];
  audiences?: string[];
  body: Rich;
}

export interface Contact extends Omit<v.InferOutput<typeof ContactFrontMatter>, 'note'> {
  body: Rich;
}

const RichNodeSchema: v.GenericSchema<RichNode> = v.union([
  v.string(),
  v.strictObject({
    t: v.picklist(RICH_TAGS),
    c: v.optional(v.array(v.lazy(() => RichNodeSchema))),
    href: v.optional(v.string()),
  }),
]);
const RichSchema = v.array(RichNodeSchema);

const { note: _note, ...contactEntries } = ContactFrontMatter.entries;
const { sources: _sources, ...outcomeEntries } = OutcomeFrontMatter.entries;

/**
 * The shape of a compiled content pack (`support-finder build` output): everything the widget
 * needs, validated and sanitised. compiled.ts checks a pack loaded at run time against it.
 */
export const CompiledGuide = v.strictObject({
  ...GuideFrontMatter.entries,
  questions: v.pipe(v.array(QuestionFrontMatter), v.maxLength(MAX_QUESTIONS)),
  /** Bumped when the shape changes, so an old compiled pack is refused rather than misread. */
  format: v.literal(2),
  intro: RichSchema,
  /** Help lines, most specific first; the last is for everyone. */
  help: v.array(
    v.strictObject({
      areas: v.optional(v.array(v.string())),
      audiences: v.optional(v.array(v.string())),
      body: RichSchema,
    }),
  ),
  outcomes: v.pipe(
    v.array(
      v.strictObject({
        ...outcomeEntries,
        sections: v.array(v.strictObject({ heading: v.string(), body: RichSchema })),
      }),
    ),
    v.minLength(1, 'a pack needs at least one outcome'),
    v.maxLength(MAX_OUTCOMES),
  ),
  contacts: v.pipe(v.array(v.strictObject({ ...contactEntries, body: RichSchema })), v.maxLength(MAX_CONTACTS)),
  reviewMonths: v.optional(v.number()),
});

/** Everything the widget needs, validated and sanitised. */
export type Guide = v.InferOutput<typeof CompiledGuide>;
