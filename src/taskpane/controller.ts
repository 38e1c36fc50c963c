/**
 * The pane's actions, independent of the DOM and of Office.js: the buttons call these methods, each ends
 * in a new PaneState (pane-state.ts) that the view (ui/Pane.tsx) draws. Excel is reached only through a
 * WorkbookGateway, so the same controller runs against Excel, against the browser test's Office stand-in,
 * and against fakes.
 */
import type { Grid } from "../engine/grid";
import type { SheetAnalysis } from "../engine/model";
import { analyzeGrid, type AnalyzeOptions } from "../engine/analyze";
import { withUnappliedRules } from "../engine/policy/not-applied";
import { describeProblem, type PolicyRule } from "../engine/policy/index";
import { planFill, planFillSheet, type Pick } from "../engine/fill/index";
import { invertPlan, isEmptyPlan, type EditPlan } from "../engine/plan";
import { t, type Lang } from "../i18n/index";
import { ExcelAdapterError, toAdapterError } from "../excel/errors";
import type { SettingsStore } from "../excel/settings";
import type { WorkbookGateway } from "../excel/workbook";
import type { RibbonResult } from "../excel/ribbon-validate";
import { allIssues } from "../excel/ribbon-validate";
import { loadPolicyRules, savePolicyRules } from "../excel/policy-store";
import { LiveMode } from "./live-mode";
import { fillOptions, loadSettings, paneLang, saveSettings, type PaneSettings } from "./pane-settings";
import { previewChoices, previewLines } from "./preview";
import { buildIssueView, findIssueItem, type IssueItem } from "./view-model";
import type { PaneState, PaneStatus } from "./pane-state";
import { foundRuleAt, foundRuleItems } from "./policy-view";
import { formToRule, type RuleForm } from "./rule-form";
import { formFor, withAdoptedRule, withSavedRule, withoutRule } from "./rule-list";

export interface ControllerDeps {
  readonly workbook: WorkbookGateway;
  readonly store: SettingsStore;
  /** Office.context.displayLanguage ("vi-VN", "en-US"); undefined outside Office. */
  readonly displayLanguage?: string;
  readonly analyze?: (grid: Grid, options?: AnalyzeOptions) => SheetAnalysis;
  /** Live mode's quiet period after the last edit. */
  readonly liveDelayMs?: number;
}

export class PaneController {
  state: PaneState;
  private listeners: ((s: PaneState) => void)[] = [];
  private grid?: Grid;
  private analysis?: SheetAnalysis;
  private pending?: EditPlan;
  /** The last fill previewed ("Sửa" on one issue, or "Điền tất cả") and the repairs picked in its preview. */
  private lastFill?: { readonly key?: string; readonly picks: readonly Pick[] };
  private readonly undoStack: EditPlan[] = [];
  private readonly live: LiveMode;

  constructor(private readonly deps: ControllerDeps) {
    const settings = loadSettings(deps.store);
    const lang = paneLang(settings, deps.displayLanguage);
    const saved = loadPolicyRules(deps.store);
    const rulesProblem = saved.problems.length > 0 ? this.problemText(saved.problems.map((p) => describeProblem(p, lang)), lang) : undefined;
    this.state = { lang, settings, busy: false, canUndo: false, rules: saved.rules, rulesProblem };
    this.live = new LiveMode(deps.workbook, () => void this.validate(), () => this.state.busy, deps.liveDelayMs);
  }

