/**
 * The default content pack as a SurveyJS questionnaire, for comparing Support Finder with the
 * SurveyJS Form Library on the same questions. The pack is compiled with the project's own code;
 * then each question becomes a `radiogroup` on a page of its own, its `when` condition a
 * `visibleIf` expression, each exit answer a `complete` trigger, and the scoring a set of
 * calculated values that pick the same suggestion through `completedHtmlOnCondition`.
 *
 * `verifySurvey` drives the SurveyJS model (survey-core runs in Node) along the answer paths the
 * project's own analysis finds (run this file directly to walk all of them), and fails unless
 * SurveyJS asks the same questions in the same order and ends on the same suggestion.
 *
 *   node --import tsx scripts/bench/to-surveyjs.ts [out.json]   (default .cache/bench/survey.json)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Model, type Question } from 'survey-core';
import type { Condition, Guide, Rich, RichNode } from '../../src/content/schema.js';
import { whenClauses } from '../../src/content/when.js';
import { checkPack } from '../../src/check/check-pack.js';
import { enumeratePaths } from '../../src/check/analyse.js';
import { readPack, today } from '../../src/node/files.js';
import { createMarkdown } from '../../src/content/markdown.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const defaultSurveyPath = join(root, '.cache/bench/survey.json');

/** Compiles `content/` (or another pack) exactly as `support-finder build` does. */
export async function compileGuide(dir = join(root, 'content')): Promise<Guide> {
  const files = await readPack(dir, root);
  const result = checkPack(files, { markdown: createMarkdown(), today: today() });
  if (!result.guide) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    throw new Error(
      `The content pack has errors:\n${errors.map((p) => `${p.path}:${p.line} ${p.message}`).join('\n')}`,
    );
  }
  return result.guide;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The compiled (already sanitised) rich text back to HTML for SurveyJS's `html` elements. */
export function richToHtml(rich: Rich, headingLevel = 3): string {
  const node = (n: RichNode): string => {
    if (typeof n === 'string') return escape(n);
    const inner = (n.c ?? []).map(node).join('');
    if (n.t === 'br') return '<br>';
    if (n.t === 'h') return `<h${headingLevel}>${inner}</h${headingLevel}>`;
    if (n.t === 'a') return `<a href="${escape(n.href ?? '')}" target="_blank" rel="noopener">${inner}</a>`;
    return `<${n.t}>${inner}</${n.t}>`;
  };
  return rich.map(node).join('');
}

const quote = (id: string) => `'${id}'`;
const scoreName = (outcomeId: string) => `score_${outcomeId.replace(/-/g, '_')}`;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** `when: { aim: [self, team] }` -> `{aim} anyof ['self', 'team']`, several questions joined by `and`. */
export function whenToExpression(when: Condition | undefined): string | undefined {
  const clauses = whenClauses(when).map((clause) =>
    Object.entries(clause)
      .map(([ref, ids]) =>
        ids.length === 1 ? `{${ref}} = ${quote(ids[0]!)}` : `{${ref}} anyof [${ids.map(quote).join(', ')}]`,
      )
      .join(' and '),
  );
  if (!clauses.length) return undefined;
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' or ');
}

export type SurveyJson = Record<string, unknown>;

