/**
 * Cross-file rules: ids that must exist, ids that must be unique, option shapes, contact details
 * and review dates. Flow rules (what answers can reach) live with the guide logic in
 * src/check/analyse.ts, because they need the recommendation itself.
 */
import type { Parsed } from './parse.js';
import type { Report, SourceFile } from './front-matter.js';
import { locate } from './front-matter.js';
import { isEmail, isHttpsUrl, isPhone, checkHref } from './links.js';
import { whenClauses } from './when.js';

type Missing = (file: SourceFile, path: (string | number)[], what: string, id: string, known: Set<string>) => void;

/**
 * Help lines: ids must exist, and the last line must name no area or audience, so that everyone,
 * wherever they work, gets a line meant for them rather than one written for somewhere else.
 */
function checkHelp(
  guide: NonNullable<Parsed['guide']>,
  areas: Set<string>,
  audiences: Set<string>,
  missing: Missing,
  report: Report,
): void {
  const { file, value } = guide;
  const entries = typeof value.help === 'string' ? [] : value.help;
  entries.forEach((entry, i) => {
    entry.areas?.forEach((id, j) => areas.has(id) || missing(file, ['help', i, 'areas', j], 'area', id, areas));
    entry.audiences?.forEach(
      (id, j) => audiences.has(id) || missing(file, ['help', i, 'audiences', j], 'audience', id, audiences),
    );
  });
  const open = entries.findIndex((e) => !e.areas && !e.audiences);
  if (entries.length && open < 0)
    report(
      file,
      locate(file, ['help', entries.length - 1]),
      'error',
      'the last help line must name no "areas" or "audiences", so that people nobody else is written for still get one. Add a general line at the end.',
      'help-fallback',
    );
  else if (open >= 0 && open < entries.length - 1)
    report(
      file,
      locate(file, ['help', open + 1]),
      'warning',
      'this help line is never shown: the one before it names no areas or audiences, so it is shown to everyone first. Move the general line to the end.',
      'unreachable-help',
    );
}

