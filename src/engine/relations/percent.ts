/**
 * Percent, share and shortfall relations, found by testing candidate columns against the data:
 * - percent: col = numerator / denominator × scale (seed 001: Tỷ lệ % = Tổng cộng / Chỉ tiêu giao × 100),
 *   a shown value counting as agreeing when it is the exact value rounded OR truncated at its decimals;
 * - share (breakdown tables, or when no pair fits): col = this row's value / the total row's value × scale;
 * - shortfall (còn thiếu): col = max(0, target − achieved).
 * Header words break ties; a column that fits no candidate gets no relation (a false one would flag
 * correct cells).
 */
import type { Column, Relation, Table } from "../model";
import type { TableValues } from "./values";
import { judgeRatio, judgeShortfall, sampleRows, tally } from "./agree";
import { isPlanHeader, isResultHeader, isShortfallHeader } from "./words";

/**
 * A percent that equals one particular ratio to its shown decimals is strong evidence per row, so three
 * rows in four suffice; rows where everything is 0 prove nothing and do not count towards MIN_INFORMATIVE.
 */
const MIN_AGREEMENT = 0.75;
const MIN_INFORMATIVE = 3;

type Candidate = { readonly relation: Relation; readonly holds: number; readonly score: number };

function ratioAgrees(v: TableValues, row: number, col: number, num: number, den: number, scale: number): boolean | undefined {
  const j = judgeRatio(v.value(row, col), v.decimals(row, col), v.value(row, num), v.value(row, den), scale);
  return j && j.verdict !== "mismatch";
}

function scaleOf(c: Column): 100 | 1 {
  return c.percentForm === "fraction" ? 1 : 100;
}

/** The decimals the column shows: the column's own, else the most any of its cells shows. */
function columnDecimals(v: TableValues, c: Column): number {
  if (c.decimals !== undefined) return c.percentForm === "fraction" ? c.decimals + 2 : c.decimals;
  let d = 0;
  for (const r of v.rows) if (!Number.isNaN(v.value(r, c.col))) d = Math.max(d, v.decimals(r, c.col));
  return d;
}

function minRows(v: TableValues): number {
  return Math.min(MIN_INFORMATIVE, Math.max(1, v.table.dataRows.length - 1));
}

/** Rows where the relation holds with a non-zero value: a 0 % of 0 fits every candidate. */
function informative(rows: readonly number[], col: number, v: TableValues, holds: (row: number) => boolean | undefined): number {
  let n = 0;
  for (const r of rows) if (v.value(r, col) !== 0 && holds(r) === true) n++;
  return n;
}

export function percentRelations(table: Table, v: TableValues): Relation[] {
  const found: Relation[] = [];
  const sources = v.numericCols.filter((c) => c.role === "count" || c.role === "number");
  for (const p of v.numericCols.filter((c) => c.role === "percent")) {
    const scale = scaleOf(p);
    const rows = v.rows.filter((r) => !Number.isNaN(v.value(r, p.col)));
    const sample = sampleRows(rows, 24);
    let best: Candidate | undefined;
    for (const num of sources) {
      for (const den of sources) {
        if (num === den) continue;
        const s = tally(sample, (r) => ratioAgrees(v, r, p.col, num.col, den.col, scale));
        if (s.comparable === 0 || s.holds / s.comparable < MIN_AGREEMENT) continue;
        const agrees = (r: number) => ratioAgrees(v, r, p.col, num.col, den.col, scale);
        const t = tally(rows, agrees);
        if (t.comparable === 0 || t.holds / t.comparable < MIN_AGREEMENT) continue;
        if (informative(rows, p.col, v, agrees) < minRows(v)) continue;
        const score = t.holds * 4 + (isResultHeader(num) ? 2 : 0) + (isPlanHeader(den) ? 2 : 0) - Math.abs(p.col - num.col) / 1000;
        const relation: Relation = { kind: "percent", col: p.col, numerator: num.col, denominator: den.col, scale, decimals: columnDecimals(v, p) };
        if (!best || score > best.score) best = { relation, holds: t.holds, score };
      }
    }
    const share = best ? undefined : shareRelation(table, v, p, sources);
    if (best) found.push(best.relation);
    else if (share) found.push(share);
  }
  return found;
}

/** Each subset row's share of the total row (breakdown tables), tried when no column pair explains the percent. */
function shareRelation(table: Table, v: TableValues, p: Column, sources: readonly Column[]): Relation | undefined {
  const totalRow = table.totalRows[0];
  if (totalRow === undefined) return undefined;
  const scale = scaleOf(p);
  const rows = table.dataRows.filter((r) => !Number.isNaN(v.value(r, p.col)));
  let best: Candidate | undefined;
  for (const of of sources) {
    const total = v.value(totalRow, of.col);
    const agrees = (r: number) => {
      const j = judgeRatio(v.value(r, p.col), v.decimals(r, p.col), v.value(r, of.col), total, scale);
      return j && j.verdict !== "mismatch";
    };
    const t = tally(rows, agrees);
    if (t.comparable === 0 || t.holds / t.comparable < MIN_AGREEMENT) continue;
    if (informative(rows, p.col, v, agrees) < minRows(v)) continue;
    const relation: Relation = { kind: "share", col: p.col, of: of.col, totalRow, scale, decimals: columnDecimals(v, p) };
    if (!best || t.holds > best.holds) best = { relation, holds: t.holds, score: t.holds };
  }
  return best?.relation;
}

export function shortfallRelations(v: TableValues): Relation[] {
  const found: Relation[] = [];
  const counts = v.numericCols.filter((c) => c.role === "count" || c.role === "number");
  for (const s of counts.filter(isShortfallHeader)) {
    let best: Candidate | undefined;
    for (const target of counts) {
      for (const achieved of counts) {
        if (target === achieved || target === s || achieved === s) continue;
        const agrees = (r: number) => judgeShortfall(v.value(r, s.col), v.value(r, target.col), v.value(r, achieved.col))?.ok;
        const t = tally(v.rows, agrees);
        if (t.comparable === 0 || t.holds / t.comparable < MIN_AGREEMENT) continue;
        if (informative(v.rows, s.col, v, agrees) < minRows(v)) continue;
        const score = t.holds * 4 + (isPlanHeader(target) ? 2 : 0) + (isResultHeader(achieved) ? 1 : 0);
        const relation: Relation = { kind: "shortfall", col: s.col, target: target.col, achieved: achieved.col };
        if (!best || score > best.score) best = { relation, holds: t.holds, score };
      }
    }
    if (best) found.push(best.relation);
  }
  return found;
}
