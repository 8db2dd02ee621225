/**
 * Story data: the real default content pack (content/, compiled by the same plugin as the build),
 * and the states of the widget reached by running the real machine on it (test/fixtures/
 * journeys.ts, shared with the tests), read through the real selectors. Long-text and
 * many-option variants are built from the real content, so they stay realistic when it changes.
 */
import { html, type TemplateResult } from 'lit';
import { defaultGuide } from 'virtual:support-finder/default-pack';
import type { Contact, Guide, Labels, Outcome, Question } from '../src/content/schema.js';
import { findQuestion } from '../src/guide/flow.js';
import type { Recommendation } from '../src/guide/recommend.js';
import { selectAnswerRows, selectRecommendation, type AnswerRow } from '../src/guide/selectors.js';
import { selectResultView, type ResultView } from '../src/guide/views.js';
import type { GuideActor } from '../src/components/context.js';
import { journey, resultFor as resultIn, type Presets } from '../test/fixtures/journeys.js';
import '../test/fixtures/provider.js';

if (!defaultGuide) throw new Error('The default content pack has errors. Run `npm run content:check` to see them.');

export const guide: Guide = defaultGuide;
export const labels: Labels = guide.labels;

export function question(id: string): Question {
  const found = findQuestion(guide, id);
  if (!found) throw new Error(`The default pack has no question "${id}"`);
  return found;
}

export function outcome(id: string): Outcome {
  const found = guide.outcomes.find((o) => o.id === id);
  if (!found) throw new Error(`The default pack has no outcome "${id}"`);
  return found;
}

/** A running guide after Start and these answers (option ids, in order). */
export const at = (optionIds: readonly string[] = [], presets: Presets = {}, from: Guide = guide): GuideActor =>
  journey(from, optionIds, presets);

/** Draws a page inside a provider of its actor, so its buttons drive the real machine. */
export const inActor = (actor: GuideActor | undefined, page: TemplateResult) =>
  html`<sf-test-actor .actor=${actor}>${page}</sf-test-actor>`;

/** The end of one journey: its actor, the result view, and what the person answered. */
export interface Journey {
  actor: GuideActor;
  view: ResultView;
  rows: AnswerRow[];
  recommendation: Recommendation;
  answers: Record<string, string>;
}

/**
 * A realistic journey that ends with `outcomeId` suggested (an NHS member of staff in Leicester,
 * Leicestershire and Rutland where the journey allows), found by running the machine.
 */
export function resultFor(outcomeId: string, where?: (r: Recommendation) => boolean, from: Guide = guide): Journey {
  const actor = resultIn(from, outcomeId, { where: where ? (s) => where(selectRecommendation(s)) : undefined });
  const s = actor.getSnapshot();
  return {
    actor,
    view: selectResultView(s)!,
    rows: selectAnswerRows(s),
    recommendation: selectRecommendation(s),
    answers: s.context.answers,
  };
}

/* ---------- Long text and many options ---------- */

const LONG_WORD = 'Leicestershire-Partnership-NHS-Trust-Organisational-Development-and-Learning-Services';

/** A real question reworded at length, with hints on every option and one very long word. */
export function longQuestion(): Question {
  const base = question('approach');
  return {
    ...base,
    question:
      'Thinking about the next twelve months, and about any changes in your team, service or organisation that you already know about, which kind of conversation do you think would help you most?',
    hint: `Choose the answer that fits best, even if more than one could apply. You can change it later, before you see your suggestion. Staff at ${LONG_WORD} can also ask their own team.`,
    error:
      'Select the kind of conversation that would help you most. If you are not sure, choose "I\'m not sure" and we will take that into account.',
    options: base.options.map((o) => ({
      ...o,
      label: `${o.label}, whether that happens in person, by video call or by telephone, and at a time that suits both of you`,
      hint: 'Sessions usually last about an hour. You agree between you how often to meet and what to talk about, and you can stop at any time.',
    })),
  };
}

/** "Which organisation do you work for?", with every partner organisation in LLR as an option. */
export function manyOptionsQuestion(): Question {
  // The LLR partner organisations named in the UHL coaching and mentoring guide.
  const partners = [
    'University Hospitals of Leicester NHS Trust',
    'Leicestershire Partnership NHS Trust',
    'LOROS Hospice',
    'Health Education England',
    'Leicestershire County Council',
    'Leicester City Council',
    'LLR Training Hub',
    'Leicester, Leicestershire and Rutland Integrated Care Board',
    'Skills for Care',
    'NHS England Midlands Leadership and Lifelong Learning team',
  ];
  return {
    id: 'organisation',
    question: 'Which organisation do you work for?',
    hint: 'Partner organisations in Leicester, Leicestershire and Rutland.',
    error: 'Select the organisation you work for',
    options: [
      ...partners.map((name, i) => ({ id: `partner-${i + 1}`, label: name, unsure: true as const })),
      { id: 'other', label: 'Another organisation', unsure: true },
      { id: 'not-sure', label: "I'm not sure", unsure: true },
    ],
  };
}

/** The default pack with every outcome, reason and contact written at length. */
export function longGuide(): Guide {
  const long: Guide = structuredClone(guide);
  for (const o of long.outcomes) {
    o.title = `${o.title} for health and social care staff across Leicester, Leicestershire and Rutland`;
    o.summary = `${o.summary} ${o.summary} It is open to everyone, whatever their role, band, profession or working pattern, including people who work part time, nights or in the community.`;
  }
  for (const q of long.questions)
    for (const option of q.options)
      if (option.reason)
        option.reason = `${option.reason} This matters because the right kind of support depends on what you want from it, and on how much time you can give to it over the coming months.`;
  long.contacts = long.contacts.map(longContact);
  return long;
}

export function longContact(contact: Contact): Contact {
  return {
    ...contact,
    name: `${contact.name}: coaching, mentoring and buddying enquiries for all staff groups`,
    organisation: `${contact.organisation} (${LONG_WORD})`,
    email: contact.email ?? 'organisational.development.coaching.and.mentoring.enquiries@example.nhs.uk',
  };
}

/**
 * Settings for a story drawn at 320 CSS pixels. Tag the story `narrow` as well, in the story
 * itself: Storybook reads tags from the source, and the frame and the story tests go by the tag.
 */
export const narrow = { parameters: { layout: 'fullscreen' } };