export function checkReferences(parsed: Parsed, report: Report): void {
  unique(parsed.outcomes, 'outcome', report);
  unique(parsed.questions, 'question', report);
  unique(parsed.contacts, 'contact', report);
  const outcomes = parsed.declared.outcome;
  const questions = parsed.declared.question;
  const guide = parsed.guide;
  const areas = new Set(guide?.value.areas.map((a) => a.id));
  const audiences = new Set(guide?.value.audiences.map((a) => a.id));
  const missing: Missing = (file, path, what, id, known) =>
    report(
      file,
      locate(file, path),
      'error',
      `there is no ${what} with the id "${id}".${known.size ? ` Known ${what}s: ${[...known].join(', ')}.` : ''}`,
      'unknown-id',
    );

  if (guide) {
    const { file, value } = guide;
    const order = value.questions;
    order.forEach((id, i) => {
      if (!questions.has(id)) missing(file, ['questions', i], 'question', id, questions);
      if (order.indexOf(id) !== i)
        report(file, locate(file, ['questions', i]), 'error', `the question "${id}" is listed twice.`, 'duplicate-id');
    });
    for (const q of parsed.questions)
      if (!order.includes(q.value.id))
        report(
          q.file,
          locate(q.file, ['id']),
          'warning',
          `this question is not listed under "questions" in guide.md, so it is never asked.`,
          'unreachable-question',
        );
    value.tieBreak.forEach((id, i) => {
      if (!outcomes.has(id)) missing(file, ['tieBreak', i], 'outcome', id, outcomes);
    });
    value.areas.forEach((area, i) => {
      if (area.within && !areas.has(area.within)) missing(file, ['areas', i, 'within'], 'area', area.within, areas);
      let cur: string | undefined = area.within;
      for (let hops = 0; cur && hops <= value.areas.length; hops++) {
        if (cur === area.id) {
          report(
            file,
            locate(file, ['areas', i, 'within']),
            'error',
            `the area "${area.id}" ends up inside itself. Check "within".`,
            'area-cycle',
          );
          break;
        }
        cur = value.areas.find((a) => a.id === cur)?.within;
      }
    });
    for (const [list, what] of [
      [value.areas, 'area'],
      [value.audiences, 'audience'],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id))
          report(
            file,
            locate(file, [`${what}s`, i, 'id']),
            'error',
            `the ${what} id "${item.id}" is used twice.`,
            'duplicate-id',
          );
        seen.add(item.id);
      });
    }
  }

  const order = guide?.value.questions ?? [];
  for (const { file, value: q } of parsed.questions) {
    const position = order.indexOf(q.id);
    const optionIds = new Set<string>();
    q.options.forEach((option, i) => {
      const at = (...rest: string[]) => locate(file, ['options', i, ...rest]);
      if (optionIds.has(option.id))
        report(file, at('id'), 'error', `the option id "${option.id}" is used twice in this question.`, 'duplicate-id');
      optionIds.add(option.id);
      const kinds = [
        option.weights && 'weights',
        option.exit && 'exit',
        option.unsure && 'unsure',
        option.value && 'value',
      ].filter(Boolean);
      if (!kinds.length)
        report(
          file,
          at(),
          'error',
          `the option "${option.id}" does not say what it tells us. Give it "weights" and a "reason", an "exit", or "unsure: true".`,
          'option-effect',
        );
      else if (kinds.includes('unsure') && kinds.length > 1)
        report(
          file,
          at('unsure'),
          'error',
          `an "unsure" option counts for nothing, so it cannot also have ${kinds.filter((k) => k !== 'unsure').join(' or ')}.`,
          'option-effect',
        );
      else if (option.weights && option.exit)
        report(
          file,
          at('exit'),
          'error',
          `the option "${option.id}" has both "weights" and "exit". An exit ends the questions, so the weights would never count. Keep one.`,
          'option-effect',
        );
      if ((option.weights || option.exit) && !option.reason)
        report(
          file,
          at(),
          'error',
          `the option "${option.id}" needs a "reason": it is shown to people to explain the suggestion.`,
          'missing-reason',
        );
      if (option.reason && !option.weights && !option.exit)
        report(
          file,
          at('reason'),
          'warning',
          `this reason is never shown, because the option has no "weights" or "exit".`,
          'unused-reason',
        );
      for (const id of Object.keys(option.weights ?? {}))
        if (!outcomes.has(id)) missing(file, ['options', i, 'weights', id], 'outcome', id, outcomes);
      if (option.exit && !outcomes.has(option.exit))
        missing(file, ['options', i, 'exit'], 'outcome', option.exit, outcomes);
      if (q.sets && !option.value)
        report(
          file,
          at(),
          'error',
          `this question sets the ${q.sets}, so the option "${option.id}" needs a "value" naming one.`,
          'missing-value',
        );
      if (option.value && !q.sets)
        report(
          file,
          at('value'),
          'error',
          `"value" only means something on a question with "sets: area" or "sets: audience".`,
          'option-effect',
        );
      const known = q.sets === 'area' ? areas : audiences;
      if (q.sets && option.value && guide && !known.has(option.value))
        missing(file, ['options', i, 'value'], q.sets, option.value, known);
    });
    const list = Array.isArray(q.when);
    whenClauses(q.when).forEach((clause, n) => {
      const base = list ? ['when', n] : ['when'];
      for (const [ref, ids] of Object.entries(clause)) {
        const target = parsed.questions.find((other) => other.value.id === ref)?.value;
        if (!target) {
          // A question that is declared but has problems of its own is reported in its own file.
          if (!questions.has(ref)) missing(file, [...base, ref], 'question', ref, questions);
          continue;
        }
        if (order.indexOf(ref) >= position && position >= 0)
          report(
            file,
            locate(file, [...base, ref], true),
            'error',
            `"when" can only look at questions asked earlier, and "${ref}" comes after this one in guide.md.`,
            'condition-order',
          );
        ids.forEach((id, i) => {
          if (!target.options.some((o) => o.id === id))
            report(
              file,
              locate(file, [...base, ref, i]),
              'error',
              `the question "${ref}" has no option "${id}". Its options are: ${target.options.map((o) => o.id).join(', ')}.`,
              'unknown-id',
            );
        });
      }
    });
  }

  if (guide) checkHelp(guide, areas, audiences, missing, report);

  for (const { file, value: o } of parsed.outcomes)
    (o.sources ?? []).forEach((source, i) =>
      source.headings?.forEach((name, j) => {
        if (!o.sections.some((s) => s.heading === name))
          report(
            file,
            locate(file, ['sources', i, 'headings', j]),
            'error',
            `this file has no section "## ${name}". Its sections are: ${o.sections
              .map((s) => s.heading)
              .filter(Boolean)
              .join(', ')}.`,
            'unknown-section',
          );
      }),
    );

  for (const { file, value: c } of parsed.contacts) {
    c.offers.forEach((id, i) => outcomes.has(id) || missing(file, ['offers', i], 'outcome', id, outcomes));
    if (guide) {
      c.areas.forEach((id, i) => areas.has(id) || missing(file, ['areas', i], 'area', id, areas));
      c.audiences.forEach((id, i) => audiences.has(id) || missing(file, ['audiences', i], 'audience', id, audiences));
    }
  }
}

