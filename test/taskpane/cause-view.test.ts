/**
 * The pane's view of likely causes (issue 10): the cause line of an issue item and the choices of a fill
 * preview, on seed 000 with Yên Mỹ's 235 typed 253 and on seed 001 as published (no certain cause).
 */
import { analyzeGrid } from "../../src/engine/analyze";
import { planFillSheet } from "../../src/engine/fill";
import { buildIssueView } from "../../src/taskpane/view-model";
import { previewChoices } from "../../src/taskpane/preview";
import { SEED_000, SEED_001, loadFixtureSheet } from "../helpers/fixtures";
import { withSlips } from "../engine/causes/slip-helpers";

test("seed 000, E18 253: the E24 item names E18 and its sentence; the preview corrects E18 and offers recomputing E24", async () => {
  const grid = withSlips(await loadFixtureSheet(SEED_000.name, SEED_000.sheet), [{ row: SEED_000.firstDataRow + 7, col: SEED_000.cols.quotaNew, value: 253 }]);
  const analysis = analyzeGrid(grid);
  const items = buildIssueView(analysis, "en").tables.flatMap((t) => t.groups.flatMap((g) => g.items));
  const item = items.find((i) => i.address === "E24");
  expect(item?.cause).toMatchObject({ address: "E18", row: SEED_000.firstDataRow + 7, col: SEED_000.cols.quotaNew, confidence: "high" });
  expect(item?.cause?.text).toBe(
    "Likely cause: Cell E18 may have been typed 253 instead of 235 (two digits swapped): with 235, the column E total and the 3.5% of column C the other rows follow all agree.",
  );
  const [choice] = previewChoices(planFillSheet(grid, analysis.tables), "en");
  expect(choice.waiting).toBe(false);
  expect(choice.options).toEqual([
    { label: "E18 = 235 (two digits swapped)", chosen: true },
    { label: "recompute E24 = 2,673", chosen: false },
  ]);
});

test("seed 001 as published: the C60 item lists candidates and names no cell; the preview waits", async () => {
  const grid = await loadFixtureSheet(SEED_001.name, SEED_001.sheet);
  const analysis = analyzeGrid(grid);
  const item = buildIssueView(analysis, "vi").tables.flatMap((t) => t.groups.flatMap((g) => g.items)).find((i) => i.address === "C60");
  expect(item?.cause?.address).toBeUndefined();
  expect(item?.cause?.text).toMatch(/^Chưa thể biết chắc ô nào sai; có thể là: /);
  const [choice] = previewChoices(planFillSheet(grid, analysis.tables), "vi");
  expect(choice.waiting).toBe(true);
  expect(choice.options.some((o) => o.label === "tính lại ô C60 = 281")).toBe(true);
});
