/**
 * Every answer path through a content pack, and the flow rules checked over them: questions and
 * outcomes nothing reaches, paths that end without a suggestion, and outcomes with no contact for
 * some area and audience. Used by `support-finder check` and `report`, the tests and the preview.
 */
import type { Guide } from '../content/schema.js';
import { selectContacts } from '../contacts/select.js';
import { findOption, forEachPath } from '../guide/flow.js';
import { recommend, type Recommendation } from '../guide/recommend.js';

export interface PathResult {
  /** [questionId, optionId] pairs in the order asked. */
  steps: [string, string][];
  recommendation: Recommendation;
  area?: string;
  audience?: string;
}

export interface Enumeration {
  paths: PathResult[];
  /** True when there were more paths than the limit and only the first ones were kept. */
  truncated: boolean;
}

/** Every complete path with its recommendation, stopping at `limit` paths. */
export function enumeratePaths(guide: Guide, limit = 20_000, fixed: Record<string, string> = {}): Enumeration {
  const paths: PathResult[] = [];
  const complete = forEachPath(
    guide,
    limit,
    (steps, applied) => {
      const valueOf = (key: 'area' | 'audience') => {
        const q = guide.questions.find((x) => x.sets === key && applied[x.id]);
        return findOption(q, q ? applied[q.id] : undefined)?.value;
      };
      paths.push({
        steps: steps.map(([q, o]) => [q, o]),
        recommendation: recommend(guide, { ...applied }, fixed),
        ...optional('area', valueOf('area')),
        ...optional('audience', valueOf('audience')),
      });
    },
    fixed,
  );
  return { paths, truncated: !complete };
}

/** Counts paths up to `limit` without working out any recommendation. */
export function countPaths(guide: Guide, limit: number): { count: number; truncated: boolean } {
  let count = 0;
  const complete = forEachPath(guide, limit, () => count++);
  return { count, truncated: !complete };
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

/** A flow problem, addressed by what it concerns; the caller maps it to a file and line. */
export interface FlowFinding {
  target: { kind: 'question' | 'outcome' | 'guide'; id: string };
  severity: 'error' | 'warning';
  message: string;
  rule: string;
}

export function analyse(guide: Guide, limit = 5_000): { findings: FlowFinding[]; enumeration: Enumeration } {
  const enumeration = enumeratePaths(guide, limit);
  const findings = [...deadEnds(guide, enumeration.paths), ...noContact(guide, enumeration.paths)];
  if (enumeration.truncated) {
    findings.push({
      target: { kind: 'guide', id: 'guide' },
      severity: 'warning',
      message: `there are more than ${limit} answer paths, so only the first ${limit} were checked. Consider using "when" to keep paths apart.`,
      rule: 'too-many-paths',
    });
    return { findings, enumeration };
  }
  findings.push(...unreachable(guide, enumeration.paths));
  return { findings, enumeration };
}

const describe = (steps: [string, string][]) => steps.map(([, o]) => o).join(' > ');

/** Paths where no outcome gets any points and no answer was "not sure", in path order. */
function deadEnds(guide: Guide, paths: PathResult[]): FlowFinding[] {
  const findings: FlowFinding[] = [];
  for (const { steps, recommendation } of paths)
    if (!recommendation.clear && recommendation.unsure.length === 0)
      findings.push({
        target: { kind: 'question', id: steps[steps.length - 1]?.[0] ?? guide.questions[0]?.id ?? '' },
        severity: 'error',
        message: `the answers "${describe(steps)}" lead to no suggestion: no outcome gets any points. Give one of these options weights.`,
        rule: 'dead-end',
      });
  return findings;
}

/** Outcomes a path suggests that some area has no contact for, once per outcome and audience. */
function noContact(guide: Guide, paths: PathResult[]): FlowFinding[] {
  const uncovered: FlowFinding[] = [];
  // Each outcome and audience is checked once, pass or fail, not once per path.
  const checked = new Set<string>();
  for (const { steps, recommendation, audience } of paths) {
    // People can change area on the result page, so every area needs a contact, not only
    // the one answered.
    for (const outcomeId of [recommendation.winner.outcomeId, recommendation.runnerUp?.outcomeId]) {
      const key = `${outcomeId}|${audience ?? ''}`;
      if (!outcomeId || checked.has(key)) continue;
      checked.add(key);
      const missing = guide.areas.filter((area) => !selectContacts(guide, outcomeId, area.id, audience).length);
      if (!missing.length) continue;
      const who = audience ? ` for ${guide.audiences.find((a) => a.id === audience)?.name ?? audience}` : '';
      uncovered.push({
        target: { kind: 'outcome', id: outcomeId },
        severity: 'error',
        message: `no contact offers this${who} in ${missing.map((a) => a.name).join(', ')}. People reach it (for example with the answers "${describe(steps)}") and can then show the contacts for any area, so each area needs one. Add "${outcomeId}" to the "offers" of a contact that serves ${missing.length === 1 ? 'that area' : 'those areas'}.`,
        rule: 'no-contact',
      });
    }
  }
  return uncovered;
}

/** Questions no path asks and outcomes no path suggests; only meaningful when every path was walked. */
function unreachable(guide: Guide, paths: PathResult[]): FlowFinding[] {
  const asked = new Set(paths.flatMap(({ steps }) => steps.map(([q]) => q)));
  const reached = new Set(paths.map(({ recommendation }) => recommendation.winner.outcomeId));
  const findings: FlowFinding[] = [];
  for (const q of guide.questions)
    if (!asked.has(q.id))
      findings.push({
        target: { kind: 'question', id: q.id },
        severity: 'error',
        message: 'no combination of answers reaches this question. Check its "when" condition.',
        rule: 'unreachable-question',
      });
  for (const o of guide.outcomes)
    if (!reached.has(o.id))
      findings.push({
        target: { kind: 'outcome', id: o.id },
        severity: 'error',
        message: 'no combination of answers leads to this outcome. Point an option at it with "weights" or "exit".',
        rule: 'unreachable-outcome',
      });
  return findings;
}
