/**
 * The content model: what editors write in front matter (checked with valibot) and the compiled
 * `Guide` that everything downstream reads. The Guide is plain data: rich text has already been
 * turned from Markdown into an allow-listed node tree, so no component ever needs innerHTML.
 */
import * as v from 'valibot';
import { ID_PATTERN, isReservedId } from './ids.js';
import { MAX_OPTIONS, MAX_QUESTIONS } from './limits.js';

export { ID_PATTERN };

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
const Date = v.pipe(v.string(), v.isoDate('write the date as YYYY-MM-DD, like 2026-11-23'));

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
  'reviewed',
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
  reviewed: ['date'],
};

const LabelsSchema = v.strictObject(
  Object.fromEntries(LABEL_KEYS.map((key) => [key, Text])) as Record<LabelKey, typeof Text>,
);

export const GuideFrontMatter = v.strictObject({
  title: Text,
  privacy: Text,
  /** Where to get help, shown in the same place on every page (Markdown, one short line). */
  help: Text,
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
        partners: v.optional(v.array(Text)),
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

export const QuestionFrontMatter = v.strictObject({
  id: Id,
  question: Text,
  hint: v.optional(Text),
  error: Text,
  sets: v.optional(v.picklist(['area', 'audience'])),
  when: v.optional(v.record(Id, v.pipe(v.array(Id), v.minLength(1)))),
  options: v.pipe(
    v.array(OptionFrontMatter),
    v.minLength(2, 'give at least two options'),
    v.maxLength(MAX_OPTIONS, `give at most ${MAX_OPTIONS} options`),
  ),
});

export const OUTCOME_KINDS = ['support', 'offer', 'signpost'] as const;
export const OutcomeFrontMatter = v.strictObject({
  id: Id,
  title: Text,
  kind: v.picklist(OUTCOME_KINDS),
  summary: Text,
});

export const LEVELS = ['local', 'regional', 'national'] as const;
export const ContactFrontMatter = v.strictObject({
  id: Id,
  name: Text,
  organisation: Text,
  level: v.picklist(LEVELS),
  areas: v.pipe(v.array(Id), v.minLength(1, 'list at least one area')),
  audiences: v.pipe(v.array(Id), v.minLength(1, 'list at least one audience')),
  offers: v.pipe(v.array(Id), v.minLength(1, 'list at least one outcome')),
  website: v.optional(Text),
  email: v.optional(Text),
  phone: v.optional(v.union([Text, v.pipe(v.number(), v.transform(String))])),
  reviewed: Date,
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
export type Question = v.InferOutput<typeof QuestionFrontMatter>;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export type Level = (typeof LEVELS)[number];

export interface Section {
  heading: string;
  body: Rich;
}

export interface Outcome extends v.InferOutput<typeof OutcomeFrontMatter> {
  sections: Section[];
}

export interface Contact extends Omit<v.InferOutput<typeof ContactFrontMatter>, 'note'> {
  body: Rich;
}

/** Everything the widget needs, validated and sanitised. */
export interface Guide {
  /** Bumped when the shape changes, so an old compiled pack is refused rather than misread. */
  format: 1;
  title: string;
  intro: Rich;
  privacy: string;
  help: Rich;
  questions: Question[];
  outcomes: Outcome[];
  contacts: Contact[];
  areas: Area[];
  audiences: Audience[];
  labels: Labels;
  tieBreak: string[];
  closeMargin: number;
}

// Problems live in a module without the validator, so the widget can format them without it.
export { formatProblem, type ContentProblem, type Severity } from './problem.js';
