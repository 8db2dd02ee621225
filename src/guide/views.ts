/**
 * View models: exactly what each page shows, worked out from a snapshot. Pages render these and
 * decide nothing; every rule about what to show (which contacts, which reasons, whether the
 * wellbeing note appears) lives here or below it.
 */
import type { Area, Contact, Labels, Level, Outcome, Question, Rich, Section } from '../content/schema.js';
import { provenanceText, selectContacts, type ContactGroup } from '../contacts/select.js';
import { format, formatDate } from './format.js';
import {
  selectAnswerRows,
  selectArea,
  selectAudience,
  selectProgress,
  selectQuestion,
  selectRecommendation,
  selectHelpText,
  type AnswerRow,
  type GuideSnapshot,
} from './selectors.js';

export interface StartView {
  title: string;
  intro: Rich;
  privacy: string;
  labels: Labels;
}

export interface QuestionView {
  question: Question;
  labels: Labels;
  /** "Question 2 of about 5", or nothing when the path has no count. */
  progress?: string;
  /** The option chosen on this page, if any. Nothing is ever pre-selected. */
  selected?: string;
  /** Continue was pressed with nothing chosen. */
  invalid: boolean;
}

export interface ReviewView {
  rows: AnswerRow[];
  labels: Labels;
}

export interface ContactCard {
  contact: Contact;
  /**
   * Where the details come from: "Details checked 23 November 2026" only when a person verified
   * them, otherwise the documents they come from; undefined when neither is recorded.
   */
  provenance?: string;
  /** Titles of the kinds of support this contact offers. */
  offers: string[];
}

export interface ContactGroupView {
  level: Level;
  heading: string;
  contacts: ContactCard[];
}

export interface ContactListView {
  labels: Labels;
  groups: ContactGroupView[];
  /** Areas to choose from; empty when the list offers no area choice. */
  areas: Area[];
  area?: string;
}

/** A section of the outcome's guidance; `folded` ones are shown behind a disclosure, headed by their heading. */
export interface ResultSection extends Section {
  folded: boolean;
}

export interface ResultView {
  labels: Labels;
  outcome: Outcome;
  /** The first contact in the list, shown under the heading as the person's first step. */
  firstStep?: ContactCard;
  /** The outcome's sections in order: the first open, the longer guidance after it folded. */
  sections: ResultSection[];
  runnerUp?: Outcome;
  clear: boolean;
  reasonsFor: string[];
  reasonsAgainst: string[];
  /** Notes for questions answered "not sure", already worded. */
  unsure: string[];
  contacts: ContactListView;
  /** The wellbeing signpost: when the pack has one, it is not the suggestion, and the suggestion is not an offer. */
  wellbeing?: { summary: string; contacts: ContactListView };
  rows: AnswerRow[];
  remember: boolean;
}

export const selectStartView = (s: GuideSnapshot): StartView => {
  const g = s.context.guide;
  return { title: g.title, intro: g.intro, privacy: g.privacy, labels: g.labels };
};

export function selectQuestionView(s: GuideSnapshot): QuestionView | undefined {
  const question = selectQuestion(s);
  if (!question) return undefined;
  const labels = s.context.guide.labels;
  const p = selectProgress(s);
  return {
    question,
    labels,
    progress: p
      ? format(p.exact ? labels.progress : labels.progressAbout, { current: p.current, total: p.total })
      : undefined,
    selected: s.context.draft,
    invalid: s.matches({ question: 'invalid' }),
  };
}

export const selectReviewView = (s: GuideSnapshot): ReviewView => ({
  rows: selectAnswerRows(s),
  labels: s.context.guide.labels,
});

function contactList(s: GuideSnapshot, groups: ContactGroup[], areas: Area[]): ContactListView {
  const { labels, outcomes } = s.context.guide;
  const titles = new Map(outcomes.map((o) => [o.id, o.title]));
  const heading = { local: labels.contactsLocal, regional: labels.contactsRegional, national: labels.contactsNational };
  return {
    labels,
    areas,
    area: selectArea(s),
    groups: groups.map((g) => ({
      level: g.level,
      heading: heading[g.level],
      contacts: g.contacts.map((contact) => ({
        contact,
        provenance: provenanceText(contact, labels, (date) => formatDate(date, selectLang(s))),
        offers: contact.offers.flatMap((id) => titles.get(id) ?? []),
      })),
    })),
  };
}

export function selectResultView(s: GuideSnapshot): ResultView | undefined {
  const g = s.context.guide;
  const r = selectRecommendation(s);
  const outcome = g.outcomes.find((o) => o.id === r.winner.outcomeId);
  if (!outcome) return undefined;
  const area = selectArea(s);
  const audience = selectAudience(s);
  // The "not counselling" note and wellbeing contacts go with support a person receives; the
  // pages for offering to coach, mentor or buddy others do not need them.
  const signpost =
    outcome.kind === 'offer' ? undefined : g.outcomes.find((o) => o.kind === 'signpost' && o.id !== outcome.id);
  const contacts = contactList(s, selectContacts(g, outcome.id, area, audience), g.areas.length > 1 ? g.areas : []);
  // The first headed section (and any text before it) says whom the support suits; what follows
  // is for reading once the person is interested, so it folds behind its heading and the page
  // above the fold stays short. A signpost's sections (where to get help, help now) never fold.
  const open = outcome.sections.findIndex((section) => section.heading !== '');
  const sections = outcome.sections.map((section, i) => ({
    ...section,
    folded: open >= 0 && i > open && outcome.kind !== 'signpost',
  }));
  const unsure = r.unsure.map((id) =>
    format(g.labels.unsureNote, { question: g.questions.find((q) => q.id === id)?.question ?? id }),
  );
  return {
    labels: g.labels,
    outcome,
    firstStep: contacts.groups[0]?.contacts[0],
    sections,
    runnerUp: g.outcomes.find((o) => o.id === r.runnerUp?.outcomeId),
    clear: r.clear,
    reasonsFor: r.winner.for.map((reason) => reason.text),
    reasonsAgainst: r.winner.against.map((reason) => reason.text),
    unsure,
    contacts,
    wellbeing: signpost
      ? { summary: signpost.summary, contacts: contactList(s, selectContacts(g, signpost.id, area, audience), []) }
      : undefined,
    rows: selectAnswerRows(s),
    remember: s.context.remember,
  };
}

/**
 * The language the widget speaks: its content's, not the host page's. Every pack is written in
 * British English today, so an English widget on a page in another language is still read out,
 * and its dates written, in English. A pack that declares a language would be read here.
 */
export const selectLang = (_s: GuideSnapshot): string => 'en-GB';

/** The help line under every page. */
export const selectHelp = (s: GuideSnapshot) => ({ help: selectHelpText(s), newTab: s.context.guide.labels.newTab });

/**
 * Where focus belongs. `page` changes only when a new page appears; `error` counts the showings
 * of the error summary (after Continue with nothing chosen). Choosing a radio, the error clearing,
 * changing area or ticking Remember change neither, so focus stays on the control being used.
 */
export const selectFocus = (s: GuideSnapshot): { page: string; error?: number } => {
  const step = s.matches('question') ? 'question' : String(s.value);
  return {
    page: `${step}|${s.context.current ?? ''}`,
    error: s.matches({ question: 'invalid' }) ? s.context.errors : undefined,
  };
};
