/**
 * The pane's "Đối chiếu" (issue 11): choose the reference — another sheet of this workbook, or an .xlsx
 * file opened from disk — then compare the active sheet's tables with it (engine/reconcile). The choice
 * (and the typed column pairs) is saved in the workbook's settings; a file's contents are not (settings
 * are small), so after reopening the workbook a file reference asks to be opened again.
 *
 * Findings are drawn with the pane's own issue list (view-model.ts); clicking one selects its cell — for a
 * unit missing from the report, the unit's cell on the reference sheet. Like PaneController, nothing here
 * touches the DOM or Office.js: Excel is reached through the WorkbookGateway and the ReferenceGateway.
 */
import type { Grid } from "../engine/grid";
import type { SheetAnalysis, TableAnalysis } from "../engine/model";
import { analyzeGrid } from "../engine/analyze";
import { parseComparePair, type ComparePair } from "../engine/reconcile/columns";
import { reconcileTable, withReconciliation } from "../engine/reconcile/reference";
import type { UnitPairing } from "../engine/reconcile/types";
import { t, type Lang } from "../i18n/index";
import { ExcelAdapterError, toAdapterError } from "../excel/errors";
import type { ReferenceGateway } from "../excel/reference-sheets";
import type { SettingsStore } from "../excel/settings";
import type { WorkbookGateway } from "../excel/workbook";
import { buildIssueView, findIssueItem, type IssueView } from "./view-model";

export const REFERENCE_SETTINGS_KEY = "quotacheck.reference";

export type ReferenceChoice = { readonly kind: "sheet"; readonly sheet: string } | { readonly kind: "file"; readonly name: string };

interface SavedReference {
  readonly choice?: ReferenceChoice;
  readonly compare?: string;
}

export interface ReconcileState {
  readonly busy: boolean;
  readonly choice?: ReferenceChoice;
  /** The workbook's sheets, once listed. */
  readonly sheets: readonly string[];
  /** Column pairs as typed, "A = B; C = D". */
  readonly compare: string;
  readonly status?: { readonly kind: "info" | "success" | "error"; readonly text: string };
  readonly view?: IssueView;
  readonly pairings: readonly { readonly table: string; readonly items: readonly UnitPairing[] }[];
  readonly selectedKey?: string;
}

export interface ReconcileDeps {
  readonly workbook: WorkbookGateway;
  readonly reference: ReferenceGateway;
  readonly store: SettingsStore;
  /** The pane's language now (it can change in the settings). */
  readonly lang: () => Lang;
  /** .xlsx bytes → Grids; loaded only when a file is opened (reconcile-file.ts). */
  readonly readFile: (bytes: ArrayBuffer) => Promise<Grid[]>;
}

export class ReconcileController {
  state: ReconcileState;
  private listeners: ((s: ReconcileState) => void)[] = [];
  private fileGrids?: Grid[];
  /** Which items point into the reference (UNIT_MISSING): their cells are on the reference, not the report. */
  private referenceItems = new Set<string>();

  constructor(private readonly deps: ReconcileDeps) {
    const saved = deps.store.get<SavedReference>(REFERENCE_SETTINGS_KEY) ?? {};
    this.state = { busy: false, sheets: [], compare: typeof saved.compare === "string" ? saved.compare : "", pairings: [], choice: validChoice(saved.choice) };
  }

