/** Wording in place of ids, shared by the writers. Plain text: each writer escapes it. */
import type { Guide, Option } from '../content/schema.js';
import { findQuestion } from '../guide/flow.js';
import type { RowAnswers } from './collapse.js';
import { orList } from './text.js';

export const outcomeTitle = (guide: Guide, id: string | undefined): string =>
  id === undefined ? '' : (guide.outcomes.find((o) => o.id === id)?.title ?? id);

export const optionLabel = (guide: Guide, q: string, o: string): string =>
  findQuestion(guide, q)?.options.find((x) => x.id === o)?.label ?? o;

export const areaName = (guide: Guide, id: string | undefined): string =>
  id === undefined ? 'Area not given' : (guide.areas.find((a) => a.id === id)?.name ?? id);

export const audienceName = (guide: Guide, id: string | undefined): string =>
  id === undefined ? 'Anyone' : (guide.audiences.find((a) => a.id === id)?.name ?? id);

/** What choosing an option does, in words. */
export function optionEffect(guide: Guide, option: Option): string {
  if (option.exit) return `goes straight to ${outcomeTitle(guide, option.exit)}`;
  if (option.unsure) return 'counts for nothing (the result says so)';
  const weights = Object.entries(option.weights ?? {})
    .filter(([, w]) => w !== 0)
    .map(([id, w]) => `${outcomeTitle(guide, id)} ${w > 0 ? '+' : ''}${w}`)
    .join(', ');
  if (weights) return weights;
  return option.value ? 'no points: it sets whose contacts are shown' : 'no points';
}

/** One entry per question of a decision-table row: [question number, question, answers]. */
export function rowAnswers(guide: Guide, answers: RowAnswers): [string, string, string][] {
  return answers.map(([q, ids]) => [
    `Q${guide.questions.findIndex((x) => x.id === q) + 1}`,
    findQuestion(guide, q)?.question ?? q,
    ids === 'any' ? 'any answer' : orList(ids.map((o) => `“${optionLabel(guide, q, o)}”`)),
  ]);
}
