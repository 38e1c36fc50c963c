/**
 * The checks of one table: cell types first (so relations skip cells that are not numbers), then totals,
 * then row relations, then labels; the informational findings last so they land on cells with nothing
 * more serious. Each problem is reported once, at its cell (see IssueCollector).
 */
import type { Grid } from "../grid";
import type { Issue, Relation, Table } from "../model";
import { tableValues } from "../relations/values";
import { IssueCollector } from "./collector";
import { checkCellTypes } from "./cell-types";
import { checkColumnTotals, checkHardcodedTotals, checkTotalMissing } from "./totals";
import { checkRowRelations } from "./row-relations";
import { checkDuplicateUnits, checkSttSequence } from "./sequence";
import { checkRatios, checkTreeSums } from "./tree-relations";

export function runChecks(grid: Grid, table: Table, relations: readonly Relation[]): Issue[] {
  const out = new IssueCollector(grid, table);
  const v = tableValues(grid, table);
  checkCellTypes(grid, table, v, out);
  checkColumnTotals(grid, table, v, relations, out);
  checkTreeSums(table, v, relations, out);
  // Percent cells before column parts: a mistyped share in a "Tỷ lệ (%)" row is reported where it is,
  // not again as the row's shares not adding up.
  checkRatios(v, relations, out);
  checkRowRelations(table, v, relations, out);
  checkSttSequence(grid, table, out);
  checkDuplicateUnits(grid, table, out);
  checkHardcodedTotals(grid, v, relations, out);
  checkTotalMissing(table, out);
  return out.issues();
}
