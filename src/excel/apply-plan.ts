/**
 * Applies an EditPlan (src/engine/plan.ts) to the workbook. The plan is checked before anything is
 * written, so a refused write leaves the sheet as it was:
 *   1. one sync reads the sheet's protection, the workbook's read-only flag (ExcelApi 1.8) and the current
 *      content of every cell the plan touches; a cell that no longer holds the plan's `before` state
 *      means the sheet changed since the preview, and nothing is written;
 *   2. the edits go out in batches sized to stay under the 5 MB request cap, one sync per batch;
 *   3. should a batch still fail (a lock, a host limit), the batches sent so far — the failing one
 *      included, since Excel keeps the commands of a batch that ran before the failing one — are
 *      written back from the edits' `before` states, then the error is reported.
 */
import type { CellValue } from "../engine/grid";
import { a1, a1Range, isCellError } from "../engine/grid";
import type { CellEdit, CellState, EditPlan } from "../engine/plan";
import { ExcelAdapterError, toAdapterError } from "./errors";
import type { ExcelFeatures } from "./features";
import { EDITS_PER_BATCH, batches } from "./limits";

export interface ApplyOutcome {
  readonly edits: number;
  readonly syncs: number;
}

/** What Office.js accepts as a cell value: errors cannot be written, and only come back from formulas. */
function writableValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return v;
}

function sameState(current: { value: unknown; formula: unknown }, before: CellState): boolean {
  const f = typeof current.formula === "string" && current.formula.startsWith("=") ? current.formula : null;
  if (before.formula !== null || f !== null) return f === before.formula;
  const v = current.value === "" ? null : current.value;
  const b = before.value;
  if (b !== null && isCellError(b)) return typeof v === "string" && v === b.error;
  return v === b;
}

function queueEdit(sheet: Excel.Worksheet, edit: CellEdit, state: CellState, features: ExcelFeatures): void {
  const range = sheet.getRange(a1(edit.row, edit.col));
  // Style first: clearing formats would otherwise wipe the number format written below.
  if (state.styleFrom === null) range.clear("Formats");
  else if (state.styleFrom && features.specialCells) {
    range.copyFrom(sheet.getRange(a1(state.styleFrom.row, state.styleFrom.col)), "Formats");
  }
  if (state.formula !== null) range.formulas = [[state.formula]];
  else range.values = [[writableValue(state.value)]];
  if (state.numberFormat !== null) range.numberFormat = [[state.numberFormat]];
}

/** Refuses the write (throws) when the sheet is protected, the workbook read-only or the cells changed. */
async function checkPreconditions(context: Excel.RequestContext, plan: EditPlan, features: ExcelFeatures): Promise<number> {
  let syncs = 0;
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  sheet.protection.load("protected");
  if (features.readOnlyFlag) context.workbook.load("readOnly");
  const groups = batches(plan.edits, EDITS_PER_BATCH);
  const firstProbes = (groups[0] ?? []).map((e) => sheet.getRange(a1(e.row, e.col)).load("values,formulas"));
  await context.sync();
  syncs++;
  if (sheet.protection.protected) throw new ExcelAdapterError("protected");
  if (features.readOnlyFlag && context.workbook.readOnly) throw new ExcelAdapterError("read-only");
  const verify = (group: readonly CellEdit[], probes: Excel.Range[]) =>
    group.forEach((e, i) => {
      if (!sameState({ value: probes[i].values[0][0], formula: probes[i].formulas[0][0] }, e.before)) {
        throw new ExcelAdapterError("stale", `${plan.sheet}!${a1(e.row, e.col)}`);
      }
    });
  if (groups.length > 0) verify(groups[0], firstProbes);
  for (const group of groups.slice(1)) {
    const probes = group.map((e) => sheet.getRange(a1(e.row, e.col)).load("values,formulas"));
    await context.sync();
    syncs++;
    verify(group, probes);
  }
  return syncs;
}

export async function applyPlan(context: Excel.RequestContext, plan: EditPlan, features: ExcelFeatures): Promise<ApplyOutcome> {
  let syncs: number;
  try {
    syncs = await checkPreconditions(context, plan, features);
  } catch (e) {
    throw toAdapterError(e);
  }
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const groups = batches(plan.edits, EDITS_PER_BATCH);
  if (groups.length === 0) groups.push([]);
  const sent: CellEdit[] = [];
  try {
    for (let i = 0; i < groups.length; i++) {
      if (i === 0) for (const m of plan.removeMerges) sheet.getRange(a1Range(m.top, m.left, m.bottom, m.right)).unmerge();
      for (const edit of groups[i]) {
        sent.push(edit);
        queueEdit(sheet, edit, edit.after, features);
      }
      if (i === groups.length - 1) for (const m of plan.addMerges) sheet.getRange(a1Range(m.top, m.left, m.bottom, m.right)).merge(false);
      await context.sync();
      syncs++;
    }
  } catch (e) {
    await rollBack(context, plan.sheet, sent, features).catch(() => undefined);
    throw toAdapterError(e);
  }
  return { edits: plan.edits.length, syncs };
}

/** Writes the `before` state of every edit sent, newest first. */
async function rollBack(context: Excel.RequestContext, sheetName: string, sent: readonly CellEdit[], features: ExcelFeatures): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const group of batches([...sent].reverse(), EDITS_PER_BATCH)) {
    for (const edit of group) queueEdit(sheet, edit, edit.before, features);
    await context.sync();
  }
}
