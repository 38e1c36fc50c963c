/**
 * Min, max and append over arrays of any length. `Math.min(...rows)` and `list.push(...more)` pass every
 * element as a call argument, and the engine's call stack overflows past about 100,000 of them (a table of
 * 140,000 rows): these loop instead.
 */

/** The smallest value; Infinity for an empty array (as Math.min() gives). */
export function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

/** The largest value; -Infinity for an empty array (as Math.max() gives). */
export function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** Appends every item of `more` to `target` (what `target.push(...more)` does, for any length). */
export function pushAll<T>(target: T[], more: Iterable<T>): T[] {
  for (const item of more) target.push(item);
  return target;
}
