/**
 * The row tree (issue 9): one explicit model of a table's body rows, built in one place after the body
 * rows are classified (detect/body.ts). Every row gets a role — grand total, sub-total, item (what totals
 * add up), child of a family, percent row, heading — and rows under another row form families:
 *   - "Chia ra:" / "Gồm:" opens a partition (parts): the rows add up to the row above;
 *   - "Trong đó:" (alone, or "Trong đó: nữ" with figures) opens subsets: each at most the row above;
 *   - in indicator tables, rows numbered one level deeper (I → 1, 1 → 1.1, 1 → a, 1 → "-") are items under
 *     their row: their percents are of it (parts when they add up to it in every column).
 * Totals need evidence: in a table of indicators (ratings, breakdowns, results against plans) a row
 * labelled "Tổng số …" is the grand total only when its figures add up the top-level rows in most
 * columns; a row with figures and no label at the end is the grand total when its figures do.
 * Relations are read from the tree (rows/relations.ts), never from the labels again.
 */
import type { RowFamily, RowNode, RowRole, RowTree, SubtotalGroup } from "../model";
import { isGroupNumber, isInWhichLabel, isPartitionLabel, isTotalLabel, isSubtotalLabel } from "../detect/labels";
import { foldKey } from "../text";
import { labelLevel, sttLevel } from "./levels";

export interface TreeInput {
  /** Every body row, in order (headings included). */
  readonly rows: readonly number[];
  readonly label: (row: number) => string;
  readonly stt: (row: number) => string;
  readonly hasValues: (row: number) => boolean;
  /** The number in a cell, NaN when none. */
  readonly value: (row: number, col: number) => number;
  /** Count and amount columns (what totals add up). */
  readonly sumCols: readonly number[];
  readonly percentCols: readonly number[];
  /** The rows are indicators (ratings, breakdowns, plan items), not units: totals need arithmetic. */
  readonly indicator: boolean;
  readonly dataRows: readonly number[];
  readonly totalRows: readonly number[];
  readonly subtotals: readonly SubtotalGroup[];
}

export interface TreeResult {
  readonly tree: RowTree;
  readonly dataRows: number[];
  readonly totalRows: number[];
  readonly subtotals: SubtotalGroup[];
}

interface Node {
  row: number;
  role: RowRole;
  parent?: number;
  level?: number;
}

export function buildRowTree(input: TreeInput): TreeResult {
  const nodes = new Map<number, Node>();
  const totals = new Set(input.totalRows);
  const subtotalRows = new Map(input.subtotals.map((s) => [s.row, s]));
  const data = new Set(input.dataRows);
  for (const row of input.rows) {
    const role: RowRole = totals.has(row) ? "total" : subtotalRows.has(row) ? "subtotal" : data.has(row) ? "item" : "heading";
    const level = sttLevel(input.stt(row)) ?? labelLevel(input.label(row));
    nodes.set(row, { row, role, ...(level !== undefined ? { level } : {}) });
  }
  const families: RowFamily[] = [];
  const percentRows = findPercentRows(input, nodes);
  markerFamilies(input, nodes, families);
  if (input.indicator) numberedFamilies(input, nodes, families);
  const groups = regroup(input, nodes, [...input.subtotals]);
  confirmTotals(input, nodes, groups);

  const ordered = input.rows.map((r) => nodes.get(r) as Node);
  const subtotals = keptGroups(nodes, groups);
  const dataRows = ordered.filter((n) => n.role === "item").map((n) => n.row);
  const totalRows = ordered.filter((n) => n.role === "total").map((n) => n.row);

  const tree: RowTree = {
    nodes: ordered.map((n): RowNode => ({ row: n.row, role: n.role, ...(n.parent !== undefined ? { parent: n.parent } : {}), ...(n.level !== undefined ? { level: n.level } : {}) })),
    families,
    percentRows,
  };
  return { tree, dataRows, totalRows, subtotals };
}

