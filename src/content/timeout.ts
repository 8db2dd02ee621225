/**
 * The `timeout` attribute, read safely. A browser timer takes a 32-bit number of
 * milliseconds: 3000000000 or Infinity ("1e309") wrap round and fire at once, and NaN
 * ("abc") or a negative number fire at once too. So anything that is not a finite number of
 * at least one millisecond gets the default, and the rest is kept between one second and two
 * minutes.
 */
export const DEFAULT_TIMEOUT = 10_000;
export const MIN_TIMEOUT = 1_000;
export const MAX_TIMEOUT = 120_000;

export function readTimeout(value: unknown): number {
  const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return DEFAULT_TIMEOUT;
  return Math.min(MAX_TIMEOUT, Math.max(MIN_TIMEOUT, Math.round(ms)));
}
