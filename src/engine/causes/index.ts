/**
 * Likely causes of a table's findings (issue 10): which cell was probably mistyped and what it should
 * hold. Computed only for findings of failing relations, so a clean table costs nothing.
 *
 *   equations.ts      relations → equations over cells (the one place that knows relation kinds)
 *   localize.ts       single-cell repairs that make every equation of the cell hold (Fellegi–Holt)
 *   keystroke.ts      one-keystroke digit slips (Scholtus 2009)
 *   percent-causes.ts operands swapped, another base, a neighbouring column's value
 *   formula-causes.ts a SUM over the wrong rows
 *   regularity.ts     rates the other rows follow, as tie-breakers
 *   rank.ts           confidence: "high" only when one explanation is clearly best
 */
import type { Grid } from "../grid";
import type { Issue, IssueCode, Relation, Table } from "../model";
import { causeContext } from "./context";
import { cellsOf, equationAt } from "./equations";
import { formulaCause } from "./formula-causes";
import { causeOf, cellKey, type Trial } from "./localize";

export { keystroke, keystrokeNeighbours } from "./keystroke";

const EXPLAINED: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "TOTAL_MISMATCH",
  "PARTS_MISMATCH",
  "ROW_RELATION_MISMATCH",
  "PERCENT_MISMATCH",
  "FORMULA_RANGE_INCOMPLETE",
]);

/**
 * A table with more failing relations than this is wrong in a systematic way (a shifted column, another
 * rule altogether), not by a few slips: single-cell causes would only be noise there.
 */
const MAX_EXPLAINED = 60;

export function explainIssues(grid: Grid, table: Table, relations: readonly Relation[], issues: readonly Issue[]): Issue[] {
  const targets = issues.filter((i) => EXPLAINED.has(i.code) && i.relation !== undefined);
  if (targets.length === 0 || targets.length > MAX_EXPLAINED) return [...issues];
  const ctx = causeContext(grid, table, relations);
  const memo = new Map<string, Trial | null>();
  // Cells of every failing equation: in a big table, only these and keystroke slips are tried one by one.
  const failingCells = new Set<number>();
  for (const issue of targets) {
    const eq = equationAt(ctx, issue.relation as number, { row: issue.row, col: issue.col });
    const cells = eq ? cellsOf(eq) : [];
    if (cells.length <= 300) for (const c of cells) failingCells.add(cellKey(c));
  }
  return issues.map((issue) => {
    if (!EXPLAINED.has(issue.code) || issue.relation === undefined) return issue;
    const cell = { row: issue.row, col: issue.col };
    const formula = formulaCause(ctx, issue.relation, cell);
    if (formula) return { ...issue, cause: formula };
    if (issue.code === "FORMULA_RANGE_INCOMPLETE") return issue;
    const eq = equationAt(ctx, issue.relation, cell);
    if (!eq) return issue;
    const found = causeOf(ctx, eq, memo, failingCells);
    return found.cause || found.candidates ? { ...issue, ...found } : issue;
  });
}
