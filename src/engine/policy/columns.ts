/**
 * Finding the columns a rule names. Users name columns the way the header reads ("Năm 2024" + "Tổng
 * cộng"), so matching is by words on the column's header path, diacritics- and case-insensitive, at word
 * boundaries ("nữ" must not match inside "nước"). A reference that fits several columns is resolved only
 * when one of them is clearly the one meant (the whole of the others, or the group's "Tổng …" column);
 * otherwise the rule is reported as ambiguous rather than checked against a guess.
 */
import { columnIndex, columnLetter } from "../grid";
import type { Column, HeaderNode, Relation, Table } from "../model";
import { foldKey } from "../text";
import type { ColumnRef, RuleScope } from "./types";
import { maxOf } from "../arrays";

export type ColumnResolution =
  | { readonly ok: true; readonly col: number }
  | { readonly ok: false; readonly reason: "not-found" | "ambiguous"; readonly candidates: readonly number[] };

/** Columns that can hold the numbers a rule is about (not STT, unit names or notes). */
function isNumeric(c: Column): boolean {
  return c.role === "count" || c.role === "number" || c.role === "percent";
}

/** The folded text with punctuation turned into spaces and padded, so words can be matched whole. */
function wordKey(s: string): string {
  return ` ${foldKey(s).replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/** How a header word matched one path entry: 2 = the whole entry, 1 = words inside it, 0 = not at all. */
function termScore(term: string, entries: readonly string[]): number {
  let best = 0;
  for (const alt of term.split("|")) {
    const key = wordKey(alt);
    if (key.trim() === "") continue;
    for (const e of entries) {
      if (e === key) return 2;
      if (e.includes(key)) best = 1;
    }
  }
  return best;
}

function headerPath(c: Column): readonly string[] {
  return c.path.length > 0 ? c.path : [c.header];
}

/** Where a reference points in `table`, given the relations inferred for it (used to break ties). */
export function resolveColumn(table: Table, ref: ColumnRef, relations: readonly Relation[] = []): ColumnResolution {
  if ("letter" in ref) {
    const col = /^[A-Za-z]{1,3}$/.test(ref.letter.trim()) ? columnIndex(ref.letter.trim()) : -1;
    return col >= table.left && col <= table.right ? { ok: true, col } : { ok: false, reason: "not-found", candidates: [] };
  }
  const scored: { col: number; exact: number }[] = [];
  for (const c of table.columns) {
    if (!isNumeric(c)) continue;
    const entries = headerPath(c).map(wordKey);
    const scores = ref.header.map((term) => termScore(term, entries));
    if (scores.length > 0 && scores.every((s) => s > 0)) scored.push({ col: c.col, exact: scores.filter((s) => s === 2).length });
  }
  if (scored.length === 0) return { ok: false, reason: "not-found", candidates: [] };
  const mostExact = maxOf(scored.map((s) => s.exact));
  const candidates = scored.filter((s) => s.exact === mostExact).map((s) => s.col);
  if (candidates.length === 1) return { ok: true, col: candidates[0] };
  const chosen = wholeOf(candidates, relations) ?? totalColumnOf(table, candidates);
  return chosen !== undefined ? { ok: true, col: chosen } : { ok: false, reason: "ambiguous", candidates };
}

/** The candidate that the table's parts relation makes the whole of all the other candidates. */
function wholeOf(candidates: readonly number[], relations: readonly Relation[]): number | undefined {
  for (const r of relations) {
    if (r.kind !== "parts" || !candidates.includes(r.whole)) continue;
    if (candidates.every((c) => c === r.whole || r.parts.includes(c))) return r.whole;
  }
  return undefined;
}

/** The single candidate whose own header says it is the group's total ("Tổng cộng", "Tổng số"). */
function totalColumnOf(table: Table, candidates: readonly number[]): number | undefined {
  const totals = candidates.filter((col) => {
    const c = table.columns.find((x) => x.col === col);
    return c !== undefined && /^ (tong|cong) /.test(wordKey(c.header));
  });
  return totals.length === 1 ? totals[0] : undefined;
}

/** True when the rule's scope admits this table (the `tableIndex`-th, 0-based, on its sheet). */
export function inScope(scope: RuleScope | undefined, table: Table, tableIndex: number): boolean {
  if (!scope) return true;
  if (scope.sheet !== undefined && foldKey(scope.sheet) !== foldKey(table.sheet)) return false;
  if (scope.table !== undefined && scope.table !== tableIndex + 1) return false;
  return true;
}

/** The cell that holds a column's own (leaf) header text: where a finding about the whole column points. */
export function headerCellRow(table: Table, col: number): number {
  let row = table.headerBottom;
  const visit = (nodes: readonly HeaderNode[]): void => {
    for (const n of nodes) {
      if (col < n.left || col > n.right) continue;
      if (n.children.length === 0) row = n.top;
      else visit(n.children);
    }
  };
  visit(table.headerTree);
  return row;
}

/** How a column is named in messages: its header path ("Năm 2024 / Tổng cộng"), or its letter. */
export function columnTitle(table: Table, col: number): string {
  const c = table.columns.find((x) => x.col === col);
  if (!c) return columnLetter(col);
  const path = headerPath(c).filter((p) => p.trim() !== "");
  return path.length > 0 ? path.join(" / ") : columnLetter(col);
}