  /** Calls `listener` after every change; returns the call that stops it. */
  onChange(listener: (s: PaneState) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch, canUndo: this.undoStack.length > 0 };
    for (const l of this.listeners) l(this.state);
  }

  private fail(e: unknown): void {
    const err = e instanceof ExcelAdapterError ? e : toAdapterError(e);
    this.set({ busy: false, status: { kind: "error", text: t(err.messageKey, this.state.lang, { detail: err.message }) } });
  }

  /** Runs one action with the busy flag and error reporting; our writes silence live mode briefly. */
  private async act(action: () => Promise<void>, writes = false): Promise<void> {
    if (this.state.busy) return;
    const previous = this.state.status;
    const working: PaneStatus = { kind: "info", text: t("pane.working", this.state.lang) };
    this.set({ busy: true, status: working });
    try {
      await action();
      // An action that reported nothing of its own (selecting a cell) leaves the earlier status showing.
      if (this.state.busy || this.state.status === working) this.set({ busy: false, status: this.state.status === working ? previous : this.state.status });
    } catch (e) {
      this.fail(e);
    } finally {
      if (writes) this.live.wrote();
    }
  }

  private show(grid: Grid, analysis: SheetAnalysis, status?: PaneStatus): void {
    this.grid = grid;
    this.analysis = analysis;
    const view = buildIssueView(analysis, this.state.lang);
    const found = foundRuleItems(analysis, this.state.lang);
    const total = view.summary.errors + view.summary.warnings + view.summary.infos;
    const fallback: PaneStatus | undefined =
      analysis.tables.length === 0
        ? { kind: "info", text: t("pane.noTables", this.state.lang) }
        : total === 0
          ? { kind: "success", text: t("pane.noIssues", this.state.lang) }
          : undefined;
    this.set({ busy: false, view, found, preview: undefined, status: status ?? fallback });
  }

  /** Every front end analyses the same way: the saved rules go in through analyzeGrid's policy option. */
  private analyze(grid: Grid): SheetAnalysis {
    const options: AnalyzeOptions = { policy: { rules: this.state.rules } };
    const analysis = this.deps.analyze ? this.deps.analyze(grid, options) : analyzeGrid(grid, options);
    // A saved rule that no table of this sheet applies is said, not skipped (RULE_NOT_APPLIED).
    return withUnappliedRules([analysis], this.state.rules, { columnProblemsOnly: true })[0];
  }

  private async check(status?: PaneStatus): Promise<void> {
    const grid = await this.deps.workbook.readGrid(this.state.settings.source);
    this.show(grid, this.analyze(grid), status);
  }

  private problemText(problems: readonly string[], lang: Lang): string {
    return `${t("pane.rules.unreadable", lang)} ${problems.join(" ")}`;
  }

  /** Opens the form on a new rule (no index) or on saved rule `index`. */
  editRule(index?: number): void {
    this.set({ ruleEdit: { ...formFor(this.state.rules, index, this.state.lang), errors: [] } });
  }

  /** The form as typed so far (e.g. another kind chosen): redrawn with the fields of that kind. */
  updateRuleForm(form: RuleForm): void {
    if (this.state.ruleEdit) this.set({ ruleEdit: { ...this.state.ruleEdit, form } });
  }

  cancelRuleEdit(): void {
    this.set({ ruleEdit: undefined });
  }

  /** Saves the form as a rule (new or replacing the one edited), or shows which fields are wrong. */
  saveRuleForm(form: RuleForm): Promise<void> {
    const edit = this.state.ruleEdit;
    const result = formToRule(form);
    if (!result.ok) {
      this.set({ ruleEdit: { index: edit ? edit.index : null, form, errors: result.errors } });
      return Promise.resolve();
    }
    return this.saveRules(withSavedRule(this.state.rules, edit ? edit.index : null, result.rule), "pane.rules.saved");
  }

  removeRule(index: number): Promise<void> {
    const rules = withoutRule(this.state.rules, index);
    return rules ? this.saveRules(rules, "pane.rules.removed") : Promise.resolve();
  }

  /** "Thêm vào quy định": a found rule becomes a saved rule, the user's explicit choice. */
  adoptFoundRule(key: string): Promise<void> {
    const rule = foundRuleAt(this.analysis, key);
    const rules = rule && withAdoptedRule(this.state.rules, rule);
    return rules ? this.saveRules(rules, "pane.rules.adopted") : Promise.resolve();
  }

  /** Persists the rules, then re-checks the sheet already read (no new read from Excel) so findings follow. */
  private saveRules(rules: readonly PolicyRule[], messageKey: string): Promise<void> {
    return this.act(async () => {
      await savePolicyRules(this.deps.store, rules);
      this.set({ rules, rulesProblem: undefined, ruleEdit: undefined });
      const status: PaneStatus = { kind: "success", text: t(messageKey, this.state.lang, { count: rules.length }) };
      if (this.grid) this.show(this.grid, this.analyze(this.grid), status);
      else this.set({ status });
    });
  }

  validate(): Promise<void> {
    return this.act(() => this.check());
  }

  /** Shows what the ribbon button found (shared runtime), or why it could not check. */
  showRibbonResult(result: RibbonResult): void {
    if (result.error) return this.fail(result.error);
    if (result.grid && result.analysis) this.show(result.grid, result.analysis, { kind: "info", text: t("pane.ribbonResult", this.state.lang) });
  }

  findItem(key: string): IssueItem | undefined {
    return findIssueItem(this.state.view, key);
  }

  select(key: string): Promise<void> {
    const item = this.findItem(key);
    if (!item) return Promise.resolve();
    this.set({ selectedKey: key });
    return this.act(() => this.deps.workbook.selectCell(item.sheet, item.row, item.col));
  }

  /** Clicking an issue's likely cause: selects the cell the cause names (issue 10). */
  selectCause(key: string): Promise<void> {
    const item = this.findItem(key);
    const cause = item?.cause;
    if (!item || !cause || cause.row === undefined || cause.col === undefined) return Promise.resolve();
    const { row, col } = cause;
    this.set({ selectedKey: key });
    return this.act(() => this.deps.workbook.selectCell(item.sheet, row, col));
  }

  mark(): Promise<void> {
    return this.act(async () => {
      if (!this.analysis || !this.grid) await this.check();
      const analysis = this.analysis as SheetAnalysis;
      const n = await this.deps.workbook.mark(analysis.sheet, allIssues(analysis));
      this.set({ status: { kind: "success", text: t("pane.marked", this.state.lang, { count: n }) } });
    });
  }

  clearMarks(): Promise<void> {
    return this.act(async () => {
      const n = await this.deps.workbook.clearMarks();
      this.set({ status: { kind: "success", text: t("pane.cleared", this.state.lang, { count: n }) } });
    });
  }

  private preview(plan: EditPlan): void {
    this.pending = plan;
    const lines = previewLines(plan, this.state.lang);
    const choices = previewChoices(plan, this.state.lang);
    this.set({
      preview: { lines, merges: plan.addMerges.length, ...(choices.length > 0 ? { choices } : {}) },
      status: isEmptyPlan(plan) && choices.length === 0 ? { kind: "info", text: t("pane.preview.empty", this.state.lang) } : undefined,
    });
  }

  /**
   * "Sửa" on one issue: the plan restricted to that cell — and to the cells its likely cause names, since
   * the repair may be there (issue 10) — previewed.
   */
  previewFix(key: string, picks: readonly Pick[] = []): void {
    const item = this.findItem(key);
    if (!item || !this.grid || !this.analysis || item.table < 0) return;
    const table = this.analysis.tables[item.table];
    const issue = table.issues.find((i) => i.row === item.row && i.col === item.col);
    const causes = [...(issue?.cause ? [issue.cause] : []), ...(issue?.candidates ?? [])];
    const only = [{ row: item.row, col: item.col }, ...causes.map((c) => ({ row: c.row, col: c.col }))];
    const options = { ...fillOptions(this.state.settings, this.state.lang), only, choose: picks };
    this.lastFill = { key, picks };
    this.preview(planFill(this.grid, table, options));
  }

  /** "Điền tất cả": the plan for every table of the sheet, previewed. */
  previewFillAll(picks: readonly Pick[] = []): void {
    if (!this.grid || !this.analysis) return;
    this.lastFill = { picks };
    this.preview(planFillSheet(this.grid, this.analysis.tables, { ...fillOptions(this.state.settings, this.state.lang), choose: picks }));
  }

  /** A repair picked in the preview (issue 10): the same fill planned again with that pick. */
  pickChoice(choice: number, option: number): void {
    const picked = this.pending?.choices?.[choice]?.options[option];
    const last = this.lastFill;
    if (!picked || !last) return;
    const picks = [...last.picks, { row: picked.row, col: picked.col, value: picked.value }];
    if (last.key !== undefined) this.previewFix(last.key, picks);
    else this.previewFillAll(picks);
  }

  cancelPreview(): void {
    this.pending = undefined;
    this.set({ preview: undefined });
  }

  applyPreview(): Promise<void> {
    const plan = this.pending;
    if (!plan || isEmptyPlan(plan)) {
      this.cancelPreview();
      return Promise.resolve();
    }
    return this.act(async () => {
      const out = await this.deps.workbook.applyPlan(plan);
      this.pending = undefined;
      this.undoStack.push(plan);
      const key = this.deps.workbook.nativeUndo ? "pane.appliedNativeUndo" : "pane.applied";
      await this.check({ kind: "success", text: t(key, this.state.lang, { count: out.edits }) });
    }, true);
  }

  /** "Hoàn tác": writes back what the last fill replaced (its inverse plan). */
  undo(): Promise<void> {
    const plan = this.undoStack[this.undoStack.length - 1];
    if (!plan) return Promise.resolve();
    return this.act(async () => {
      const out = await this.deps.workbook.applyPlan(invertPlan(plan));
      this.undoStack.pop();
      await this.check({ kind: "success", text: t("pane.undone", this.state.lang, { count: out.edits }) });
    }, true);
  }

  async updateSettings(patch: Partial<PaneSettings>): Promise<void> {
    const settings = { ...this.state.settings, ...patch };
    const lang = paneLang(settings, this.deps.displayLanguage);
    this.set({
      settings,
      lang,
      view: this.analysis ? buildIssueView(this.analysis, lang) : undefined,
      found: this.analysis ? foundRuleItems(this.analysis, lang) : undefined,
    });
    try {
      await saveSettings(this.deps.store, settings);
      await this.applyLiveMode();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Subscribes to or unsubscribes from sheet changes to match the live setting. */
  applyLiveMode(): Promise<void> {
    return this.live.set(this.state.settings.live);
  }
}
