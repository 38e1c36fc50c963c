/**
 * Which column of a report is compared with which column of its reference. Three ways, in this order:
 *
 * 1. the user's pairs (`--compare "Chỉ tiêu năm 2024 = Điều chỉnh"`, the pane's field): each side header
 *    words with "/" between header levels, or a column letter — the syntax of the pane's rule form —
 *    resolved with the policy module's resolveColumn, left side in the report, right side in the reference;
 * 2. the same header: the whole header path alike, or the leaf header alike when it is the only one on
 *    both sides and says what it counts (a bare "Tổng cộng" or "Tỷ lệ %" names nothing by itself);
 * 3. the same numbers: a column left over whose values agree with one reference column on nearly every
 *    paired unit (pairByValues), so a quota column renamed between the two offices is still compared;
 *    anything less is never paired by guess.
 */
import type { Column, Relation, Table } from "../model";
import type { ColumnRef } from "../policy/types";
import { resolveColumn } from "../policy/columns";
import { foldKey } from "../text";
import { numericColumns } from "./table-values";

/** One `A = B` pair as typed: A in the report, B in the reference. */
export interface ComparePair {
  readonly report: ColumnRef;
  readonly reference: ColumnRef;
  /** As typed, for messages. */
  readonly text: string;
}

export interface ColumnPair {
  readonly col: number;
  readonly refCol: number;
  readonly source: "compare" | "header" | "values";
}

/** The numbers of paired rows, for pairing columns by their values: (report column, reference column) → pairs of values. */
export interface RowValues {
  readonly rows: number;
  value(col: number, refCol: number): readonly { readonly mine: number | null; readonly theirs: number | null }[];
}

const RESULT_WORDS = /\b(da ket nap|ket nap duoc|ket qua|thuc hien|dat duoc)\b/;
const PLAN_WORDS = /\b(chi tieu|ke hoach|nghi quyet|giao)\b/;
const pathText = (c: Column) => foldKey((c.path.length > 0 ? c.path : [c.header]).join(" "));

/** A quota against what was achieved: units that met their quota exactly make the numbers agree, the meaning does not. */
function planVersusResult(a: Column, b: Column): boolean {
  const x = pathText(a);
  const y = pathText(b);
  const plan = (t: string) => PLAN_WORDS.test(t) && !RESULT_WORDS.test(t);
  const result = (t: string) => RESULT_WORDS.test(t) && !PLAN_WORDS.test(t);
  return (plan(x) && result(y)) || (result(x) && plan(y));
}

/** Rows with a number on both sides before values may pair two columns, and the share that must agree. */
const MIN_VALUE_ROWS = 5;
const MIN_AGREEMENT = 0.8;
const MIN_DISTINCT = 3;

/**
 * Columns left unpaired whose numbers agree on nearly every paired unit (at least 80 % of 5 or more rows,
 * 3 or more distinct non-zero values): the same figure under another header ("Chỉ tiêu giao" / "Chỉ tiêu
 * năm 2024"). Only one-to-one, only counts, and only when no other column comes close: the few rows that
 * disagree are exactly the differences to report.
 */
function pairByValues(report: Table, reference: Table, values: RowValues, used: Set<number>, takenRef: Set<number>): ColumnPair[] {
  const counts = (t: Table) => numericColumns(t).filter((c) => c.role === "count" || c.role === "number");
  const scored: { col: number; refCol: number; score: number }[] = [];
  for (const c of counts(report)) {
    if (used.has(c.col)) continue;
    for (const r of counts(reference)) {
      if (takenRef.has(r.col) || planVersusResult(c, r)) continue;
      const both = values.value(c.col, r.col).filter((v) => v.mine !== null && v.theirs !== null);
      if (both.length < MIN_VALUE_ROWS) continue;
      const agree = both.filter((v) => v.mine === v.theirs);
      const distinct = new Set(agree.map((v) => v.mine).filter((v) => v !== 0)).size;
      const score = agree.length / both.length;
      if (score >= MIN_AGREEMENT && distinct >= MIN_DISTINCT) scored.push({ col: c.col, refCol: r.col, score });
    }
  }
  // One-to-one and unambiguous: a column that agrees with two columns of the other side pairs with neither.
  return scored
    .filter((s) => scored.filter((o) => o.col === s.col).length === 1 && scored.filter((o) => o.refCol === s.refCol).length === 1)
    .map((s) => ({ col: s.col, refCol: s.refCol, source: "values" as const }));
}

export interface ColumnPairing {
  readonly pairs: ColumnPair[];
  /** User pairs that did not resolve on these two tables (the text as typed). */
  readonly unresolved: string[];
}

const LETTER = /^[A-Za-z]{1,3}$/;

const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * "Đoàn viên thanh niên" under "Năm 2024" on one side and under "Năm 2025" on the other: the same leaf of two
 * different years is not the same figure (only the whole path or `--compare` may pair them).
 */
function otherYears(a: Column, b: Column): boolean {
  const years = (c: Column) => new Set((c.path.length > 0 ? c.path : [c.header]).join(" ").match(YEAR) ?? []);
  const x = years(a);
  const y = years(b);
  return x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
}