function unique<T extends { id: string }>(
  items: { file: SourceFile; value: T }[],
  what: string,
  report: Report,
): Set<string> {
  const seen = new Map<string, SourceFile>();
  for (const { file, value } of items) {
    const first = seen.get(value.id);
    if (first)
      report(
        file,
        locate(file, ['id']),
        'error',
        `the ${what} id "${value.id}" is already used by ${first.path}. Ids must be unique.`,
        'duplicate-id',
      );
    else seen.set(value.id, file);
  }
  return new Set(seen.keys());
}

/** Adds months to a YYYY-MM-DD date, returning YYYY-MM-DD. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function checkContacts(parsed: Parsed, report: Report, today: string): void {
  const months = parsed.guide?.value.reviewMonths ?? 12;
  for (const { file, value: c } of parsed.contacts) {
    if (c.website) {
      // The same rule as every other link, so what passes here is what the widget will link.
      const verdict = checkHref(c.website);
      if (!verdict.ok || !isHttpsUrl(c.website))
        report(
          file,
          locate(file, ['website']),
          'error',
          verdict.ok ? `"${c.website}" is not a complete https:// web address.` : verdict.message,
          verdict.ok ? 'bad-url' : verdict.rule,
        );
    }
    if (c.email && !isEmail(c.email))
      report(
        file,
        locate(file, ['email']),
        'error',
        `"${c.email}" is not a valid e-mail address. Write it like name@nhs.net.`,
        'bad-email',
      );
    if (c.phone && !isPhone(c.phone))
      report(
        file,
        locate(file, ['phone']),
        'error',
        `"${c.phone}" is not a valid phone number. Use digits and spaces, like "0116 258 5000".`,
        'bad-phone',
      );
    if (!c.website && !c.email && !c.phone && !c.body.length)
      report(
        file,
        locate(file, ['id']),
        'error',
        'people have no way to reach this contact. Add a website, email or phone, or say how in the text below the settings.',
        'no-contact-route',
      );
    if (!c.sources?.length)
      report(
        file,
        locate(file, ['id']),
        'warning',
        'this contact names no source. Add "sources" with the title (and section) of the document its details come from, so staff can see where they come from.',
        'no-source',
      );
    if (c.verified && c.verified > today)
      report(
        file,
        locate(file, ['verified']),
        'error',
        `the date ${c.verified} is in the future. "verified" is the day someone confirmed these details with the team.`,
        'verified-date',
      );
    if (c.reviewed > today)
      report(
        file,
        locate(file, ['reviewed']),
        'error',
        `the review date ${c.reviewed} is in the future.`,
        'review-date',
      );
    else if (addMonths(c.reviewed, months) < today)
      report(
        file,
        locate(file, ['reviewed']),
        'warning',
        `these details were last reviewed on ${c.reviewed}, more than ${months} months ago. Compare them with their sources again and update "reviewed".`,
        'review-due',
      );
  }
}
