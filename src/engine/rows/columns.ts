/**
 * Column relations the header states even when the data are too few to confirm them (issue 9: structure
 * is evidence): a "Tổng số" / "Cộng" column over the columns of a group beside it ("Chia theo loại Huy
 * hiệu: 70 năm, 65 năm …", "Chia theo số năm tuổi Đảng"), a group standing for its own "Cộng" column
 * (Tổng số = Trao tặng [Cộng] + Truy tặng), and a percent column whose header names its base ("Tỷ lệ %
 * so với kế hoạch", "so với cùng kỳ"). A partition that does not add up is a finding, not a reason to
 * drop the relation: with one or two rows the header alone decides; with more, two rows in three must agree.
 */
import type { Column, HeaderNode, Relation, Table } from "../model";
import type { TableValues } from "../relations/values";
import { judgePartsRow, tally } from "../relations/agree";
import { isResultHeader, isTotalHeader, isSubsetHeader } from "../relations/words";
import { foldKey } from "../text";
import { judgeShown } from "../rounding";

type Parts = Extract<Relation, { kind: "parts" }>;
type Percent = Extract<Relation, { kind: "percent" }>;

const MIN_AGREEMENT = 2 / 3;
const FEW_ROWS = 2;

/** "Chia ra", "Chia theo …", "Phân theo …", "Gồm", "Theo …": a group whose columns break down the one before it. */
function isBreakdownGroup(label: string): boolean {
  return /^(chia ra|chia theo|phan theo|phan loai theo|gom|bao gom|theo|trong do gom)\b/.test(foldKey(label));
}

function figureCol(v: TableValues, col: number): boolean {
  const c = v.column(col);
  return c !== undefined && (c.role === "count" || c.role === "number");
}

/** The column a header node stands for: itself when a leaf, else its own "Cộng" / "Tổng số" child. */
function columnOf(n: HeaderNode, v: TableValues): number | undefined {
  if (n.children.length === 0) return n.left === n.right && figureCol(v, n.left) ? n.left : undefined;
  const total = n.children.find((c) => c.children.length === 0 && isTotalHeader(c.label));
  return total && total.left === total.right && figureCol(v, total.left) ? total.left : undefined;
}

export function headerGroupParts(table: Table, v: TableValues, known: readonly Relation[]): Parts[] {
  const taken = new Set(known.flatMap((r) => (r.kind === "parts" ? [r.whole] : [])));
  const out: Parts[] = [];
  /** `stated`: the header says the columns are parts ("Chia ra", a group with its own "Cộng"); else the data must show it once. */
  const consider = (whole: number | undefined, parts: (number | undefined)[], stated: boolean) => {
    if (whole === undefined || taken.has(whole) || parts.length < 2 || parts.some((p) => p === undefined || p === whole)) return;
    const cols = parts as number[];
    const t = tally(v.rows, (r) => judgePartsRow(v, r, whole, cols)?.ok);
    if (t.comparable === 0) return;
    if (t.comparable > FEW_ROWS && t.holds / t.comparable < MIN_AGREEMENT) return;
    // "Tổng số | Nữ | Đoàn viên | Dân tộc" are subsets, not parts: a bare total needs the data's word in a short table.
    if (!stated && t.holds === 0) return;
    out.push({ kind: "parts", whole, parts: cols, source: "header" });
    taken.add(whole);
  };
  const visit = (siblings: readonly HeaderNode[], parent: string | null) => {
    if (parent === null || !isSubsetHeader(parent)) {
      siblings.forEach((n, i) => {
        const next = siblings[i + 1];
        if (next && next.children.length >= 2 && isBreakdownGroup(next.label)) consider(columnOf(n, v), next.children.map((c) => columnOf(c, v)), true);
      });
      // "Tổng số | Trao tặng [Cộng …] | Truy tặng": a bare total column over the figure columns to its right.
      const total = siblings.find((n) => n.children.length === 0 && isBareTotal(n.label));
      if (total) {
        const right = siblings.filter((n) => n.left > total.left);
        if (right.length >= 2 && !right.some((n) => isBreakdownGroup(n.label))) {
          consider(columnOf(total, v), right.map((n) => columnOf(n, v)), right.some((n) => n.children.length > 0));
        }
      }
    }
    for (const n of siblings) if (n.children.length > 0) visit(n.children, n.label);
  };
  visit(table.headerTree, null);
  return out;
}

/** "Tổng số", "Tổng cộng", "Cộng", "Tổng" and nothing else: "Tổng số đảng viên" is a figure of its own. */
function isBareTotal(label: string): boolean {
  return /^(tong so|tong cong|cong|tong)\s*:?$/.test(foldKey(label));
}

const STOP = new Set(["so", "voi", "cua", "ty", "le", "ti", "%", "tong"]);