/** A sub-total adds up items only: members the tree moved into a family leave it; an emptied group is an item. */
function keptGroups(nodes: Map<number, Node>, groups: readonly SubtotalGroup[]): SubtotalGroup[] {
  const out: SubtotalGroup[] = [];
  for (const g of groups) {
    const n = nodes.get(g.row);
    if (n?.role !== "subtotal") continue;
    const members = g.members.filter((m) => nodes.get(m)?.role === "item");
    if (members.length > 0) out.push(members.length === g.members.length ? g : { row: g.row, members });
    else n.role = "item";
  }
  return out;
}

/** "Tỷ lệ (%)" right under a count row: its cells are shares of that row's total column. */
function findPercentRows(input: TreeInput, nodes: Map<number, Node>): { row: number; of: number }[] {
  const out: { row: number; of: number }[] = [];
  let previous: Node | undefined;
  for (const row of input.rows) {
    const n = nodes.get(row) as Node;
    if (!input.hasValues(row)) continue;
    const k = foldKey(input.label(row)).replace(/\s+/g, " ").trim();
    // "Tỷ lệ (%)", "Tỷ lệ so với tổng số (%)", "%": a short label, right under a count row (or the total).
    // Only words that name no indicator: "Tỷ lệ TCCSĐ hoàn thành tốt nhiệm vụ (%)" is an indicator row.
    const worded = /^(?:(?:ty|ti) le|\(?%\)?)(?:\s+(?:so voi|tong so|tong cong|\(?%\)?|chung|tren))*$/.test(k);
    if (previous && n.role === "item" && worded && (previous.role === "item" || previous.role === "total" || previous.role === "subtotal")) {
      n.role = "percent-row";
      n.parent = previous.row;
      out.push({ row, of: previous.row });
    }
    previous = n;
  }
  return out;
}

/** "Trong đó", and "Trong số …" / "Trong số đó" (the same subsets, worded as a share of the row above). */
function isMarker(label: string): "subsets" | "parts" | undefined {
  if (isInWhichLabel(label) || /^[-+*•–]?\s*trong so\b/.test(foldKey(label))) return "subsets";
  if (isPartitionLabel(label)) return "parts";
  return undefined;
}

const FIGURE_ROLES: ReadonlySet<RowRole> = new Set(["item", "total", "subtotal"]);

/** "Trong đó:" and "Chia ra:" families. */
function markerFamilies(input: TreeInput, nodes: Map<number, Node>, families: RowFamily[]): void {
  const rows = input.rows;
  for (let i = 0; i < rows.length; i++) {
    const marker = rows[i];
    const kind = isMarker(input.label(marker));
    if (!kind) continue;
    const inline = input.hasValues(marker) && (nodes.get(marker) as Node).role === "item";
    const firstIdx = inline ? i : i + 1;
    const first = nodes.get(rows[firstIdx]);
    if (!first) continue;
    const base = baseAbove(input, nodes, rows, i, first.level);
    if (base === undefined) continue;
    const baseLevel = nodes.get(base)?.level;
    const members: number[] = [];
    for (let j = firstIdx; j < rows.length; j++) {
      const r = rows[j];
      const n = nodes.get(r) as Node;
      if (j > firstIdx && (isMarker(input.label(r)) || n.role === "heading")) break;
      if (n.role !== "item") break;
      if (j > firstIdx) {
        // "Trong đó: nữ 61" holds one subset; "-" rows right under it may add more.
        if (inline && n.level === undefined) break;
        if (n.level !== undefined && baseLevel !== undefined && n.level <= baseLevel) break;
        if (first.level !== undefined && (n.level === undefined || n.level < first.level)) break;
      }
      members.push(r);
    }
    if (members.length === 0) continue;
    for (const r of members) {
      const n = nodes.get(r) as Node;
      n.role = "child";
      n.parent = base;
    }
    families.push({ parent: base, kind, rows: members });
  }
}