  onChange(listener: (s: ReconcileState) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private set(patch: Partial<ReconcileState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private get lang(): Lang {
    return this.deps.lang();
  }

  private fail(e: unknown): void {
    const err = e instanceof ExcelAdapterError ? e : toAdapterError(e);
    this.set({ busy: false, status: { kind: "error", text: t(err.messageKey, this.lang, { detail: err.message }) } });
  }

  private async save(): Promise<void> {
    const saved: SavedReference = { choice: this.state.choice, compare: this.state.compare };
    this.deps.store.set(REFERENCE_SETTINGS_KEY, saved);
    await this.deps.store.save();
  }

  /** Lists the workbook's sheets (other than the active one) for the choice. */
  async listSheets(): Promise<void> {
    try {
      const { names, active } = await this.deps.reference.sheetNames();
      this.set({ sheets: names.filter((n) => n !== active) });
    } catch (e) {
      this.fail(e);
    }
  }

  async chooseSheet(sheet: string): Promise<void> {
    this.fileGrids = undefined;
    this.set({ choice: { kind: "sheet", sheet }, view: undefined, pairings: [], status: undefined });
    await this.save().catch((e: unknown) => this.fail(e));
  }

  /** A reference file picked from disk: read in the pane (nothing is uploaded). */
  async chooseFile(name: string, bytes: ArrayBuffer): Promise<void> {
    this.set({ busy: true, status: { kind: "info", text: t("pane.reconcile.reading", this.lang, { file: name }) } });
    try {
      this.fileGrids = await this.deps.readFile(bytes);
    } catch {
      this.fileGrids = undefined;
      this.set({ busy: false, status: { kind: "error", text: t("pane.reconcile.badFile", this.lang, { file: name }) } });
      return;
    }
    this.set({ busy: false, choice: { kind: "file", name }, view: undefined, pairings: [], status: undefined });
    await this.save().catch((e: unknown) => this.fail(e));
  }

  async setCompare(text: string): Promise<void> {
    this.set({ compare: text });
    await this.save().catch((e: unknown) => this.fail(e));
  }

  private comparePairs(): ComparePair[] | string {
    const parts = this.state.compare
      .split(/[;\n]/)
      .map((p) => p.trim())
      .filter((p) => p !== "");
    const pairs: ComparePair[] = [];
    for (const p of parts) {
      const pair = parseComparePair(p);
      if (!pair) return p;
      pairs.push(pair);
    }
    return pairs;
  }

  private async referenceGrids(): Promise<{ grids: Grid[]; label: string } | string> {
    const choice = this.state.choice;
    if (!choice) return t("pane.reconcile.noChoice", this.lang);
    if (choice.kind === "file") {
      if (!this.fileGrids) return t("pane.reconcile.reopenFile", this.lang, { file: choice.name });
      return { grids: this.fileGrids, label: choice.name };
    }
    return { grids: [await this.deps.reference.readSheet(choice.sheet)], label: `"${choice.sheet}"` };
  }

  /** "Đối chiếu": the active sheet's tables against the reference. */
  async compare(): Promise<void> {
    if (this.state.busy) return;
    const pairs = this.comparePairs();
    if (typeof pairs === "string") {
      this.set({ status: { kind: "error", text: t("reconcile.error.badCompare", this.lang, { value: pairs }) } });
      return;
    }
    this.set({ busy: true, status: { kind: "info", text: t("pane.working", this.lang) } });
    try {
      const reference = await this.referenceGrids();
      if (typeof reference === "string") {
        this.set({ busy: false, status: { kind: "error", text: reference } });
        return;
      }
      const grid = await this.deps.workbook.readGrid("used");
      this.show(grid, reference.grids, reference.label, pairs);
    } catch (e) {
      this.fail(e);
    }
  }

  private show(grid: Grid, refGrids: readonly Grid[], label: string, pairs: readonly ComparePair[]): void {
    const lang = this.lang;
    const own = analyzeGrid(grid);
    const refs = refGrids.filter((g) => g.sheet !== grid.sheet || this.state.choice?.kind === "file").map((g) => ({ grid: g, analysis: analyzeGrid(g) }));
    const tables: TableAnalysis[] = [];
    const pairings: { table: string; items: UnitPairing[] }[] = [];
    own.tables.forEach((ta) => {
      for (const ref of refs) {
        const r = reconcileTable(grid, ta, { grid: ref.grid, tables: ref.analysis.tables, label: refs.length > 1 ? `${label}#${ref.grid.sheet}` : label }, { compare: pairs });
        if (!r) continue;
        // Only the reconciliation's findings: the sheet's own are in the main list already.
        tables.push({ ...withReconciliation({ ...ta, issues: [] }, r) });
        pairings.push({ table: ta.table.sheet, items: r.pairings });
        return;
      }
    });
    const analysis: SheetAnalysis = { sheet: grid.sheet, tables, issues: [] };
    const view = buildIssueView(analysis, lang);
    this.referenceItems = new Set(
      view.tables.flatMap((tg) => tg.groups.flatMap((g) => g.items.filter((i) => i.code === "UNIT_MISSING").map((i) => i.key))),
    );
    const count = tables.reduce((n, ta) => n + ta.issues.length, 0);
    const status =
      tables.length === 0
        ? { kind: "info" as const, text: t("pane.reconcile.noCounterpart", lang, { reference: label }) }
        : count === 0
          ? { kind: "success" as const, text: t("pane.reconcile.same", lang, { reference: label }) }
          : { kind: "info" as const, text: t("pane.reconcile.found", lang, { count, reference: label }) };
    this.set({ busy: false, view, pairings, status, selectedKey: undefined });
  }

  /** Selects a finding's cell: on the report, or on the reference sheet for a unit missing from the report. */
  async select(key: string): Promise<void> {
    const item = findIssueItem(this.state.view, key);
    if (!item) return;
    this.set({ selectedKey: key });
    const choice = this.state.choice;
    if (this.referenceItems.has(key)) {
      // A reference read from a file has no cell in this workbook to select.
      if (choice?.kind !== "sheet") return;
      await this.deps.workbook.selectCell(choice.sheet, item.row, item.col).catch((e: unknown) => this.fail(e));
      return;
    }
    await this.deps.workbook.selectCell(item.sheet, item.row, item.col).catch((e: unknown) => this.fail(e));
  }
}

function validChoice(c: unknown): ReferenceChoice | undefined {
  if (typeof c !== "object" || c === null) return undefined;
  const o = c as { kind?: unknown; sheet?: unknown; name?: unknown };
  if (o.kind === "sheet" && typeof o.sheet === "string") return { kind: "sheet", sheet: o.sheet };
  if (o.kind === "file" && typeof o.name === "string") return { kind: "file", name: o.name };
  return undefined;
}

let registered: ReconcileController | undefined;

/** The pane's entry (taskpane.ts) creates the controller; ReconcileSection draws it when there is one. */
export function registerReconcileController(controller: ReconcileController | undefined): void {
  registered = controller;
}

export function reconcileController(): ReconcileController | undefined {
  return registered;
}
