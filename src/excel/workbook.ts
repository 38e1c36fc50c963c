/**
 * The workbook as the task pane and the ribbon command see it: a handful of operations, each one
 * Excel.run. Everything Office.js-specific stays behind this interface, so the pane's logic is tested
 * with a plain object and the adapter with office-addin-mock through the `run` seam.
 */
import type { Grid } from "../engine/grid";
import type { EditPlan } from "../engine/plan";
import { applyPlan, type ApplyOutcome } from "./apply-plan";
import { toAdapterError } from "./errors";
import type { ExcelFeatures } from "./features";
import { clearMarks, markCells, type MarkRecord, type MarkTarget } from "./marks";
import { readSheetGrid, type ReadSource } from "./read-grid";
import { SETTINGS_KEYS, type SettingsStore } from "./settings";
import { a1 } from "../engine/grid";

export interface WorkbookGateway {
  /** Whether Ctrl+Z undoes a fill as one step (ExcelApi 1.20); the pane's "Hoàn tác" works either way. */
  readonly nativeUndo: boolean;
  readGrid(source: ReadSource): Promise<Grid>;
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  applyPlan(plan: EditPlan): Promise<ApplyOutcome>;
  /** Marks the cells and remembers their previous fills; returns how many marks are remembered in all. */
  mark(sheet: string, targets: readonly MarkTarget[]): Promise<number>;
  /** Restores the remembered fills; returns how many cells were restored. */
  clearMarks(): Promise<number>;
  /** Calls `handler` after the user edits the active sheet; resolves to an unsubscribe function. */
  watchActiveSheet(handler: () => void): Promise<() => Promise<void>>;
}

/** Excel.run with an optional undo group: the seam tests replace. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }) => Promise<T>;

export const officeRunner: ExcelRunner = (batch, options) =>
  options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);

export class OfficeWorkbook implements WorkbookGateway {
  constructor(
    private readonly run: ExcelRunner,
    private readonly features: ExcelFeatures,
    private readonly store: SettingsStore,
  ) {}

  get nativeUndo(): boolean {
    return this.features.mergeUndoGroup;
  }

  private guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T> {
    return this.run(batch, options).catch((e: unknown) => {
      throw toAdapterError(e);
    });
  }

  readGrid(source: ReadSource): Promise<Grid> {
    return this.guarded((context) => readSheetGrid(context, this.features, source));
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.guarded(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(a1(row, col)).select();
      await context.sync();
    });
  }

  applyPlan(plan: EditPlan): Promise<ApplyOutcome> {
    const batch = (context: Excel.RequestContext) => applyPlan(context, plan, this.features);
    if (!this.features.mergeUndoGroup) return this.guarded(batch, { mergeUndoGroup: false });
    return this.run(batch, { mergeUndoGroup: true }).catch((e: unknown) => {
      // An operation Excel cannot group (UndoNotSupported) was rolled back by applyPlan: write it ungrouped,
      // the pane's own "Hoàn tác" still undoes it.
      if (toAdapterError(e).officeCode === "UndoNotSupported") return this.guarded(batch, { mergeUndoGroup: false });
      throw toAdapterError(e);
    });
  }

  private remembered(): MarkRecord[] {
    return this.store.get<MarkRecord[]>(SETTINGS_KEYS.marks) ?? [];
  }

  async mark(sheet: string, targets: readonly MarkTarget[]): Promise<number> {
    const records = await this.guarded((context) => markCells(context, sheet, targets, this.features, this.remembered()));
    this.store.set(SETTINGS_KEYS.marks, records);
    await this.store.save();
    return records.length;
  }

  async clearMarks(): Promise<number> {
    const records = this.remembered();
    if (records.length === 0) return 0;
    const restored = await this.guarded((context) => clearMarks(context, records));
    this.store.remove(SETTINGS_KEYS.marks);
    await this.store.save();
    return restored;
  }

  watchActiveSheet(handler: () => void): Promise<() => Promise<void>> {
    // Before ExcelApi 1.7 there are no change events: live mode silently does nothing, "Kiểm tra" still works.
    if (!this.features.changeEvents) return Promise.resolve(() => Promise.resolve());
    return this.guarded(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const subscription = sheet.onChanged.add(async () => handler());
      await context.sync();
      return () =>
        this.run(async (ctx) => {
          // An event handler is removed in the context it was added in.
          subscription.remove();
          await subscription.context.sync();
          void ctx;
        });
    });
  }
}
