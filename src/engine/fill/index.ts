/**
 * Fill plans: from a detected table and its relations, the edits that make it right — totals, sub-totals,
 * parent columns, percents (and on request a shortfall and a status column) — as portable native formulas
 * by default. Nothing is written here: the plan is previewed, applied by an adapter, and undone with
 * invertPlan.
 */
import type { Grid } from "../grid";
import type { TableAnalysis } from "../model";
import type { EditPlan } from "../plan";
import { PlanBuilder } from "./builder";
import { type FillOptions, cellKey, resolveFillOptions } from "./options";
import { decideCauses, planCorrections } from "./follow-cause";
import { planMissingTotalRow, planShortfallColumns } from "./append";
import { planPercent, planRatio, planShare, planShortfall } from "./rates";
import { orderTotals, planColumnTotal, planParts, planShortfallTotals } from "./sums";
import { planTextNumbers } from "./text-numbers";
import { pushAll } from "../arrays";

export type { FillOptions } from "./options";
export type { Pick, Trust } from "./follow-cause";
export { applyPlanToGrid } from "./apply";

/**
 * The plan for one table. Dependent cells come after what they depend on: parts → unit shortfalls →
 * sub-totals → totals (shortfall columns last, over corrected figures) → percents.
 */
export function planFill(grid: Grid, analysis: TableAnalysis, options: FillOptions = {}): EditPlan {
  const resolved = resolveFillOptions(options);
  const decisions = decideCauses(analysis, resolved.trust, resolved.choose);
  const b = new PlanBuilder(grid, { ...resolved, hold: new Set(decisions.held.map((c) => cellKey(c.row, c.col))) });
  const { table, relations } = analysis;
  // A mistyped member is corrected first, so the totals over it come out as they were typed (and right).
  planCorrections(b, decisions.corrections);

  const counted = table.columns.filter((c) => c.role === "count" || c.role === "number").map((c) => c.col);
  planTextNumbers(b, table, relations, counted);

  for (const rel of relations) {
    if (rel.kind === "parts" && (rel.source === "header" || b.options.includeDataParts)) planParts(b, table, rel);
  }
  const shortfalls = relations.filter((r): r is Extract<typeof r, { kind: "shortfall" }> => r.kind === "shortfall");
  for (const rel of shortfalls) planShortfall(b, rel, table.dataRows);

  // A shortfall column's totals are planned on their own, once the targets and results they sit beside are.
  const shortfallCols = new Set(shortfalls.map((r) => r.col));
  const totals = relations
    .filter((r): r is Extract<typeof r, { kind: "column-total" }> => r.kind === "column-total")
    .map((r) => ({ ...r, cols: r.cols.filter((c) => !shortfallCols.has(c)) }));
  for (const rel of orderTotals(table, totals)) planColumnTotal(b, table, rel);
  for (const rel of shortfalls) planShortfallTotals(b, table, rel);

  const added = planMissingTotalRow(b, table, relations);
  const extraTotals = added === null ? [] : [added];
  for (const rel of relations) {
    if (rel.kind === "percent") planPercent(b, table, rel, extraTotals);
    else if (rel.kind === "share") planShare(b, table, rel);
    else if (rel.kind === "ratio") planRatio(b, rel);
  }
  planShortfallColumns(b, table, relations, extraTotals);
  const plan = b.build();
  return decisions.choices.length > 0 ? { ...plan, choices: decisions.choices } : plan;
}

/** One plan for all the tables of a sheet (seed 000 has two); tables never share cells, so their plans just add up. */
export function planFillSheet(grid: Grid, analyses: readonly TableAnalysis[], options: FillOptions = {}): EditPlan {
  const edits: EditPlan["edits"][number][] = [];
  const addMerges: EditPlan["addMerges"][number][] = [];
  const choices: NonNullable<EditPlan["choices"]>[number][] = [];
  for (const analysis of analyses) {
    const plan = planFill(grid, analysis, options);
    pushAll(edits, plan.edits);
    pushAll(addMerges, plan.addMerges);
    pushAll(choices, plan.choices ?? []);
  }
  return { sheet: grid.sheet, edits, addMerges, removeMerges: [], ...(choices.length > 0 ? { choices } : {}) };
}
