/** Test double for the pane's WorkbookGateway: a workbook held as a Grid in memory. */
import type { WorkbookGateway } from "../../src/excel/workbook";
import { ExcelAdapterError } from "../../src/excel/errors";
import { applyPlanToGrid } from "../../src/engine/fill/index";
import { a1, type Grid } from "../../src/engine/grid";
import type { EditPlan } from "../../src/engine/plan";

/** A workbook held as a Grid in memory: plans land through the engine's own applyPlanToGrid. */
export class MemoryWorkbook implements WorkbookGateway {
  nativeUndo = false;
  selected?: string;
  applied: EditPlan[] = [];
  changeHandler?: () => void;
  reads = 0;
  failWith?: ExcelAdapterError;
  constructor(public grid: Grid) {}
  readGrid() {
    this.reads++;
    return Promise.resolve(this.grid);
  }
  selectCell(sheet: string, row: number, col: number) {
    this.selected = `${sheet}!${a1(row, col)}`;
    return Promise.resolve();
  }
  applyPlan(plan: EditPlan) {
    if (this.failWith) return Promise.reject(this.failWith);
    this.applied.push(plan);
    this.grid = applyPlanToGrid(this.grid, plan);
    return Promise.resolve({ edits: plan.edits.length, syncs: 2 });
  }
  mark() {
    return Promise.resolve(0);
  }
  clearMarks() {
    return Promise.resolve(0);
  }
  watchActiveSheet(handler: () => void) {
    this.changeHandler = handler;
    return Promise.resolve(() => {
      this.changeHandler = undefined;
      return Promise.resolve();
    });
  }
}

