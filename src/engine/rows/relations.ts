/**
 * Relations read from the row tree (issue 9): partitions ("Chia ra") and subsets ("Trong đó") of a row,
 * and one `ratio` per percent cell whose base is a row rather than a column. Percent bases are resolved
 * in this order (docs/detection.md, "Row tree"):
 *   1. explicit: the row's label or its "Ghi chú" note names the base ("so với số đã kết nạp");
 *   2. the parent row (numbering, "Trong đó", "Chia ra") — or, when the shown value does not fit it, any
 *      other candidate it fits (grand total, a caption figure): two bases that both fit are no error;
 *   3. top-level rows: the candidate that fits (total, caption figure, another row); a row fitting none
 *      while most rows of the column use one base is measured against that base.
 * A value fits when it equals the ratio rounded or cut off at the decimals it shows.
 */
import type { CellRef, Column, Relation, RowTree, Table } from "../model";
import type { TableValues } from "../relations/values";
import { judgeShown } from "../rounding";
import { foldKey } from "../text";
import { isNotSummable, isTotalHeader } from "../relations/words";
import { isNoteHeader } from "../detect/labels";
import { captionFigures } from "./captions";

type Ratio = Extract<Relation, { kind: "ratio" }>;
type Base = { readonly den: CellRef | { readonly value: number; readonly rows?: readonly number[] }; readonly basis: Ratio["basis"] };

export function familyRelations(table: Table, v: TableValues): Relation[] {
  const tree = table.rowTree;
  if (!tree) return [];
  const cols = summable(v);
  const out: Relation[] = [];
  for (const f of tree.families) {
    if (f.kind === "items") continue;
    const withFigures = cols.filter((c) => !Number.isNaN(v.value(f.parent, c)) && f.rows.some((r) => !Number.isNaN(v.value(r, c))));
    if (withFigures.length === 0) continue;
    if (f.kind === "parts") out.push({ kind: "row-parts", row: f.parent, rows: [...f.rows], cols: withFigures });
    else out.push({ kind: "subset", row: f.parent, rows: [...f.rows], cols: withFigures, ...named(labelOf(table, v, f.parent)) });
  }
  return out;
}

function named(label: string): { baseLabel?: string } {
  const t = label.replace(/\s+/g, " ").trim();
  return t ? { baseLabel: t } : {};
}

function summable(v: TableValues): number[] {
  return v.numericCols.filter((c) => (c.role === "count" || c.role === "number") && !isNotSummable(c)).map((c) => c.col);
}

/** One ratio per percent cell of `cols` (percent columns no column relation explains), and per percent-row cell. */
export function ratioRelations(table: Table, v: TableValues, cols: readonly Column[]): Ratio[] {
  const tree = table.rowTree;
  if (!tree) return [];
  return [...percentRowRatios(table, tree, v), ...cols.flatMap((p) => columnRatios(table, tree, v, p))];
}

function scaleOf(c: Column | undefined): 100 | 1 {
  return c?.percentForm === "fraction" ? 1 : 100;
}

function fits(v: TableValues, at: CellRef, num: CellRef, den: CellRef | { value: number }, scale: number): boolean | undefined {
  const shown = v.value(at.row, at.col);
  const n = v.value(num.row, num.col);
  const d = "value" in den ? den.value : v.value(den.row, den.col);
  if (Number.isNaN(shown) || Number.isNaN(n) || Number.isNaN(d) || d === 0) return undefined;
  return judgeShown(shown, (n / d) * scale, v.decimals(at.row, at.col)) !== "mismatch";
}

/** "Tỷ lệ (%)" rows: each cell = the count row's cell / the count row's total column. */
function percentRowRatios(table: Table, tree: RowTree, v: TableValues): Ratio[] {
  const totalCol = table.columns.find((c) => (c.role === "count" || c.role === "number") && c.path.some((p) => isTotalHeader(p)))?.col;
  if (totalCol === undefined) return [];
  const out: Ratio[] = [];
  for (const { row, of } of tree.percentRows) {
    for (const c of v.numericCols) {
      if (c.col === totalCol) continue;
      const at = { row, col: c.col };
      if (Number.isNaN(v.value(row, c.col)) || Number.isNaN(v.value(of, c.col))) continue;
      const header = table.columns.find((x) => x.col === totalCol)?.header ?? "";
      out.push({ kind: "ratio", at, numerator: { row: of, col: c.col }, denominator: { row: of, col: totalCol }, scale: 100, decimals: v.decimals(row, c.col), basis: "row-total", ...named(header) });
    }
  }
  return out;
}

/** The count column a percent cell divides: the nearest figure column to its left holding a number in that row. */
function numeratorCol(table: Table, v: TableValues, row: number, p: Column): number | undefined {
  const left = table.columns.filter((c) => c.col < p.col && (c.role === "count" || c.role === "number")).reverse();
  return left.find((c) => !Number.isNaN(v.value(row, c.col)))?.col;
}

const STOP = new Set(["so", "voi", "cua", "tren", "tong", "ty", "le", "ti", "tinh", "cac", "nhung", "duoc", "the", "va", "%"]);

/** The words after "so với" / "trên tổng số" / "của" in a label or note: the base it names. */
function namedBase(text: string): string[] | undefined {
  const k = foldKey(text);
  const m = /\b(?:so voi|tren tong so|tren|cua tong so)\s+(.+)$/.exec(k);
  if (!m) return undefined;
  const words = m[1].split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOP.has(w));
  return words.length > 0 ? words : undefined;
}

function labelOf(table: Table, v: TableValues, row: number): string {
  const parts: string[] = [];
  for (const c of table.labelCols) {
    const cell = v.reading(row, c);
    if (cell.kind === "text") parts.push(cell.text);
  }
  return parts.join(" ");
}

