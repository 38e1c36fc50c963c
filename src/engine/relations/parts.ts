/**
 * Parts relations: a column that is the sum of other columns in every row.
 * - From the header tree: a "Tổng cộng"/"Tổng số" child is the sum of its siblings (seed 004: Năm 2024 →
 *   Tổng cộng = ĐVTN + ĐVCĐ), and a column followed by a "Chia ra"/"Gồm" group is the sum of that group.
 *   The data must agree in most rows.
 * - From the data alone: column triples where one column is the sum of two others (seed 001: Tổng cộng =
 *   Đã kết nạp + Đang trình duyệt), accepted when the header words support it and it holds in nearly all
 *   rows, or when the evidence is overwhelming without them.
 * "Trong đó" subsets and old/new alternatives (seed 000: Chỉ tiêu cũ / Chỉ tiêu mới) are never parts.
 */
import type { Column, HeaderNode, Relation, Table } from "../model";
import type { TableValues } from "./values";
import { judgePartsRow, sampleRows, tally } from "./agree";
import { areAlternatives, isPartsGroupHeader, isSubsetHeader, isTotalColumn, isTotalHeader, underSubsetHeader } from "./words";

type PartsRelation = Extract<Relation, { kind: "parts" }>;

/** Share of comparable rows a header-suggested relation must hold in. */
const HEADER_MIN_AGREEMENT = 2 / 3;
/** Data-found relations whose whole is headed "Tổng …": nearly all rows. */
const WORDED_MIN_AGREEMENT = 0.9;
const WORDED_MIN_ROWS = 3;
/** Data-found relations without supporting words: many rows, almost no exception. */
const BARE_MIN_ROWS = 20;
const BARE_MAX_FAIL_SHARE = 0.02;

export function headerPartsRelations(table: Table, v: TableValues): PartsRelation[] {
  const found: PartsRelation[] = [];
  const consider = (whole: number, parts: number[]) => {
    if (parts.length < 2 || !acceptableParts(v, whole, parts)) return;
    const t = tally(v.rows, (r) => judgePartsRow(v, r, whole, parts)?.ok);
    if (t.comparable > 0 && t.holds / t.comparable >= HEADER_MIN_AGREEMENT) {
      found.push({ kind: "parts", whole, parts, source: "header" });
    }
  };
  const visit = (siblings: readonly HeaderNode[], parentLabel: string | null) => {
    const subsets = parentLabel !== null && isSubsetHeader(parentLabel);
    if (!subsets) {
      const leaves = siblings.map((n) => leafCol(n, v));
      const totalIdx = siblings.findIndex((n, i) => leaves[i] !== undefined && isTotalHeader(n.label));
      if (totalIdx >= 0 && siblings.length >= 3 && leaves.every((c) => c !== undefined)) {
        consider(leaves[totalIdx] as number, leaves.filter((c, i) => i !== totalIdx) as number[]);
      }
      siblings.forEach((n, i) => {
        const next = siblings[i + 1];
        const whole = leaves[i];
        if (whole === undefined || !next || next.children.length < 2 || !isPartsGroupHeader(next.label)) return;
        const parts = next.children.map((c) => leafCol(c, v));
        if (parts.every((c) => c !== undefined)) consider(whole, parts as number[]);
      });
    }
    for (const n of siblings) if (n.children.length > 0) visit(n.children, n.label);
  };
  visit(table.headerTree, null);
  return found;
}

/** The count column a header node stands for when it is a single-column leaf. */
function leafCol(n: HeaderNode, v: TableValues): number | undefined {
  if (n.children.length > 0 || n.left !== n.right) return undefined;
  const c = v.column(n.left);
  return c && c.role === "count" ? c.col : undefined;
}

function acceptableParts(v: TableValues, whole: number, parts: readonly number[]): boolean {
  const cols = parts.map((p) => v.column(p)).filter((c): c is Column => c !== undefined);
  if (cols.length !== parts.length || parts.includes(whole)) return false;
  if (cols.some(underSubsetHeader)) return false;
  for (let i = 0; i < cols.length; i++) for (let j = i + 1; j < cols.length; j++) if (areAlternatives(cols[i], cols[j])) return false;
  return true;
}

export function dataPartsRelations(table: Table, v: TableValues, known: readonly Relation[]): PartsRelation[] {
  const counts = v.numericCols.filter((c) => c.role === "count" && !underSubsetHeader(c));
  const taken = new Set(known.filter((r): r is PartsRelation => r.kind === "parts").map((r) => r.whole));
  const found: PartsRelation[] = [];
  for (const whole of counts) {
    if (taken.has(whole.col)) continue;
    const rows = v.rows.filter((r) => !Number.isNaN(v.value(r, whole.col)));
    const sample = sampleRows(rows, 24);
    const worded = isTotalColumn(whole);
    let best: { parts: number[]; holds: number } | undefined;
    for (let i = 0; i < counts.length; i++) {
      const a = counts[i];
      if (a === whole) continue;
      for (let j = i + 1; j < counts.length; j++) {
        const b = counts[j];
        if (b === whole || areAlternatives(a, b)) continue;
        const parts = [a.col, b.col];
        if (!passesSample(v, sample, whole.col, parts)) continue;
        const t = tally(rows, (r) => judgePartsRow(v, r, whole.col, parts)?.ok);
        if (!accept(t.comparable, t.holds, worded) || !nonTrivial(v, rows, parts, worded ? 2 : 5)) continue;
        if (!best || t.holds > best.holds) best = { parts, holds: t.holds };
      }
    }
    if (best) {
      found.push({ kind: "parts", whole: whole.col, parts: best.parts, source: "data" });
      taken.add(whole.col);
    }
  }
  return found;
}

function passesSample(v: TableValues, sample: readonly number[], whole: number, parts: readonly number[]): boolean {
  let fails = 0;
  for (const r of sample) {
    if (judgePartsRow(v, r, whole, parts)?.ok === false && ++fails > 1) return false;
  }
  return true;
}

function accept(comparable: number, holds: number, worded: boolean): boolean {
  if (worded) return comparable >= WORDED_MIN_ROWS && holds / comparable >= WORDED_MIN_AGREEMENT;
  return comparable >= BARE_MIN_ROWS && comparable - holds <= Math.max(1, Math.floor(comparable * BARE_MAX_FAIL_SHARE));
}

/** Each part must carry a value somewhere: "whole = whole + 0" is a copy, not a sum. */
function nonTrivial(v: TableValues, rows: readonly number[], parts: readonly number[], minNonZero: number): boolean {
  return parts.every((p) => {
    let n = 0;
    for (const r of rows) {
      const x = v.value(r, p);
      if (!Number.isNaN(x) && x !== 0 && ++n >= minNonZero) return true;
    }
    return false;
  });
}