/** The Guide as a SurveyJS JSON definition: same questions, order, conditions, exits and result. */
export function toSurveyJs(guide: Guide): SurveyJson {
  const labels = guide.labels;
  const exits: { expression: string; outcome: string }[] = [];
  const terms = new Map<string, string[]>();
  for (const q of guide.questions)
    for (const o of q.options) {
      const picked = `{${q.id}} = ${quote(o.id)}`;
      if (o.exit) exits.push({ expression: picked, outcome: o.exit });
      for (const [outcome, weight] of Object.entries(o.weights ?? {}))
        if (weight) terms.set(outcome, [...(terms.get(outcome) ?? []), `iif(${picked}, ${weight}, 0)`]);
    }

  // Ties go to the editor's tieBreak order, then to the id, as in src/guide/recommend.ts.
  const rank = (id: string) => {
    const i = guide.tieBreak.indexOf(id);
    return i < 0 ? guide.tieBreak.length : i;
  };
  const scored = [...terms.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const wins = (outcome: string) =>
    [
      `{${scoreName(outcome)}} > 0`,
      ...scored
        .filter((other) => other !== outcome)
        .map((other) => {
          const beats = scored.indexOf(other) < scored.indexOf(outcome) ? '>' : '>=';
          return `{${scoreName(outcome)}} ${beats} {${scoreName(other)}}`;
        }),
    ].join(' and ');

  const resultHtml = (outcomeId: string) => {
    const outcome = guide.outcomes.find((o) => o.id === outcomeId);
    if (!outcome) throw new Error(`No outcome "${outcomeId}"`);
    const contacts = guide.contacts.filter((c) => c.offers.includes(outcomeId));
    return [
      `<div data-outcome="${escape(outcomeId)}">`,
      `<h2>${escape(fill(labels.resultTitle, { outcome: outcome.title }))}</h2>`,
      `<p>${escape(outcome.summary)}</p>`,
      ...outcome.sections.map((s) => (s.heading ? `<h3>${escape(s.heading)}</h3>` : '') + richToHtml(s.body, 4)),
      `<h3>${escape(labels.contactsTitle)}</h3><ul>`,
      ...contacts.map(
        (c) =>
          `<li><h4>${escape(c.name)}</h4><p>${escape(c.organisation)}</p>${richToHtml(c.body, 5)}` +
          (c.website
            ? `<p><a href="${escape(c.website)}" target="_blank" rel="noopener">${escape(c.website)}</a></p>`
            : '') +
          (c.email ? `<p><a href="mailto:${escape(c.email)}">${escape(c.email)}</a></p>` : '') +
          (c.phone ? `<p>${escape(c.phone)}</p>` : '') +
          '</li>',
      ),
      '</ul></div>',
    ].join('');
  };

  const fallback = guide.tieBreak[0] ?? guide.outcomes[0]?.id ?? '';
  return {
    showQuestionNumbers: 'off',
    showProgressBar: true,
    progressBarType: 'pages',
    firstPageIsStartPage: true,
    startSurveyText: labels.start,
    pageNextText: labels.continue,
    pagePrevText: labels.back,
    previewText: labels.continue,
    completeText: labels.checkSubmit,
    showPreviewBeforeComplete: true,
    previewMode: 'answeredQuestions',
    clearInvisibleValues: 'onHidden',
    pages: [
      {
        name: 'start',
        elements: [
          {
            type: 'html',
            name: 'intro',
            html: `<h2>${escape(guide.title)}</h2>${richToHtml(guide.intro)}<p>${escape(guide.privacy)}</p>`,
          },
        ],
      },
      ...guide.questions.map((q) => {
        const visibleIf = whenToExpression(q.when);
        return {
          name: `page-${q.id}`,
          elements: [
            {
              type: 'radiogroup',
              name: q.id,
              title: q.question,
              ...(q.hint ? { description: q.hint } : {}),
              ...(visibleIf ? { visibleIf } : {}),
              isRequired: true,
              requiredErrorText: q.error,
              choices: q.options.map((o) => ({ value: o.id, text: o.hint ? `${o.label}: ${o.hint}` : o.label })),
            },
          ],
        };
      }),
    ],
    triggers: exits.map(({ expression }) => ({ type: 'complete', expression })),
    calculatedValues: scored.map((outcome) => ({
      name: scoreName(outcome),
      expression: terms.get(outcome)!.join(' + '),
    })),
    completedHtmlOnCondition: [
      ...exits.map(({ expression, outcome }) => ({ expression, html: resultHtml(outcome) })),
      ...scored.map((outcome) => ({ expression: wins(outcome), html: resultHtml(outcome) })),
    ],
    completedHtml: resultHtml(fallback),
  };
}

/**
 * Walks SurveyJS along the answer paths of the Guide (as the project's analysis enumerates them)
 * and checks it asks the same questions in the same order and suggests the same outcome. With
 * `sample`, only that many paths, evenly spread, are walked (SurveyJS takes tens of milliseconds
 * a path). Returns how many paths were walked, out of how many.
 */
export function verifySurvey(guide: Guide, json: SurveyJson, sample = Infinity): { walked: number; of: number } {
  const { paths } = enumeratePaths(guide, 5000);
  const step = Math.max(1, Math.ceil(paths.length / sample));
  const chosen = paths.filter((_, i) => i % step === 0 || i === paths.length - 1);
  const model = new Model(json);
  for (const { steps, recommendation } of chosen) {
    const answers = Object.fromEntries(steps);
    model.clear(true, true);
    model.start();
    const asked: string[] = [];
    for (let guard = 0; guard <= guide.questions.length + 2 && model.state === 'running'; guard++) {
      const question = (model.currentPage?.questions as Question[] | undefined)?.find((q) => q.isVisible);
      if (!question) throw new Error(`SurveyJS shows a page with no question after ${asked.join(' > ')}`);
      asked.push(question.name);
      model.setValue(question.name, answers[question.name]);
      if (model.isLastPage) {
        if (model.showPreview()) model.tryComplete();
      } else model.nextPage();
    }
    if (model.state === 'preview') model.tryComplete();
    const want = steps.map(([q]) => q).join(' > ');
    if (asked.join(' > ') !== want) throw new Error(`SurveyJS asked ${asked.join(' > ')} where we ask ${want}`);
    const outcome = /data-outcome="([^"]+)"/.exec(model.processedCompletedHtml)?.[1];
    if (outcome !== recommendation.winner.outcomeId)
      throw new Error(
        `After ${want}, SurveyJS suggests ${outcome} where we suggest ${recommendation.winner.outcomeId}`,
      );
  }
  return { walked: chosen.length, of: paths.length };
}

/** Compiles the pack, converts it, checks the conversion and writes the JSON. */
export async function writeSurvey(
  out = defaultSurveyPath,
  sample = Infinity,
): Promise<{ json: SurveyJson; guide: Guide; walked: number; of: number }> {
  const guide = await compileGuide();
  const json = toSurveyJs(guide);
  const checked = verifySurvey(guide, json, sample);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
  return { json, guide, ...checked };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? defaultSurveyPath;
  const { walked, of } = await writeSurvey(out);
  console.log(
    `Wrote ${out}: SurveyJS asks the same questions and suggests the same outcome on ${walked} of ${of} paths.`,
  );
}