function noteOf(table: Table, v: TableValues, row: number): string {
  const notes = table.columns.filter((c) => c.role === "text" && isNoteHeader(c.header));
  return notes.map((c) => {
    const cell = v.reading(row, c.col);
    return cell.kind === "text" ? cell.text : "";
  }).join(" ");
}

function columnRatios(table: Table, tree: RowTree, v: TableValues, p: Column): Ratio[] {
  const scale = scaleOf(p);
  const parents = new Set(tree.families.map((f) => f.parent));
  const totals = tree.nodes.filter((n) => n.role === "total").map((n) => n.row);
  const figures = captionFigures(table.captions);
  const labels = new Map(tree.nodes.map((n) => [n.row, foldKey(labelOf(table, v, n.row))]));
  const parentOf = new Map<number, number>();
  for (const n of tree.nodes) if (n.parent !== undefined) parentOf.set(n.row, n.parent);
  const picked: { at: CellRef; num: CellRef; base?: Base }[] = [];
  const groupOf = new Map<number, { row: number }>();
  for (const g of table.subtotals) for (const m of g.members) groupOf.set(m, g);
  // The top-level rows' sum in a column, worked out once per column.
  const sums = new Map<number, { value: number; rows: number[] }>();
  const sumOf = (col: number) => {
    let held = sums.get(col);
    if (!held) {
      const rows = tree.nodes.filter((n) => n.role === "item" && !Number.isNaN(v.value(n.row, col))).map((n) => n.row);
      held = { value: rows.reduce((a, r) => a + v.value(r, col), 0), rows };
      sums.set(col, held);
    }
    return held;
  };

  for (const node of tree.nodes) {
    const row = node.row;
    if (node.role === "heading" || node.role === "percent-row") continue;
    const shown = v.value(row, p.col);
    if (Number.isNaN(shown)) continue;
    const numCol = numeratorCol(table, v, row, p);
    if (numCol === undefined) continue;
    // "100" on the row the others are shares of: the row is its own base.
    if (shown === 100 / (scale === 1 ? 100 : 1) && (parents.has(row) || node.role === "total")) continue;
    const at = { row, col: p.col };
    const num = { row, col: numCol };
    const cell = (r: number): CellRef => ({ row: r, col: numCol });
    const ok = (den: CellRef | { value: number }) => fits(v, at, num, den, scale) === true;

    const named = namedBase(noteOf(table, v, row)) ?? namedBase(labelOf(table, v, row));
    if (named) {
      const target = tree.nodes.find((n) => n.row !== row && !Number.isNaN(v.value(n.row, numCol)) && named.every((w) => (labels.get(n.row) ?? "").split(/[^a-z0-9]+/).includes(w)));
      if (target) {
        picked.push({ at, num, base: { den: cell(target.row), basis: "explicit" } });
        continue;
      }
    }
    const candidates: Base[] = [];
    if (node.parent !== undefined && node.role === "child") {
      candidates.push({ den: cell(node.parent), basis: "parent" });
      // Sub-items often give their share of the whole rather than of their parent (4.1 of "Tổng số", not of
      // row 4): every ancestor is a candidate the shown value may fit; the parent stays the base otherwise.
      for (let up = parentOf.get(node.parent), seen = 0; up !== undefined && seen < 8; up = parentOf.get(up), seen++) {
        candidates.push({ den: cell(up), basis: "fit" });
      }
    }
    const group = groupOf.get(row);
    if (group) candidates.push({ den: cell(group.row), basis: "parent" });
    for (const t of totals) if (t !== row) candidates.push({ den: cell(t), basis: "total" });
    // A row the others are shares of ("Tổng số … 100%") is a base any row may give its share of, also a row
    // numbered under a sub-total (4.1 of the whole rather than of row 4).
    for (const b of parents) if (b !== row && b !== node.parent && b !== group?.row) candidates.push({ den: cell(b), basis: "fit" });
    for (const value of figures) candidates.push({ den: { value }, basis: "caption" });
    // No total row: the shares of the top-level rows are of their sum (a rating listed without its total).
    if (totals.length === 0 && node.role === "item") {
      const sum = sumOf(numCol);
      if (sum.rows.length >= 2) candidates.push({ den: { value: sum.value, rows: sum.rows }, basis: "sum" });
    }
    const fit = candidates.find((c) => ok(c.den));
    if (fit) picked.push({ at, num, base: fit });
    else if (node.role === "child" && node.parent !== undefined) picked.push({ at, num, base: { den: cell(node.parent), basis: "parent" } });
    else if (group) picked.push({ at, num, base: { den: cell(group.row), basis: "parent" } });
    else picked.push({ at, num });
  }

  // Top-level rows that fit no candidate: measured against the base most rows of the column use.
  const counts = new Map<string, { base: Base; n: number }>();
  for (const x of picked) {
    if (!x.base || x.base.basis === "parent" || x.base.basis === "explicit") continue;
    const key = JSON.stringify(x.base.den);
    const held = counts.get(key);
    counts.set(key, { base: x.base, n: (held?.n ?? 0) + 1 });
  }
  const majority = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  const decided = picked.filter((x) => !x.base).length;
  const out: Ratio[] = [];
  for (const x of picked) {
    let base = x.base;
    if (!base && majority && majority.n >= 2 && majority.n > decided) base = { den: majority.base.den, basis: "majority" };
    if (!base) continue;
    const den = "value" in base.den ? base.den : { row: base.den.row, col: x.num.col };
    const baseLabel = "value" in den ? "" : labelOf(table, v, den.row);
    out.push({ kind: "ratio", at: x.at, numerator: x.num, denominator: den, scale, decimals: v.decimals(x.at.row, x.at.col), basis: base.basis, ...named(baseLabel) });
  }
  return out;
}
