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
import { analyzePolicies, type PolicyRule } from "./policy/index";

export interface AnalyzeOptions {
  /**
   * The plan's rules (issue 6): `rules` (a --policy file, the pane's saved rules) are checked on every
   * table in their scope; the rules each table's captions state are listed on it (`foundRules`) and
   * checked only with `discover`. Without this option the analysis has no policy findings and no
   * `foundRules`, exactly as before.
   */
  readonly policy?: { readonly rules: readonly PolicyRule[]; readonly discover?: boolean };
}

export function analyzeTable(grid: Grid, table: TableAnalysis["table"]): TableAnalysis {
  const relations = inferRelations(grid, table);
  const issues = runChecks(grid, table, relations);
  return { table, relations, issues };
}

export function analyzeGrid(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  const tables = detectTables(grid).map((table) => analyzeTable(grid, table));
  // Nothing is reported outside a table yet: a sheet without a table is simply a sheet with no findings.
  const issues: Issue[] = [];
  const analysis: SheetAnalysis = { sheet: grid.sheet, tables, issues };
  const { policy } = options;
  // Last, so policy findings follow the table's own arithmetic in every front end's list.
  return policy ? analyzePolicies(grid, analysis, { rules: policy.rules, discover: policy.discover }).analysis : analysis;
}
