/**
 * What every front-matter field means, in the editors' own words. The JSON Schemas in schema/ and
 * the editor page's completion and hover help are made from this; a test fails when a field of
 * the schemas has no entry here. Paths use `[]` for "each item of the list" and `*` for "any key".
 */
export const FIELD_HELP = {
  guide: {
    title: 'The name shown at the top of the start page.',
    privacy: 'One or two sentences telling people their answers stay in their browser.',
    help: 'Where to get help, shown at the foot of every page (Markdown links allowed): one line for everyone, or a list of lines for particular areas and audiences, the last for everyone.',
    'help[]': 'One help line and whom it is for. The first line that fits the person is shown.',
    'help[].areas': 'Optional: the area ids this line is for. Leave it out on the last line, which is for everyone.',
    'help[].areas[]': 'An area id from "areas".',
    'help[].audiences': 'Optional: the audience ids this line is for. Leave it out on the last line.',
    'help[].audiences[]': 'An audience id from "audiences".',
    'help[].text': 'The help line itself: one short line, Markdown links allowed.',
    questions: 'The ids of the questions, in the order they are asked. A question not listed is never asked.',
    'questions[]': 'A question id (the "id" of a file in questions/).',
    tieBreak: 'Outcome ids in order of preference, used when two outcomes score the same.',
    'tieBreak[]': 'An outcome id.',
    closeMargin:
      'How many points behind the winner another outcome can be and still be offered as "you might also consider".',
    reviewMonths: 'After how many months a contact\'s "reviewed" date counts as overdue (a warning).',
    areas: 'The places people can work in. A contact for a larger area is shown to people in every area inside it.',
    'areas[]': 'One area: its id, name and, optionally, the larger area it is within.',
    'areas[].id': "The area's id, used in contacts' \"areas\" and in the area question's option values.",
    'areas[].name': 'The area\'s name as staff see it, for example "Leicester, Leicestershire and Rutland".',
    'areas[].within': 'Optional: the id of the larger area this one sits in.',
    'areas[].partners': 'Optional: the organisations in this area.',
    'areas[].partners[]': 'An organisation in this area.',
    audiences: 'The groups of people the guide serves.',
    'audiences[]': 'One audience: its id and name.',
    'audiences[].id': "The audience's id, used in contacts' \"audiences\" and in the audience question's values.",
    'audiences[].name': "The group's name as staff see it.",
    labels: 'The text of every button, heading and message the widget shows.',
    'labels.*': 'The text the widget shows here. Words in {braces} are filled in by the widget: keep them.',
  },
  question: {
    id: "The question's id. Never change one that is published: saved answers use it.",
    question: 'The question itself. It becomes the page heading.',
    hint: 'Optional help shown under the question.',
    error: 'The message shown when someone continues without choosing, e.g. "Select what you would like help with".',
    sets: 'Optional: "area" or "audience". Each option then needs a "value" naming an area or audience id.',
    when: 'Optional: ask this question only after certain answers, e.g. { aim: [self] }.',
    'when.*': 'The option ids of that earlier question that make this one be asked.',
    'when.*[]': 'An option id of that earlier question.',
    'when[]': 'One alternative: when any alternative in the list holds, the question is asked.',
    'when[].*': 'The option ids of that earlier question that make this alternative hold.',
    'when[].*[]': 'An option id of that earlier question.',
    options: 'The answers people can choose, in order.',
    'options[]': 'One answer: its id, label and what it tells us (weights and reason, exit, value, or unsure).',
    'options[].id': "The option's id, unique within this question.",
    'options[].label': 'The answer as people see it next to its radio button.',
    'options[].hint': 'Optional help shown under the answer.',
    'options[].weights': 'Points for (positive) or against (negative) outcomes, e.g. { coaching: 3, mentoring: -1 }.',
    'options[].weights.*': 'Points for (positive) or against (negative) this outcome.',
    'options[].reason': 'Shown to the person under "why we suggest this". Write it to them: "You want to ...".',
    'options[].exit': 'The id of an outcome to go to straight away, for example the wellbeing signpost.',
    'options[].value': 'For questions with "sets": the area or audience id this answer means.',
    'options[].unsure': 'true for an "I\'m not sure" answer: it counts for nothing, and the result says so.',
  },
  outcome: {
    id: 'The outcome\'s id, used in weights, exits, tieBreak and contacts\' "offers".',
    title: 'Its name, e.g. "Coaching".',
    kind: '"support" (for yourself or your team), "offer" (becoming a coach, mentor...) or "signpost" (somewhere else to turn).',
    summary: 'One or two sentences in plain words saying what it is.',
    sources: 'The documents these details come from, so they can be traced. "check" warns when there are none.',
    'sources[]': 'One document: its title, and optionally the section and an https:// address.',
    'sources[].title': 'The title of the document, as its readers would know it.',
    'sources[].section': 'Optional: the section or page of the document.',
    'sources[].url': 'Optional: where the document can be read, starting with https://.',
    'sources[].headings': 'Optional: the "## " sections of this file that the document backs.',
    'sources[].headings[]': 'A section heading of this file, without the "## ".',
  },
  contact: {
    id: "The contact's id; the file name should match it.",
    name: 'Who or what to contact, e.g. "Coaching and mentoring".',
    organisation: 'Who runs it.',
    level: '"local", "regional" or "national": contacts are grouped in that order.',
    areas: 'Area ids this contact serves. A contact for a larger area is shown in every area inside it.',
    'areas[]': 'An area id from guide.md.',
    audiences: 'Audience ids this contact serves.',
    'audiences[]': 'An audience id from guide.md.',
    offers: 'Outcome ids this contact can help with.',
    'offers[]': 'An outcome id (the "id" of a file in outcomes/).',
    website: 'A web address starting with https://.',
    email: 'An e-mail address, like name@nhs.net.',
    phone: 'A phone number in digits and spaces, like "0116 258 5000".',
    reviewed:
      'The date an editor last compared this file with its sources, as 2026-11-23. Never shown to staff as a check.',
    verified:
      'Optional: the date a person confirmed these details with the team itself, as 2026-11-23. Only then does the card say "Details checked".',
    serves:
      'Optional: whom this contact serves, when that is fewer people than its areas and audiences, e.g. "Staff of one trust only". Shown on its card.',
    sources: 'The documents these details come from, so they can be traced. "check" warns when there are none.',
    'sources[]': 'One document: its title, and optionally the section and an https:// address.',
    'sources[].title': 'The title of the document, as its readers would know it.',
    'sources[].section': 'Optional: the section or page of the document.',
    'sources[].url': 'Optional: where the document can be read, starting with https://.',
    note: 'Optional: a note for other editors. It is never shown to staff.',
  },
} as const satisfies Record<string, Record<string, string>>;

export type HelpKind = keyof typeof FIELD_HELP;

/** The help for a field path such as ["options", 0, "label"], or undefined. */
export function fieldHelp(kind: HelpKind, path: readonly (string | number)[]): string | undefined {
  const table: Record<string, string> = FIELD_HELP[kind];
  const exact = path.map((p, i) => (typeof p === 'number' ? '[]' : i ? `.${p}` : p)).join('');
  const key = exact.replace(/\.\[\]/g, '[]');
  if (table[key]) return table[key];
  // Any key of a record: swap the last name for "*".
  const any = key.replace(/\.[^.[\]]+$/, '.*').replace(/\.[^.[\]]+(\[\])$/, '.*$1');
  return table[any];
}
