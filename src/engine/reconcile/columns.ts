/**
 * Which column of a report is compared with which column of its reference. Three ways, in this order:
 *
 * 1. the user's pairs (`--compare "Chỉ tiêu năm 2024 = Điều chỉnh"`, the pane's field): each side header
 *    words with "/" between header levels, or a column letter — the syntax of the pane's rule form —
 *    resolved with the policy module's resolveColumn, left side in the report, right side in the reference;
 * 2. the same header: the whole header path alike, or the leaf header alike when it is the only one on
 *    both sides and says what it counts (a bare "Tổng cộng" or "Tỷ lệ %" names nothing by itself);
 * 3. nothing else: columns with different headers are never paired by guess.
 */
import type { Relation, Table } from "../model";
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
  readonly source: "compare" | "header";
}

export interface ColumnPairing {
  readonly pairs: ColumnPair[];
  /** User pairs that did not resolve on these two tables (the text as typed). */
  readonly unresolved: string[];
}

const LETTER = /^[A-Za-z]{1,3}$/;

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

/** Leaf headers that do not say what they count: only their whole path can pair them. */
const GENERIC_LEAF = /^(tong cong|tong so|tong|cong|so luong|so|ty le|ti le|ty le %|ti le %|%|ket qua|thuc hien|ke hoach|chi tieu|ghi chu|nam \d{4}|\(?\d+\)?)$/;

export function pairColumns(
  report: Table,
  reference: Table,
  compare: readonly ComparePair[],
  relations: { readonly report: readonly Relation[]; readonly reference: readonly Relation[] } = { report: [], reference: [] },
): ColumnPairing {
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
  // The whole path alike.
  for (const c of mine) {
    const key = pathKey(c.path.length > 0 ? c.path : [c.header]);
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
    if (inMine.length === 1 && inTheirs.length === 1 && !takenRef.has(inTheirs[0].col) && inTheirs[0].role === c.role) {
      pairs.push({ col: c.col, refCol: inTheirs[0].col, source: "header" });
      used.add(c.col);
      takenRef.add(inTheirs[0].col);
    }
  }
  pairs.sort((x, y) => x.col - y.col);
  return { pairs, unresolved };
}
