/**
 * Each option of a question: a unique id (duplicate-id), one clear effect (option-effect), a
 * reason exactly when it is shown (missing-reason, unused-reason), outcomes that exist
 * (unknown-id), and a "value" exactly when the question sets an area or audience (missing-value).
 */
import { locate } from '../positions.js';
import { forEachOption, type Rule } from './context.js';

export const optionIds: Rule = ({ parsed, report }) =>
  forEachOption(parsed, ({ file, value: q }, option, i) => {
    if (q.options.findIndex((o) => o.id === option.id) < i)
      report(
        file,
        locate(file, ['options', i, 'id']),
        'error',
        `the option id "${option.id}" is used twice in this question.`,
        'duplicate-id',
      );
  });

export const optionEffect: Rule = ({ parsed, report }) =>
  forEachOption(parsed, ({ file }, option, i) => {
    const at = (...rest: string[]) => locate(file, ['options', i, ...rest]);
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
  });

export const optionReason: Rule = ({ parsed, report }) =>
  forEachOption(parsed, ({ file }, option, i) => {
    if ((option.weights || option.exit) && !option.reason)
      report(
        file,
        locate(file, ['options', i]),
        'error',
        `the option "${option.id}" needs a "reason": it is shown to people to explain the suggestion.`,
        'missing-reason',
      );
    if (option.reason && !option.weights && !option.exit)
      report(
        file,
        locate(file, ['options', i, 'reason']),
        'warning',
        `this reason is never shown, because the option has no "weights" or "exit".`,
        'unused-reason',
      );
  });

export const optionOutcomes: Rule = ({ parsed, missing }) => {
  const outcomes = parsed.declared.outcome;
  forEachOption(parsed, ({ file }, option, i) => {
    for (const id of Object.keys(option.weights ?? {}))
      if (!outcomes.has(id)) missing(file, ['options', i, 'weights', id], 'outcome', id, outcomes);
    if (option.exit && !outcomes.has(option.exit))
      missing(file, ['options', i, 'exit'], 'outcome', option.exit, outcomes);
  });
};

export const optionValue: Rule = ({ parsed, report, missing, areas, audiences }) =>
  forEachOption(parsed, ({ file, value: q }, option, i) => {
    if (q.sets && !option.value)
      report(
        file,
        locate(file, ['options', i]),
        'error',
        `this question sets the ${q.sets}, so the option "${option.id}" needs a "value" naming one.`,
        'missing-value',
      );
    if (option.value && !q.sets)
      report(
        file,
        locate(file, ['options', i, 'value']),
        'error',
        `"value" only means something on a question with "sets: area" or "sets: audience".`,
        'option-effect',
      );
    const known = q.sets === 'area' ? areas : audiences;
    if (q.sets && option.value && parsed.guide && !known.has(option.value))
      missing(file, ['options', i, 'value'], q.sets, option.value, known);
  });
