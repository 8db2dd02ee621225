/**
 * Opt-in URL state (the `history` attribute): the answers, as option ids, in a namespaced key of
 * the page's hash, so browser Back and Forward move between steps and a result can be shared.
 * Never anything but ids; anything else in the hash is left alone; tampered values are dropped.
 */
import { ID_PATTERN } from '../content/ids.js';
import { MAX_ANSWERS } from '../content/limits.js';

export interface UrlState {
  answers: string[];
  result: boolean;
}

function params(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

export function readHash(key: string, hash: string): UrlState | undefined {
  const entry = params(hash).find((p) => p.startsWith(`${key}=`));
  if (entry === undefined) return undefined;
  let value = entry.slice(key.length + 1);
  const result = value.endsWith('~r');
  if (result) value = value.slice(0, -2);
  const answers = value ? value.split('.').slice(0, MAX_ANSWERS) : [];
  // Anything but ids means the link was tampered with: ignore it entirely.
  if (!answers.every((a) => ID_PATTERN.test(a))) return undefined;
  return { answers, result };
}

/** The hash with this widget's key set to `state` (or removed when null). */
export function writeHash(key: string, hash: string, state: UrlState | null): string {
  const others = params(hash).filter((p) => !p.startsWith(`${key}=`));
  const mine = state ? [`${key}=${state.answers.join('.')}${state.result ? '~r' : ''}`] : [];
  const all = [...others, ...mine];
  return all.length ? `#${all.join('&')}` : '';
}
