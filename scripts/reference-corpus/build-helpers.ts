/** Small helpers the reference-corpus specs share: a one-row header, a percent as an office rounds it, sums. */
import type { HeaderCell, Line } from "../corpus/types";

/** A one-row header band from its texts, left to right. */
export function flatHeader(...texts: string[]): HeaderCell[] {
  return texts.map((text, c) => ({ r: 0, c, text }));
}

/** a / b in percent points, rounded to 2 decimals (what =ROUND(a/b*100;2) shows). */
export function pct(a: number, b: number): number {
  return Math.round((a / b) * 10000) / 100;
}

export function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Rows of a unit list: key `u{i}`, STT, name, then figures. */
export function unitLines(rows: readonly (readonly [string, string, ...number[]])[]): Line[] {
  return rows.map(([key, name, ...figures], i) => ({ key, cells: [i + 1, name, ...figures] }));
}