/** The row a marker's family hangs under: the nearest row with figures above it at a smaller depth. */
function baseAbove(input: TreeInput, nodes: Map<number, Node>, rows: readonly number[], from: number, childLevel: number | undefined): number | undefined {
  for (let j = from - 1; j >= 0; j--) {
    const n = nodes.get(rows[j]) as Node;
    if (n.role === "heading" || n.role === "percent-row" || !input.hasValues(n.row)) continue;
    if (n.role === "child") {
      if (n.level !== undefined && childLevel !== undefined && n.level < childLevel) return n.row;
      return n.parent;
    }
    return FIGURE_ROLES.has(n.role) ? n.row : undefined;
  }
  return undefined;
}

/** Indicator rows numbered one level under another row: items of it, or its parts when they add up. */
function numberedFamilies(input: TreeInput, nodes: Map<number, Node>, families: RowFamily[]): void {
  const rows = input.rows;
  for (let i = 0; i < rows.length; i++) {
    const parent = nodes.get(rows[i]) as Node;
    // A "Tổng số …" row numbered "1" over "1.1", "1.2" is their parent first; whether it is also the grand
    // total is decided after, over the rows left at the top level.
    if ((parent.role !== "item" && parent.role !== "total") || parent.level === undefined || !input.hasValues(parent.row)) continue;
    const under: Node[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const n = nodes.get(rows[j]) as Node;
      if (n.role === "heading" && isMarker(input.label(n.row))) continue;
      if (n.role === "heading" || n.role === "total" || n.role === "subtotal") break;
      if (n.level === undefined || n.level <= parent.level) break;
      if (n.role === "item") under.push(n);
    }
    if (under.length === 0) continue;
    const depth = Math.min(...under.map((n) => n.level as number));
    const children = under.filter((n) => n.level === depth).map((n) => n.row);
    const kind = children.length >= 2 && addsUpEverywhere(input, parent.row, children) ? "parts" : "items";
    for (const r of children) {
      const n = nodes.get(r) as Node;
      n.role = "child";
      n.parent = parent.row;
    }
    families.push({ parent: parent.row, kind, rows: children });
  }
}

function addsUpEverywhere(input: TreeInput, row: number, members: readonly number[]): boolean {
  const t = sumAgreement(input, row, members, input.sumCols);
  return t.compared > 0 && t.equal === t.compared;
}

/** The members' figures in column `c` added up, and how many of them have one. */
function memberSum(input: TreeInput, members: readonly number[], c: number): { sum: number; present: number } {
  let sum = 0;
  let present = 0;
  for (const m of members) {
    const y = input.value(m, c);
    if (!Number.isNaN(y)) {
      sum += y;
      present++;
    }
  }
  return { sum, present };
}

/** In how many of `cols` the row holds the sum of its members (columns where both have figures). */
function sumAgreement(input: TreeInput, row: number, members: readonly number[], cols: readonly number[]): { compared: number; equal: number } {
  let compared = 0;
  let equal = 0;
  for (const c of cols) {
    const x = input.value(row, c);
    if (Number.isNaN(x)) continue;
    const { sum, present } = memberSum(input, members, c);
    if (present === 0) continue;
    compared++;
    if (Math.abs(sum - x) <= 1e-9 * Math.max(1, Math.abs(sum))) equal++;
  }
  return { compared, equal };
}

/**
 * Shares that say the row is their whole: the row shows 100 (or 1 as a fraction) in a percent column
 * and its members' shares add up to it at the shown precision (99,99 and 100,01 included).
 */
function shareAgreement(input: TreeInput, row: number, members: readonly number[]): { compared: number; equal: number } {
  let compared = 0;
  let equal = 0;
  for (const c of input.percentCols) {
    const x = input.value(row, c);
    if (x !== 100 && x !== 1) continue;
    const { sum, present } = memberSum(input, members, c);
    if (present === 0) continue;
    compared++;
    const tolerance = x === 1 ? 0.0006 * present : 0.06 * present;
    if (Math.abs(sum - x) <= tolerance) equal++;
  }
  return { compared, equal };
}

