/**
 * Story data: the real default content pack (content/, compiled by the same plugin as the build),
 * and what the widget would pass its pages at each step, worked out with the same pure helpers
 * the widget uses. Long-text and many-option variants are built from the real content, so they
 * stay realistic when the content changes.
 */
import { defaultGuide } from 'virtual:support-finder/default-pack';
import type { Contact, Guide, Labels, Outcome, Question } from '../src/content/schema.js';
import { selectContacts, type ContactGroup } from '../src/contacts/select.js';
import { findOption, findQuestion, progress, walk, type Answers, type Progress } from '../src/guide/flow.js';
import { recommend, type Recommendation } from '../src/guide/recommend.js';
import type { AnswerRow } from '../src/guide/selectors.js';

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

/** "Question 2 of about 5", as the widget works it out after these answers. */
export const progressAt = (questionId: string, answers: Answers = {}): Progress =>
  progress(guide, answers, {}, questionId);

/** The rows of "Check your answers" for a set of answers, in the order they were asked. */
export function rowsFor(answers: Answers, from: Guide = guide): AnswerRow[] {
  return walk(from, answers).path.flatMap((id) => {
    const q = findQuestion(from, id);
    const option = findOption(q, answers[id]);
    return q && option ? [{ question: q, label: option.label }] : [];
  });
}

/* ---------- Whole journeys ---------- */

/** Every complete set of answers through the pack, depth first. The default pack has about a thousand. */
function allAnswers(from: Guide): Answers[] {
  const found: Answers[] = [];
  const visit = (answers: Answers) => {
    const q = findQuestion(from, walk(from, answers).current);
    if (!q) found.push(answers);
    else for (const o of q.options) visit({ ...answers, [q.id]: o.id });
  };
  visit({});
  return found;
}

let journeys: { answers: Answers; recommendation: Recommendation; area?: string; audience?: string }[] | undefined;

/** The value (area or audience id) chosen by the answer to the question that sets it. */
function chosen(answers: Answers, key: 'area' | 'audience'): string | undefined {
  const q = guide.questions.find((x) => x.sets === key && answers[x.id] !== undefined);
  return findOption(q, q ? answers[q.id] : undefined)?.value;
}

function allJourneys() {
  journeys ??= allAnswers(guide).map((answers) => ({
    answers,
    recommendation: recommend(guide, answers),
    area: chosen(answers, 'area'),
    audience: chosen(answers, 'audience'),
  }));
  return journeys;
}

/** Everything <sf-result-page> is given at the end of one journey. */
export interface ResultData {
  answers: Answers;
  recommendation: Recommendation;
  rows: AnswerRow[];
  area: string | undefined;
  contactGroups: ContactGroup[];
  wellbeingGroups: ContactGroup[];
}

export interface JourneyPreference {
  /** Only journeys that pass this test. */
  where?: (recommendation: Recommendation, answers: Answers) => boolean;
}

/**
 * A realistic journey that ends with `outcomeId` suggested: preferably an NHS member of staff in
 * Leicester, Leicestershire and Rutland, with a clear result and as many reasons as possible.
 */
export function resultFor(outcomeId: string, preference: JourneyPreference = {}): ResultData {
  const score = (j: ReturnType<typeof allJourneys>[number]) =>
    (j.audience === 'nhs' ? 8 : 0) +
    (j.area === 'llr' ? 8 : 0) +
    (j.recommendation.clear ? 4 : 0) +
    j.recommendation.winner.for.length -
    j.recommendation.unsure.length;
  const candidates = allJourneys().filter(
    (j) =>
      j.recommendation.winner.outcomeId === outcomeId &&
      (preference.where ? preference.where(j.recommendation, j.answers) : true),
  );
  const best = candidates.reduce<(typeof candidates)[number] | undefined>(
    (a, b) => (a && score(a) >= score(b) ? a : b),
    undefined,
  );
  if (!best) throw new Error(`No journey through the default pack ends with "${outcomeId}"`);
  return resultData(best.answers, best.recommendation, best.area, best.audience);
}

function resultData(
  answers: Answers,
  recommendation: Recommendation,
  area: string | undefined,
  audience: string | undefined,
  from: Guide = guide,
): ResultData {
  const signpost = from.outcomes.find((o) => o.kind === 'signpost');
  return {
    answers,
    recommendation,
    rows: rowsFor(answers, from),
    area,
    contactGroups: selectContacts(from, recommendation.winner.outcomeId, area, audience),
    wellbeingGroups: signpost ? selectContacts(from, signpost.id, area, audience) : [],
  };
}

/* ---------- Contacts ---------- */

export const contactsFor = (outcomeId: string, area?: string, audience?: string): ContactGroup[] =>
  selectContacts(guide, outcomeId, area, audience);

/** Every contact in the pack, grouped by level: the longest list the widget could show. */
export const allContactGroups = (): ContactGroup[] =>
  (['local', 'regional', 'national'] as const)
    .map((level) => ({ level, contacts: guide.contacts.filter((c) => c.level === level) }))
    .filter((g) => g.contacts.length > 0);

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
function longGuide(): Guide {
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

/** A result from `longGuide()`: the same journey as `resultFor`, with every text at length. */
export function longResultFor(outcomeId: string): { guide: Guide } & ResultData {
  const long = longGuide();
  const { answers } = resultFor(outcomeId);
  const chosenIn = (key: 'area' | 'audience') => {
    const q = long.questions.find((x) => x.sets === key && answers[x.id] !== undefined);
    return findOption(q, q ? answers[q.id] : undefined)?.value;
  };
  return {
    guide: long,
    ...resultData(answers, recommend(long, answers), chosenIn('area'), chosenIn('audience'), long),
  };
}

/**
 * Settings for a story drawn at 320 CSS pixels. Tag the story `narrow` as well, in the story
 * itself: Storybook reads tags from the source, and the frame and the story tests go by the tag.
 */
export const narrow = { parameters: { layout: 'fullscreen' } };
