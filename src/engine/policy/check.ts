/**
 * Checking a table against policy rules. Every finding is a warning (SEVERITY): a policy is the plan's
 * promise, not arithmetic the table itself must satisfy.
 *
 * Where findings point:
 *  - BELOW_MIN_RATE: the quota cell of the unit (or total) row that falls short.
 *  - SHARE_BELOW_TARGET (per table) and PLAN_TOTAL_MISMATCH: the column's cell in the total row when the
 *    table has one, else the column's own header cell (the table has no cell that holds the sum).
 *  - SHARE_BELOW_TARGET (per row): the part cell of that row.
 * Sums are always taken over the unit rows (dataRows), never read from the total row: the total row may
 * itself be wrong (seed 001), which TOTAL_MISMATCH reports separately.
 * Blank cells are "not assigned" (seed 000) and are skipped, as are cells that hold no number (other
 * checks report those).
 */
import { numericValue, readCell } from "../cells";
import { type Grid, valueAt } from "../grid";
import { type Issue, SEVERITY, type Relation, type Table } from "../model";
import { inferNumberStyle, roundHalfAwayFromZero, roundAwayFromZero, snap } from "../numbers";
import { columnTitle, headerCellRow, resolveColumn } from "./columns";
import type { MinRateRule, MinShareRule, PlanTotalRule, PolicyRule, RateRounding } from "./types";

/** The fewest members a quota may be: percent % of members, rounded as the rule says. */
export function minimumQuota(members: number, percent: number, rounding: RateRounding): number {
  // snap() first: 7,715 × 3.5 / 100 must be 270.025, not 270.02499999999998, before it is rounded.
  const exact = snap((members * percent) / 100);
  if (rounding === "up") return roundAwayFromZero(exact, 0);
  if (rounding === "nearest") return roundHalfAwayFromZero(exact, 0);
  return exact;
}

/** A share in percent points, shown with 2 decimals as the published tables do. */
export function sharePercent(part: number, whole: number): number {
  return roundHalfAwayFromZero(snap((part / whole) * 100), 2);
}

/**
 * Reads a column's numbers, numbers stored as text included: "7,715" is read with the separator style the
 * column's other texts prove (inferNumberStyle), as the checks read it.
 */
function columnReader(grid: Grid, table: Table, col: number): (row: number) => number | undefined {
  const texts: string[] = [];
  for (const row of [...table.dataRows, ...table.totalRows]) {
    const v = valueAt(grid, row, col);
    if (typeof v === "string") texts.push(v);
  }
  const hint = inferNumberStyle(texts);
  return (row) => numericValue(readCell(grid, row, col, hint));
}

/** The unit's name in a row: the label column (not the kind column beside it). */
function unitName(grid: Grid, table: Table, row: number): string {
  const nameCol =
    table.columns.find((c) => c.role === "label" && table.labelCols.includes(c.col))?.col ?? table.labelCols[table.labelCols.length - 1];
  if (nameCol === undefined) return "";
  const r = readCell(grid, row, nameCol);
  return r.kind === "text" || r.kind === "text-number" ? r.text : "";
}

function ruleName(rule: PolicyRule): { rule?: string } {
  return rule.label ? { rule: rule.label } : {};
}

function sumColumn(grid: Grid, table: Table, col: number): number {
  const read = columnReader(grid, table, col);
  let sum = 0;
  for (const row of table.dataRows) sum += read(row) ?? 0;
  return snap(sum);
}

/** The cell that speaks for a whole column: its total-row cell, else its header cell. */
function columnCell(table: Table, col: number): { row: number; col: number } {
  const totalRow = table.totalRows[table.totalRows.length - 1];
  return { row: totalRow ?? headerCellRow(table, col), col };
}

