/**
 * The engine's one entry point for "validate this sheet": detect the tables, infer what each table's
 * numbers promise (relations), then check the cells against those promises. Front ends (task pane, ribbon
 * command, command line) call this and nothing else to get a SheetAnalysis.
 */
import type { Grid } from "./grid";
import type { Issue, SheetAnalysis, TableAnalysis } from "./model";
import { detectTables } from "./detect/index";
import { inferRelations } from "./relations/index";
import { runChecks } from "./checks/index";

/**
 * Options of an analysis. Empty for now on purpose: the lead adds the policy rules here, so callers can
 * already pass an options object without changing their call sites later.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnalyzeOptions {}

export function analyzeTable(grid: Grid, table: TableAnalysis["table"]): TableAnalysis {
  const relations = inferRelations(grid, table);
  const issues = runChecks(grid, table, relations);
  return { table, relations, issues };
}

export function analyzeGrid(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  void options;
  const tables = detectTables(grid).map((table) => analyzeTable(grid, table));
  // Nothing is reported outside a table yet: a sheet without a table is simply a sheet with no findings.
  const issues: Issue[] = [];
  return { sheet: grid.sheet, tables, issues };
}
