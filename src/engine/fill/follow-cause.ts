/**
 * Fill follows the cause (issue 10). When a finding's likely cause is another cell — a unit's quota typed
 * 253 for 235 — recomputing the total would write a wrong number into a right total. So, per `trust`:
 *
 *   "cause"  (front ends' default) a high-confidence cause in a member cell is corrected and the total
 *            kept; with only a low-confidence cause or candidates, the finding's cell is left alone until
 *            the user picks (`choose`);
 *   "totals" the old way: totals, parents and percents recomputed from their members;
 *   "cells"  batch use: the best-ranked cause is corrected even when not certain; ties are left alone.
 *
 * Every such finding becomes a FillChoice in the plan, listing what was done and what else could be, so
 * the preview shows both the cause's repair and the recomputed total.
 */
import type { CauseKind, Issue, TableAnalysis } from "../model";
import type { FillChoice, FillOption } from "../plan";
import type { PlanBuilder } from "./builder";

export type Trust = "cause" | "totals" | "cells";

export interface Pick {
  readonly row: number;
  readonly col: number;
  readonly value: number;
}

const sameCell = (a: { row: number; col: number }, b: { row: number; col: number }) => a.row === b.row && a.col === b.col;

/** A cause's value in the cell's own units: percent points back to a fraction for a %-formatted cell. */
function cellUnits(analysis: TableAnalysis, col: number, value: number): number {
  const c = analysis.table.columns.find((x) => x.col === col);
  return c?.role === "percent" && c.percentForm === "fraction" ? value / 100 : value;
}

function optionsOf(analysis: TableAnalysis, issue: Issue): FillOption[] {
  const seen = new Set<string>();
  const out: FillOption[] = [];
  const add = (row: number, col: number, value: number, typed: number | string | undefined, kind: CauseKind | "recompute", confidence: "high" | "low") => {
    const k = `${row}:${col}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ row, col, value, typed, cellValue: kind === "recompute" ? value : cellUnits(analysis, col, value), kind, confidence });
  };
  const causes = [...(issue.cause ? [issue.cause] : []), ...(issue.candidates ?? [])];
  for (const c of causes) if (!sameCell(c, issue) && c.kind !== "formula-range") add(c.row, c.col, c.value, c.typed, c.kind, c.confidence);
  if (issue.expected !== undefined) add(issue.row, issue.col, issue.expected, issue.actual, "recompute", "low");
  return out;
}

export interface CauseDecisions {
  readonly choices: FillChoice[];
  /** Member cells to correct, planned before everything else so totals are computed over them. */
  readonly corrections: readonly FillOption[];
  /** Findings' cells left alone until the user picks. */
  readonly held: readonly { readonly row: number; readonly col: number }[];
}

export function decideCauses(analysis: TableAnalysis, trust: Trust, picks: readonly Pick[]): CauseDecisions {
  const choices: FillChoice[] = [];
  const corrections = new Map<string, FillOption>();
  const held: { row: number; col: number }[] = [];
  for (const issue of analysis.issues) {
    if (!issue.cause && !issue.candidates) continue;
    const options = optionsOf(analysis, issue);
    const members = options.filter((o) => o.kind !== "recompute");
    if (members.length === 0) continue; // the cause is the finding's own cell: recomputing it is the repair
    const recompute = options.find((o) => o.kind === "recompute");
    const picked = options.find((o) => picks.some((p) => sameCell(p, o) && Math.abs(p.value - o.value) < 1e-9));
    const cause = issue.cause;
    const best = cause && !sameCell(cause, issue) ? members.find((o) => sameCell(o, cause)) : undefined;
    let chosen: FillOption | undefined;
    let by: FillChoice["by"];
    if (picked) [chosen, by] = [picked, "user"];
    else if (trust === "totals") [chosen, by] = [recompute, "trust-totals"];
    else if (best && (best.confidence === "high" || trust === "cells")) [chosen, by] = [best, best.confidence === "high" ? "high-cause" : "trust-cells"];
    else by = "waiting";
    if (chosen && chosen.kind !== "recompute") {
      corrections.set(`${chosen.row}:${chosen.col}`, chosen);
      // The finding's cell keeps its value: it was right.
    }
    if (!chosen) held.push({ row: issue.row, col: issue.col });
    choices.push({ row: issue.row, col: issue.col, options, chosen: chosen ? options.indexOf(chosen) : -1, by });
  }
  return { choices, corrections: [...corrections.values()], held };
}

/** Plans the corrections of member cells: typed constants, so the fix is a constant too. */
export function planCorrections(b: PlanBuilder, corrections: readonly FillOption[]): void {
  for (const c of corrections) b.plan({ row: c.row, col: c.col, reason: "cause", formula: null, value: c.cellValue });
}
