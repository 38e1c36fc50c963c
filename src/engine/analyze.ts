/**
 * The engine's one entry point for "validate this sheet": detect the tables, infer what each table's
 * numbers promise (relations), then check the cells against those promises. Front ends (task pane, ribbon
 * command, command line) call this and nothing else to get a SheetAnalysis.
 */
import type { Grid } from "./grid";
import { SEVERITY, type Issue, type SheetAnalysis, type TableAnalysis } from "./model";
import { detectTables } from "./detect/index";
import { inferRelations } from "./relations/index";
import { runChecks } from "./checks/index";
import { explainIssues } from "./causes/index";
import { analyzePolicies, type PolicyRule } from "./policy/index";
import { unreportedErrors } from "./checks/sheet-errors";

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
  const issues = explainIssues(grid, table, relations, runChecks(grid, table, relations));
  return { table, relations, issues };
}

/** One warning for a sheet whose formulas were never calculated (Grid.formulasNotComputed), at the first. */
function uncomputedFormulas(grid: Grid): Issue | undefined {
  if (!grid.formulasNotComputed) return undefined;
  let count = 0;
  let first: { row: number; col: number } | undefined;
  grid.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      const v = grid.values[r][c];
      if (f === null || (v !== null && v !== undefined)) return;
      count++;
      if (!first) first = { row: grid.top + r, col: grid.left + c };
    }),
  );
  if (!first) return undefined;
  return { code: "FORMULA_NOT_COMPUTED", severity: SEVERITY.FORMULA_NOT_COMPUTED, ...first, params: { count } };
}

export function analyzeGrid(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  const tables = detectTables(grid).map((table) => analyzeTable(grid, table));
  // Findings that belong to no table: the sheet as a whole.
  const issues: Issue[] = [];
  const notComputed = uncomputedFormulas(grid);
  if (notComputed) issues.push(notComputed);
  for (const e of unreportedErrors(grid, tables)) issues.push(e);
  const analysis: SheetAnalysis = { sheet: grid.sheet, tables, issues };
  const { policy } = options;
  // Last, so policy findings follow the table's own arithmetic in every front end's list.
  return policy ? analyzePolicies(grid, analysis, { rules: policy.rules, discover: policy.discover }).analysis : analysis;
}
