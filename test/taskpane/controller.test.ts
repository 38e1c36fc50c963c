import { PaneController } from "../../src/taskpane/controller";
import { memorySettingsStore, SETTINGS_KEYS } from "../../src/excel/settings";
import { ExcelAdapterError } from "../../src/excel/errors";
import { valueAt } from "../../src/engine/grid";
import { loadFixture, SEED_001 } from "../helpers/fixtures";
import { MemoryWorkbook } from "./memory-workbook";
import { withSlips } from "../engine/causes/slip-helpers";

const quotaTotal = { row: SEED_001.totalRow, col: SEED_001.cols.quota };

async function setup(displayLanguage = "vi-VN") {
  const [grid] = await loadFixture("seed-001");
  const workbook = new MemoryWorkbook(grid);
  const store = memorySettingsStore();
  const c = new PaneController({ workbook, store, displayLanguage, liveDelayMs: 20 });
  return { c, workbook, store, grid };
}

function itemAt(c: PaneController, row: number, col: number) {
  return c.state.view?.tables.flatMap((t) => t.groups.flatMap((g) => g.items)).find((i) => i.row === row && i.col === col);
}

describe("PaneController on seed 001", () => {
  test("an issue's likely cause: shown with it, and clicking it selects the cause's cell (issue 10)", async () => {
    const [published] = await loadFixture("seed-001");
    // Unit 1's admitted 7 typed 17 (on the table with its quota total put right): D6 breaks its row and its column.
    const grid = withSlips(published, [
      { row: SEED_001.totalRow, col: SEED_001.cols.quota, value: 281 },
      { row: SEED_001.totalRow, col: SEED_001.cols.percent, value: 58.36 },
      { row: SEED_001.firstDataRow, col: SEED_001.cols.admitted, value: 17 },
    ]);
    const workbook = new MemoryWorkbook(grid);
    const c = new PaneController({ workbook, store: memorySettingsStore(), displayLanguage: "vi-VN", liveDelayMs: 20 });
    await c.validate();
    const item = itemAt(c, SEED_001.totalRow, SEED_001.cols.admitted)!;
    expect(item.cause).toMatchObject({ address: "D6", confidence: "high" });
    expect(item.cause?.text).toMatch(/^Nguyên nhân có thể: Có thể ô D6 gõ nhầm 7 thành 17/);
    await c.selectCause(item.key);
    expect(workbook.selected).toBe(`${SEED_001.sheet}!D6`);
    c.previewFix(item.key);
    expect(c.state.preview?.lines.find((l) => l.address === "D6")).toMatchObject({ before: "17", after: "7" });
    expect(c.state.preview?.choices?.[0].waiting).toBe(false);
  });

  test("check, select, fix with preview, undo", async () => {
    const { c, workbook } = await setup();
    await c.validate();
    expect(c.state.view?.summary.tables).toBe(1);
    const item = itemAt(c, quotaTotal.row, quotaTotal.col);
    // The published table: units' quotas sum to 281, the total row says 280.
    expect(item).toMatchObject({ code: "TOTAL_MISMATCH", severity: "error", address: "C60", fixable: true });
    expect(item?.expected).toBe("Đúng ra: 281");
    expect(item?.actual).toBe("Hiện tại: 280");
    expect(item?.because).toMatch(/C/);

    await c.select(item!.key);
    expect(workbook.selected).toBe(`${SEED_001.sheet}!C60`);

    c.previewFix(item!.key);
    // 280 ≠ 281 has no certain cause (issue 10): nothing is planned for C60 until a repair is picked.
    const [choice] = c.state.preview?.choices ?? [];
    expect(choice.waiting).toBe(true);
    expect((c.state.preview?.lines ?? []).map((l) => l.address)).not.toContain("C60");
    c.pickChoice(0, choice.options.findIndex((o) => o.label === "tính lại ô C60 = 281"));
    const lines = c.state.preview?.lines ?? [];
    expect(lines.map((l) => l.address)).toEqual(["C60"]);
    expect(`${lines[0].before} → ${lines[0].after}`).toBe("280 → 281");
    expect(workbook.applied).toHaveLength(0);

    await c.applyPreview();
    expect(valueAt(workbook.grid, quotaTotal.row, quotaTotal.col)).toBe(281);
    expect(itemAt(c, quotaTotal.row, quotaTotal.col)).toBeUndefined();
    expect(c.state.canUndo).toBe(true);

    await c.undo();
    expect(valueAt(workbook.grid, quotaTotal.row, quotaTotal.col)).toBe(280);
    expect(itemAt(c, quotaTotal.row, quotaTotal.col)?.code).toBe("TOTAL_MISMATCH");
    expect(c.state.canUndo).toBe(false);
  });

  test("fill all previews every changed cell before writing", async () => {
    const { c, workbook } = await setup();
    await c.validate();
    c.previewFillAll();
    const waiting = (c.state.preview?.choices ?? []).findIndex((x) => x.waiting);
    c.pickChoice(waiting, (c.state.preview?.choices?.[waiting].options ?? []).findIndex((o) => o.label.endsWith("= 281")));
    const lines = c.state.preview?.lines ?? [];
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.find((l) => l.address === "C60")).toMatchObject({ before: "280", after: "281", changesDisplayedValue: true });
    c.cancelPreview();
    expect(workbook.applied).toHaveLength(0);
  });

  test("English when Office's display language is English, and a refused write keeps the undo state", async () => {
    const { c, workbook } = await setup("en-US");
    await c.validate();
    expect(c.state.view?.summary.text).toMatch(/^1 table · /);
    const item = itemAt(c, quotaTotal.row, quotaTotal.col)!;
    expect(item.expected).toBe("Expected: 281");
    workbook.failWith = new ExcelAdapterError("protected");
    c.previewFix(item.key);
    c.pickChoice(0, (c.state.preview?.choices?.[0].options ?? []).findIndex((o) => o.label === "recompute C60 = 281"));
    await c.applyPreview();
    expect(c.state.status).toMatchObject({ kind: "error" });
    expect(c.state.status?.text).toMatch(/protected/);
    expect(c.state.canUndo).toBe(false);
  });

  test("settings are saved in the document settings and switch the language", async () => {
    const { c, store } = await setup();
    await c.updateSettings({ language: "en", mode: "values" });
    expect(store.get(SETTINGS_KEYS.pane)).toMatchObject({ language: "en", mode: "values", live: false, source: "used" });
    expect(c.state.lang).toBe("en");
    const again = new PaneController({ workbook: new MemoryWorkbook((await loadFixture("seed-001"))[0]), store });
    expect(again.state.settings.mode).toBe("values");
  });

  test("live mode re-checks once after a burst of edits, and stops when turned off", async () => {
    const { c, workbook } = await setup();
    await c.updateSettings({ live: true });
    expect(workbook.changeHandler).toBeDefined();
    const before = workbook.reads;
    workbook.changeHandler!();
    workbook.changeHandler!();
    workbook.changeHandler!();
    await new Promise((r) => setTimeout(r, 80));
    expect(workbook.reads).toBe(before + 1);
    await c.updateSettings({ live: false });
    expect(workbook.changeHandler).toBeUndefined();
  });
});