/** Abbreviations headers use for the base ("so với KH", "Cùng kỳ" as "CK", "NQ"), spelled out. */
function spelled(k: string): string {
  return k.replace(/\bkh\b/g, "ke hoach").replace(/\bck\b/g, "cung ky").replace(/\bnq\b/g, "nghi quyet").replace(/\bct\b/g, "chi tieu");
}

/** Percent columns headed "… so với <base>": numerator the result column before it, denominator the column named. */
export function namedBasePercents(table: Table, v: TableValues, known: readonly Relation[]): Percent[] {
  const covered = new Set(known.flatMap((r) => (r.kind === "percent" || r.kind === "share" ? [r.col] : [])));
  const out: Percent[] = [];
  for (const p of v.numericCols.filter((c) => c.role === "percent" && !covered.has(c.col))) {
    const m = /\bso voi\s+(.+)$/.exec(spelled(foldKey(p.path.join(" "))));
    if (!m) continue;
    const words = m[1].split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOP.has(w));
    if (words.length === 0) continue;
    const figures = table.columns.filter((c) => c.col !== p.col && (c.role === "count" || c.role === "number"));
    const den = figures.find((c) => {
      const k = spelled(foldKey(c.path.join(" "))).split(/[^a-z0-9]+/);
      return words.every((w) => k.includes(w));
    });
    if (!den) continue;
    const left = figures.filter((c) => c.col < p.col && c.col !== den.col).reverse();
    const num: Column | undefined = left.find((c) => isResultHeader(c)) ?? left[0];
    if (!num) continue;
    const comparable = v.rows.some((r) => !Number.isNaN(v.value(r, p.col)) && !Number.isNaN(v.value(r, num.col)) && v.value(r, den.col) > 0);
    if (!comparable) continue;
    out.push({ kind: "percent", col: p.col, numerator: num.col, denominator: den.col, scale: p.percentForm === "fraction" ? 1 : 100, decimals: columnDecimals(v, p) });
  }
  return out;
}

/**
 * "Nữ: SL | %" pairs beside a bare "Tổng số" column: the % is the pair's count over the row's Tổng số —
 * what the header says, taken even in a one-row table (where the data alone cannot confirm it) as long
 * as the table is short or one row fits.
 */
export function pairPercents(table: Table, v: TableValues, known: readonly Relation[]): Percent[] {
  const covered = new Set(known.flatMap((r) => (r.kind === "percent" || r.kind === "share" ? [r.col] : [])));
  const total =
    table.columns.find((c) => (c.role === "count" || c.role === "number") && c.path.length === 1 && isBareTotal(c.header)) ??
    sharedPairBase(table, known);
  if (!total) return [];
  const out: Percent[] = [];
  for (const p of v.numericCols.filter((c) => c.role === "percent" && !covered.has(c.col) && c.path.length >= 2)) {
    const sibling = table.columns.find((c) => c.col === p.col - 1 && (c.role === "count" || c.role === "number") && c.path.length === p.path.length && c.path.slice(0, -1).join("|") === p.path.slice(0, -1).join("|"));
    if (!sibling || !isCountHeader(sibling.header)) continue;
    const relation: Percent = { kind: "percent", col: p.col, numerator: sibling.col, denominator: total.col, scale: p.percentForm === "fraction" ? 1 : 100, decimals: columnDecimals(v, p) };
    const t = tally(v.rows, (r) => {
      const x = v.value(r, p.col);
      const n = v.value(r, sibling.col);
      const d = v.value(r, total.col);
      if (Number.isNaN(x) || Number.isNaN(n) || Number.isNaN(d) || d === 0) return undefined;
      return judgeShown(x, (n / d) * relation.scale, v.decimals(r, p.col)) !== "mismatch";
    });
    if (t.comparable > 0 && (table.dataRows.length <= 3 || t.holds > 0)) out.push(relation);
  }
  return out;
}

const isCountHeader = (header: string) => /^(sl|so luong|so|sl \(nguoi\))$/.test(foldKey(header));

/**
 * The column two or more SL / % pairs are already known (from the data) to be shares of: the table's
 * "Tổng số …" whatever its wording, so a pair whose figures do not agree is still measured against it.
 */
function sharedPairBase(table: Table, known: readonly Relation[]): Column | undefined {
  const uses = new Map<number, number>();
  for (const r of known) {
    if (r.kind !== "percent" || r.numerator !== r.col - 1) continue;
    const num = table.columns.find((c) => c.col === r.numerator);
    if (num && isCountHeader(num.header)) uses.set(r.denominator, (uses.get(r.denominator) ?? 0) + 1);
  }
  const [col, n] = [...uses.entries()].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return col !== undefined && n >= 2 ? table.columns.find((c) => c.col === col) : undefined;
}

function columnDecimals(v: TableValues, c: Column): number {
  if (c.decimals !== undefined) return c.percentForm === "fraction" ? c.decimals + 2 : c.decimals;
  let d = 0;
  for (const r of v.rows) if (!Number.isNaN(v.value(r, c.col))) d = Math.max(d, v.decimals(r, c.col));
  return d;
}
