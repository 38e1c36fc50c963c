/**
 * A small Excel stand-in for the adapter tests, built on office-addin-mock's OfficeMockObject: every
 * range proxy is a mock object, so reading a property before load + sync yields the mock's
 * "not loaded" / "not synced" error strings exactly as Office.js would fail. What the mock lacks —
 * range arithmetic (getCell, getResizedRange, getIntersection), *OrNullObject, writes landing in a
 * sheet, sync counting, a failing sync — is added here, in the test tree, never in src.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../src/engine/grid";
import { a1Range } from "../../src/engine/grid";
import { MockSheet, NO_FILL, officeValue, parseBounds, type Bounds, type MockCell } from "./mock-sheet";

export { MockSheet, sheetFromGrid, type MockCell, type MockSheetOptions } from "./mock-sheet";

const MAX_ROW = 1048575;
const MAX_COL = 16383;

export interface MockWorkbookOptions {
  readOnly?: boolean;
  /** Called before each sync (1-based count); throwing makes that sync fail after its writes landed, as Excel does. */
  failOnSync?: (n: number) => Error | undefined;
  selection?: Bounds;
}

type Op = () => void;

export class MockExcel {
  syncCount = 0;
  /** Write operations that reached a sync (cells, formats, merges). */
  writeCount = 0;
  readonly sheets: MockSheet[];
  readOnly: boolean;
  /** Ranges whose content was loaded, with their sizes: the payload the host would have returned. */
  readonly loadedCells: number[] = [];
  readonly context: Excel.RequestContext;
  private tracked: { mock: OfficeMockObject; writes: () => Op[]; sheet?: MockSheet; loaded?: () => boolean; counted?: boolean; cells: number }[] = [];
  private ops: { sheet?: MockSheet; op: Op; write: boolean }[] = [];
  private active = 0;

