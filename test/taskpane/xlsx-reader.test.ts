/**
 * The pane's own .xlsx reader (for a reference opened from disk) against the command line's ExcelJS reader:
 * on every fixture the two give the same Grid, so the pane reconciles exactly as `quota-check --reference`.
 */
import { readFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { loadWorkbook } from "../../src/cli/read-xlsx";
import { readXlsxGrids } from "../../src/taskpane/xlsx-reader";
import { FIXTURES_DIR, fixturePath } from "../helpers/fixtures";
import { CONSOLIDATE, RECONCILE } from "../helpers/fixture-reconcile-layout";

const FILES = [
  fixturePath("seed-000"),
  fixturePath("seed-001"),
  fixturePath("seed-004-text"),
  fixturePath("formulas"),
  path.join(FIXTURES_DIR, RECONCILE.dir, `${RECONCILE.sameWorkbook.file}.xlsx`),
  path.join(FIXTURES_DIR, CONSOLIDATE.dir, CONSOLIDATE.summary.file),
];

describe("readXlsxGrids (pane)", () => {
  it.each(FILES.map((f) => [path.basename(f), f]))("%s reads as the CLI reads it", async (_name, file) => {
    const mine = await readXlsxGrids(JSZip, readFileSync(file));
    const theirs = (await loadWorkbook(file)).sheets;
    expect(mine.map((g) => g.sheet)).toEqual(theirs.map((g) => g.sheet));
    mine.forEach((g, i) => {
      const t = theirs[i];
      expect({ top: g.top, left: g.left, merges: g.merges, hiddenRows: g.hiddenRows }).toEqual({ top: t.top, left: t.left, merges: t.merges, hiddenRows: t.hiddenRows });
      expect(g.values).toEqual(t.values);
      expect(g.numberFormats).toEqual(t.numberFormats);
    });
  });

  it("rejects bytes that are no workbook", async () => {
    await expect(readXlsxGrids(JSZip, Buffer.from("STT\tĐơn vị\n"))).rejects.toThrow();
  });
});