function checkMinRate(grid: Grid, table: Table, relations: readonly Relation[], rule: MinRateRule): Issue[] {
  const quota = resolveColumn(table, rule.quota, relations);
  const members = resolveColumn(table, rule.members, relations);
  if (!quota.ok || !members.ok) return [];
  const rows = [...table.dataRows, ...table.totalRows].sort((a, b) => a - b);
  const readQuota = columnReader(grid, table, quota.col);
  const readMembers = columnReader(grid, table, members.col);
  const issues: Issue[] = [];
  for (const row of rows) {
    const q = readQuota(row);
    const m = readMembers(row);
    if (q === undefined || m === undefined) continue;
    const minimum = minimumQuota(m, rule.percent, rule.rounding);
    if (q >= minimum - 1e-9) continue;
    issues.push({
      code: "BELOW_MIN_RATE",
      severity: SEVERITY.BELOW_MIN_RATE,
      row,
      col: quota.col,
      expected: minimum,
      actual: q,
      params: {
        unit: unitName(grid, table, row),
        members: m,
        percent: rule.percent,
        quotaColumn: columnTitle(table, quota.col),
        membersColumn: columnTitle(table, members.col),
        ...ruleName(rule),
      },
    });
  }
  return issues;
}

function checkMinShare(grid: Grid, table: Table, relations: readonly Relation[], rule: MinShareRule): Issue[] {
  const part = resolveColumn(table, rule.part, relations);
  const whole = resolveColumn(table, rule.whole, relations);
  if (!part.ok || !whole.ok) return [];
  const names = { partColumn: columnTitle(table, part.col), wholeColumn: columnTitle(table, whole.col), ...ruleName(rule) };
  const below = (p: number, w: number) => w > 0 && (p / w) * 100 < rule.percent - 1e-9;
  if (rule.per === "table") {
    const p = sumColumn(grid, table, part.col);
    const w = sumColumn(grid, table, whole.col);
    if (!below(p, w)) return [];
    const cell = columnCell(table, part.col);
    return [
      {
        code: "SHARE_BELOW_TARGET",
        severity: SEVERITY.SHARE_BELOW_TARGET,
        ...cell,
        expected: rule.percent,
        actual: sharePercent(p, w),
        params: { part: p, whole: w, unit: "", ...names },
      },
    ];
  }
  const readPart = columnReader(grid, table, part.col);
  const readWhole = columnReader(grid, table, whole.col);
  const issues: Issue[] = [];
  for (const row of table.dataRows) {
    const p = readPart(row);
    const w = readWhole(row);
    if (p === undefined || w === undefined || !below(p, w)) continue;
    issues.push({
      code: "SHARE_BELOW_TARGET",
      severity: SEVERITY.SHARE_BELOW_TARGET,
      row,
      col: part.col,
      expected: rule.percent,
      actual: sharePercent(p, w),
      params: { part: p, whole: w, unit: unitName(grid, table, row), ...names },
    });
  }
  return issues;
}

function checkPlanTotal(grid: Grid, table: Table, relations: readonly Relation[], rule: PlanTotalRule): Issue[] {
  const column = resolveColumn(table, rule.column, relations);
  if (!column.ok) return [];
  const sum = sumColumn(grid, table, column.col);
  const fails = rule.comparison === "atLeast" ? sum < rule.total - 1e-9 : Math.abs(sum - rule.total) > 1e-9;
  if (!fails) return [];
  return [
    {
      code: "PLAN_TOTAL_MISMATCH",
      severity: SEVERITY.PLAN_TOTAL_MISMATCH,
      ...columnCell(table, column.col),
      expected: rule.total,
      actual: sum,
      params: { unit: "", column: columnTitle(table, column.col), difference: snap(sum - rule.total), ...ruleName(rule) },
    },
  ];
}

/** The findings of one rule on one table (the rule's scope is the caller's business). */
export function checkRule(grid: Grid, table: Table, relations: readonly Relation[], rule: PolicyRule): Issue[] {
  switch (rule.kind) {
    case "minRate":
      return checkMinRate(grid, table, relations, rule);
    case "minShare":
      return checkMinShare(grid, table, relations, rule);
    case "planTotal":
      return checkPlanTotal(grid, table, relations, rule);
  }
}