  constructor(sheets: MockSheet[], private readonly options: MockWorkbookOptions = {}) {
    this.sheets = sheets;
    this.readOnly = options.readOnly ?? false;
    const workbook = new OfficeMockObject({
      readOnly: this.readOnly,
      worksheets: {
        getActiveWorksheet: () => this.sheetMock(this.sheets[this.active]),
        getItem: (name: string) => {
          const s = this.sheets.find((x) => x.name === name);
          if (!s) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
          return this.sheetMock(s);
        },
      },
      getSelectedRange: () => {
        const s = this.sheets[this.active];
        const r = this.rangeMock(s, options.selection ?? { top: 0, left: 0, bottom: 0, right: 0 });
        (r as unknown as { worksheet: OfficeMockObject }).worksheet = this.sheetMock(s);
        return r;
      },
    });
    this.trackPlain(workbook);
    this.context = { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  sheet(name?: string): MockSheet {
    return name ? (this.sheets.find((s) => s.name === name) as MockSheet) : this.sheets[0];
  }

  private trackPlain(mock: OfficeMockObject): void {
    this.tracked.push({ mock, writes: () => [], cells: 0 });
  }

  private sheetMock(s: MockSheet): OfficeMockObject {
    const mock = new OfficeMockObject({
      name: s.name,
      protection: { protected: s.protected },
      getUsedRange: () => this.rangeMock(s, s.used),
      getRange: (address: string) => this.rangeMock(s, parseBounds(address)),
      activate: () => void this.queue(s, () => (s.activated = true), false),
    });
    this.trackPlain(mock);
    return mock;
  }

  /** A range proxy: content snapshotted now, writes queued until sync. */
  rangeMock(s: MockSheet, b: Bounds): OfficeMockObject {
    const rows: number[] = [];
    for (let r = b.top; r <= b.bottom; r++) rows.push(r);
    const grid = (f: (c: MockCell) => unknown) => rows.map((r) => Array.from({ length: b.right - b.left + 1 }, (_, k) => f(s.cell(r, b.left + k))));
    const values = grid((c) => officeValue(c.value).value);
    const formulas = grid((c) => c.formula ?? officeValue(c.value).value);
    const numberFormat = grid((c) => c.numberFormat);
    const first = s.cell(b.top, b.left);
    const at = (rb: Bounds) => this.rangeMock(s, rb);
    const mock = new OfficeMockObject({
      address: `${s.name}!${a1Range(b.top, b.left, b.bottom, b.right)}`,
      rowIndex: b.top,
      columnIndex: b.left,
      rowCount: b.bottom - b.top + 1,
      columnCount: b.right - b.left + 1,
      values,
      valueTypes: grid((c) => officeValue(c.value).type),
      formulas,
      numberFormat,
      isNullObject: false,
      format: { fill: { color: first.fill.color, pattern: first.fill.pattern, clear: () => void this.queue(s, () => this.forEach(s, b, (c) => (c.fill = { ...NO_FILL }))) } },
      getCell: (r: number, c: number) => at({ top: b.top + r, left: b.left + c, bottom: b.top + r, right: b.left + c }),
      getResizedRange: (dr: number, dc: number) => at({ ...b, bottom: Math.min(MAX_ROW, b.bottom + dr), right: Math.min(MAX_COL, b.right + dc) }),
      getIntersection: (o: { __bounds: Bounds }) => {
        const ob = o.__bounds;
        return at({ top: Math.max(b.top, ob.top), left: Math.max(b.left, ob.left), bottom: Math.min(b.bottom, ob.bottom), right: Math.min(b.right, ob.right) });
      },
      getMergedAreasOrNullObject: () => this.areasMock(s.merges.filter((m) => m.bottom >= b.top && m.top <= b.bottom && m.right >= b.left && m.left <= b.right), s),
      getSpecialCellsOrNullObject: () => this.areasMock(this.visibleRuns(s, b), s),
      select: () => void this.queue(s, () => (s.selected = a1Range(b.top, b.left, b.bottom, b.right)), false),
      merge: () => void this.queue(s, () => s.merges.push({ ...b })),
      unmerge: () => void this.queue(s, () => s.merges.splice(0, s.merges.length, ...s.merges.filter((m) => !(m.top >= b.top && m.bottom <= b.bottom && m.left >= b.left && m.right <= b.right)))),
      clear: () => void this.queue(s, () => this.forEach(s, b, (c) => Object.assign(c, { numberFormat: "General", fill: { ...NO_FILL } }))),
      copyFrom: (src: { __bounds: Bounds }) =>
        void this.queue(s, () => {
          const from = s.cell(src.__bounds.top, src.__bounds.left);
          this.forEach(s, b, (c) => Object.assign(c, { numberFormat: from.numberFormat, fill: { ...from.fill } }));
        }),
    });
    (mock as unknown as { __bounds: Bounds }).__bounds = b;
        const fill = (mock.format as OfficeMockObject).fill as OfficeMockObject;
    const initialColor = first.fill.color;
    /** The writes queued on this proxy, as closures (empty when it only read). */
    // What was last sent for each property: a write goes to the sheet once, in the sync that follows it.
    let sentV: unknown = values;
    let sentF: unknown = formulas;
    let sentNF: unknown = numberFormat;
    let sentColor: unknown = initialColor;
    let sentPattern: unknown = first.fill.pattern;
    const pendingWrites = (): Op[] => {
      const out: Op[] = [];
      const v = mock.values as unknown;
      const f = mock.formulas as unknown;
      const nf = mock.numberFormat as unknown;
      if (Array.isArray(f) && f !== sentF) {
        sentF = f;
        out.push(() => this.write(s, b, f as unknown[][], "formula"));
      } else if (Array.isArray(v) && v !== sentV) {
        sentV = v;
        out.push(() => this.write(s, b, v as unknown[][], "value"));
      }
      if (Array.isArray(nf) && nf !== sentNF) {
        sentNF = nf;
        out.push(() => this.forEach(s, b, (c, r, k) => (c.numberFormat = String((nf as unknown[][])[r][k]))));
      }
      const color = fill.color as unknown;
      if (typeof color === "string" && color.startsWith("#") && color !== sentColor) {
        sentColor = color;
        out.push(() => this.forEach(s, b, (c) => (c.fill = { color, pattern: "Solid" })));
      }
      const pattern = fill.pattern as unknown;
      if (typeof pattern === "string" && pattern !== sentPattern && !pattern.startsWith("Error")) {
        sentPattern = pattern;
        out.push(() => this.forEach(s, b, (c) => (c.fill.pattern = pattern)));
      }
      return out;
    };
    this.tracked.push({ mock, writes: pendingWrites, sheet: s, cells: (b.bottom - b.top + 1) * (b.right - b.left + 1), loaded: () => Array.isArray(mock.values) && mock.values === values });
    return mock;
  }

  private areasMock(areas: Bounds[], s: MockSheet): OfficeMockObject {
    const mock = new OfficeMockObject({
      isNullObject: areas.length === 0,
      address: areas.map((m) => `'${s.name}'!${a1Range(m.top, m.left, m.bottom, m.right)}`).join(","),
    });
    this.trackPlain(mock);
    return mock;
  }

  /** Visible cells of `b` as runs of visible rows across its columns (hidden columns not modelled). */
  private visibleRuns(s: MockSheet, b: Bounds): Bounds[] {
    const runs: Bounds[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      if (s.hiddenRows.has(r)) continue;
      const lastRun = runs[runs.length - 1];
      if (lastRun && lastRun.bottom === r - 1) lastRun.bottom = r;
      else runs.push({ top: r, left: b.left, bottom: r, right: b.right });
    }
    return runs;
  }

  private forEach(s: MockSheet, b: Bounds, f: (c: MockCell, r: number, k: number) => void): void {
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) f(s.edit(r, c), r - b.top, c - b.left);
  }

  private write(s: MockSheet, b: Bounds, data: unknown[][], kind: "formula" | "value"): void {
    this.forEach(s, b, (c, r, k) => {
      const x = data[r][k];
      if (kind === "formula" && typeof x === "string" && x.startsWith("=")) {
        c.formula = x;
      } else {
        c.formula = null;
        c.value = x === "" || x === null || x === undefined ? null : (x as CellValue);
      }
    });
  }

  private queue(sheet: MockSheet, op: Op, write = true): void {
    this.ops.push({ sheet, op, write });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const pending = this.ops;
    this.ops = [];
    const writes = this.tracked.flatMap((t) => t.writes().map((op) => ({ sheet: t.sheet, op, write: true })));
    this.writeCount += writes.length + pending.filter((w) => w.write).length;
    // A protected sheet refuses every write of the batch; the adapter must check protection before writing.
    if ([...pending, ...writes].some((w) => w.write && w.sheet?.protected)) {
      throw Object.assign(new Error("The sheet is protected"), { code: "AccessDenied" });
    }
    for (const w of pending) w.op();
    for (const w of writes) w.op();
    const failure = this.options.failOnSync?.(this.syncCount);
    for (const t of this.tracked) await t.mock.sync();
    // office-addin-mock resolves nested properties in later microtasks.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    for (const t of this.tracked) {
      if (!t.counted && t.loaded?.()) {
        t.counted = true;
        this.loadedCells.push(t.cells);
      }
    }
    // A proxy that has been read is not written later by the adapter (writes go through fresh proxies).
    this.tracked = this.tracked.filter((t) => !t.counted);
    if (failure) throw failure;
  }
}

/** Runs a batch against the mock, the way Excel.run would. */
export function mockRunner(excel: MockExcel) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(excel.context);
}
