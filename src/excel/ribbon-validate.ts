/**
 * The ribbon's "Kiểm tra" button: validate the active sheet without the pane, mark the issue cells, and
 * open the pane on the results when there are errors. In the shared runtime the pane runs in the same
 * JavaScript context, so it picks the result up from `lastRibbonResult()` instead of validating again.
 */
import type { Grid } from "../engine/grid";
import type { Issue, SheetAnalysis } from "../engine/model";
import { analyzeGrid, type AnalyzeOptions } from "../engine/analyze";
import type { PolicyRule } from "../engine/policy/index";
import { ExcelAdapterError, toAdapterError } from "./errors";
import type { WorkbookGateway } from "./workbook";

export interface IssueCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface RibbonResult {
  readonly analysis?: SheetAnalysis;
  readonly grid?: Grid;
  readonly counts: IssueCounts;
  readonly marked: number;
  readonly error?: ExcelAdapterError;
}

export interface RibbonDeps {
  readonly workbook: WorkbookGateway;
  /** Opens the task pane (Office.addin.showAsTaskpane in the shared runtime). */
  readonly showPane: () => Promise<void>;
  readonly analyze?: (grid: Grid, options?: AnalyzeOptions) => SheetAnalysis;
  /** The workbook's saved policy rules (loadPolicyRules): the ribbon checks what the pane checks. */
  readonly rules?: readonly PolicyRule[];
}

/** Every issue of a sheet analysis, table issues first. */
export function allIssues(analysis: SheetAnalysis): Issue[] {
  return [...analysis.tables.flatMap((t) => t.issues), ...analysis.issues];
}

export function countIssues(issues: readonly Issue[]): IssueCounts {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    infos: issues.filter((i) => i.severity === "info").length,
  };
}

/**
 * The hand-off between the ribbon and the pane lives on the global object, not in module variables:
 * the commands and the task pane are separate webpack entries, each with its own copy of this module,
 * sharing only the runtime's global scope.
 */
interface HandOff {
  last?: RibbonResult;
  listener?: (r: RibbonResult) => void;
}

function handOff(): HandOff {
  const g = globalThis as unknown as { __quotaCheckRibbon?: HandOff };
  if (!g.__quotaCheckRibbon) g.__quotaCheckRibbon = {};
  return g.__quotaCheckRibbon;
}

/** The ribbon's latest result, once: the pane takes it when it opens. */
export function takeRibbonResult(): RibbonResult | undefined {
  const h = handOff();
  const r = h.last;
  h.last = undefined;
  return r;
}

/** An open pane (same runtime) receives later ribbon results directly. */
export function onRibbonResult(l: ((r: RibbonResult) => void) | undefined): void {
  handOff().listener = l;
}

export async function validateActiveSheetFromRibbon(deps: RibbonDeps): Promise<RibbonResult> {
  const options: AnalyzeOptions = { policy: { rules: deps.rules ?? [] } };
  const analyze = deps.analyze ?? analyzeGrid;
  let result: RibbonResult;
  try {
    const grid = await deps.workbook.readGrid("used");
    const analysis = analyze(grid, options);
    const issues = allIssues(analysis);
    const counts = countIssues(issues);
    const marked = issues.length > 0 ? await deps.workbook.mark(grid.sheet, issues) : 0;
    result = { analysis, grid, counts, marked };
  } catch (e) {
    // Nothing to show next to a cell: the pane explains (protected sheet, cell-edit mode, empty sheet …).
    result = { counts: { errors: 0, warnings: 0, infos: 0 }, marked: 0, error: toAdapterError(e) };
  }
  const h = handOff();
  if (h.listener) h.listener(result);
  else h.last = result;
  if (result.error || result.counts.errors > 0) await deps.showPane();
  return result;
}