/** A typed column: a letter, or header words ("Năm 2024 / Tổng cộng"; "|" separates alternatives). */
export function parseColumnRef(text: string): ColumnRef | undefined {
  const s = text.replace(/\s+/g, " ").trim();
  if (s === "") return undefined;
  if (LETTER.test(s) && s === s.toUpperCase()) return { letter: s };
  const named = /^(?:cột|cot|column|col)\s+([a-z]{1,3})$/i.exec(s);
  if (named) return { letter: named[1].toUpperCase() };
  const header = s
    .split("/")
    .map((w) => w.trim())
    .filter((w) => w !== "");
  return header.length > 0 ? { header } : undefined;
}

/** "Chỉ tiêu năm 2024 = Điều chỉnh" → the pair; undefined when either side is empty or there is no "=". */
export function parseComparePair(text: string): ComparePair | undefined {
  const at = text.indexOf("=");
  if (at < 0) return undefined;
  const report = parseColumnRef(text.slice(0, at));
  const reference = parseColumnRef(text.slice(at + 1));
  return report && reference ? { report, reference, text: text.trim() } : undefined;
}

const pathKey = (path: readonly string[]) => path.map(foldKey).filter((p) => p !== "").join(" / ");

/** Headers that say only how a figure is made, not what it counts (a sum, a share, a number). */
const UNNAMED = /^(tong cong|tong so|tong|cong|so luong|so|ty le|ti le|ty le %|ti le %|ty le \(%\)|ti le \(%\)|%|\(?\d+\)?)$/;

/** Leaf headers that do not say what they count: only their whole path can pair them. */
const GENERIC_LEAF = /^(tong cong|tong so|tong|cong|so luong|so|ty le|ti le|ty le %|ti le %|%|ket qua|thuc hien|ke hoach|chi tieu|ghi chu|nam \d{4}|\(?\d+\)?)$/;

/**
 * The two tables are one form: the same numeric columns with the same header paths, in the same order (the
 * template a summary sends down and its units fill in). Then even "Tổng số" and "Tỷ lệ %" mean the same on
 * both sides, and every column pairs with its namesake.
 */
function sameForm(report: Table, reference: Table): ColumnPair[] | undefined {
  const mine = numericColumns(report);
  const theirs = numericColumns(reference);
  if (mine.length === 0 || mine.length !== theirs.length) return undefined;
  const key = (c: Column) => pathKey(c.path.length > 0 ? c.path : [c.header]);
  if (!mine.every((c, i) => key(c) !== "" && key(c) === key(theirs[i]) && c.role === theirs[i].role)) return undefined;
  // Repeated paths (two "Tổng số" under levels the header reader did not keep) are not one form for sure.
  if (new Set(mine.map(key)).size !== mine.length) return undefined;
  return mine.map((c, i) => ({ col: c.col, refCol: theirs[i].col, source: "header" as const }));
}

export function pairColumns(
  report: Table,
  reference: Table,
  compare: readonly ComparePair[],
  relations: { readonly report: readonly Relation[]; readonly reference: readonly Relation[] } = { report: [], reference: [] },
  values?: RowValues,
  /** Consolidation: a summary and a unit's file on one form pair every column, generic headers included. */
  oneForm = false,
): ColumnPairing {
  if (oneForm && compare.length === 0) {
    const all = sameForm(report, reference);
    if (all) return { pairs: all, unresolved: [] };
  }
  const pairs: ColumnPair[] = [];
  const unresolved: string[] = [];
  const used = new Set<number>();
  for (const c of compare) {
    const a = resolveColumn(report, c.report, relations.report);
    const b = resolveColumn(reference, c.reference, relations.reference);
    if (a.ok && b.ok && !used.has(a.col)) {
      pairs.push({ col: a.col, refCol: b.col, source: "compare" });
      used.add(a.col);
    } else if (!(a.ok && b.ok)) unresolved.push(c.text);
  }
  const mine = numericColumns(report).filter((c) => !used.has(c.col));
  const theirs = numericColumns(reference);
  const takenRef = new Set(pairs.map((p) => p.refCol));
  // The whole path alike — unless the whole path is one word that names nothing ("Tỷ lệ %" of a result is
  // not "Tỷ lệ %" of a quota).
  for (const c of mine) {
    const key = pathKey(c.path.length > 0 ? c.path : [c.header]);
    if (UNNAMED.test(key)) continue;
    const same = theirs.filter((r) => !takenRef.has(r.col) && pathKey(r.path.length > 0 ? r.path : [r.header]) === key);
    if (same.length === 1) {
      pairs.push({ col: c.col, refCol: same[0].col, source: "header" });
      used.add(c.col);
      takenRef.add(same[0].col);
    }
  }
  // The leaf alike, the only one so named on both sides, and a header that names what it counts.
  for (const c of mine) {
    if (used.has(c.col)) continue;
    const leaf = foldKey(c.header);
    if (leaf === "" || GENERIC_LEAF.test(leaf)) continue;
    const inMine = numericColumns(report).filter((x) => foldKey(x.header) === leaf);
    const inTheirs = theirs.filter((x) => foldKey(x.header) === leaf);
    if (inMine.length === 1 && inTheirs.length === 1 && !takenRef.has(inTheirs[0].col) && inTheirs[0].role === c.role && !otherYears(c, inTheirs[0])) {
      pairs.push({ col: c.col, refCol: inTheirs[0].col, source: "header" });
      used.add(c.col);
      takenRef.add(inTheirs[0].col);
    }
  }
  if (values) {
    for (const p of pairByValues(report, reference, values, used, takenRef)) pairs.push(p);
  }
  pairs.sort((x, y) => x.col - y.col);
  return { pairs, unresolved };
}