/**
 * A labelled total whose figures miss the sum of the rows by a slip's worth (a swapped digit, a row
 * forgotten: at most 5 % in every column it misses): still the total, and the miss is the finding. A stock
 * ("Tổng số đảng viên" beside admissions) or overlapping subsets miss by far more.
 */
const NEAR_MISS = 0.05;
function nearMiss(input: TreeInput, row: number, members: readonly number[]): boolean {
  let compared = 0;
  for (const c of input.sumCols) {
    const x = input.value(row, c);
    if (Number.isNaN(x) || x === 0) continue;
    const ys = members.map((m) => input.value(m, c)).filter((y) => !Number.isNaN(y));
    if (ys.length < 2) continue;
    compared++;
    const sum = ys.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - x) > NEAR_MISS * Math.abs(x)) return false;
  }
  return compared > 0;
}

/** Group rows ("II. …") whose first reading failed because a row after them was not yet known to be the total. */
function regroup(input: TreeInput, nodes: Map<number, Node>, groups: SubtotalGroup[]): SubtotalGroup[] {
  const rows = input.rows;
  const lastFigure = [...rows].reverse().find((r) => input.hasValues(r) && nodes.get(r)?.role === "item");
  for (let i = 0; i < rows.length; i++) {
    const n = nodes.get(rows[i]) as Node;
    // Only rows numbered as groups ("II", "B"): a label like "Đảng bộ cơ sở …" names a unit as often as a group.
    if (n.role !== "item" || !isGroupNumber(input.stt(n.row))) continue;
    const members: number[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const m = nodes.get(rows[j]) as Node;
      if (m.role !== "item" || isGroupNumber(input.stt(m.row)) || (m.row === lastFigure && input.label(m.row).trim() === "")) break;
      members.push(m.row);
    }
    const t = sumAgreement(input, n.row, members, input.sumCols);
    if (members.length > 0 && t.equal > 0 && t.equal * 2 >= t.compared) {
      n.role = "subtotal";
      groups.push({ row: n.row, members });
    }
  }
  return groups.sort((a, b) => a.row - b.row);
}

/** Grand totals: labelled rows proven by their figures in indicator tables, and the unlabelled last row. */
function confirmTotals(input: TreeInput, nodes: Map<number, Node>, groups: readonly SubtotalGroup[]): void {
  const items = () => input.rows.filter((r) => nodes.get(r)?.role === "item");
  const agrees = (row: number, members: readonly number[]) => {
    const a = sumAgreement(input, row, members, input.sumCols);
    const b = shareAgreement(input, row, members);
    const compared = a.compared + b.compared;
    const equal = a.equal + b.equal;
    return equal > 0 && equal * 2 >= compared;
  };
  if (input.indicator) {
    for (const row of input.rows) {
      const n = nodes.get(row) as Node;
      if (n.role !== "total") continue;
      const members = items().filter((r) => r !== row);
      if (!agrees(row, members) && !nearMiss(input, row, members)) n.role = "item";
    }
  }
  const figures = input.rows.filter((r) => input.hasValues(r) && nodes.get(r)?.role !== "percent-row" && nodes.get(r)?.role !== "child" && nodes.get(r)?.role !== "heading");
  const last = figures[figures.length - 1];
  if (last === undefined || [...nodes.values()].some((n) => n.role === "total")) return;
  const lastNode = nodes.get(last) as Node;
  // A row with figures and no label closing the table: the grand total when it adds up the units.
  if (lastNode.role === "item" && input.label(last).trim() === "" && input.stt(last).trim() === "") {
    const members = items().filter((r) => r !== last);
    if (members.length >= 2 && agrees(last, members)) lastNode.role = "total";
    return;
  }
  // "Cộng" closing every unit above it, followed only by its own partition ("Chia ra …"): the grand total.
  const group = groups.find((g) => g.row === last);
  if (lastNode.role === "subtotal" && group && isTotalLabel(input.label(last)) && !isSubtotalLabel(input.label(last))) {
    const units = items();
    if (units.length === group.members.length && units.every((r) => group.members.includes(r))) lastNode.role = "total";
  }
}
