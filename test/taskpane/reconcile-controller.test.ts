/** The pane's "Đối chiếu" controller on issue 11's fixture, with an in-memory workbook and a fake reference gateway. */
import { readFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { memorySettingsStore } from "../../src/excel/settings";
import type { ReferenceGateway } from "../../src/excel/reference-sheets";
import type { Grid } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";
import { REFERENCE_SETTINGS_KEY, ReconcileController } from "../../src/taskpane/reconcile-controller";
import { readXlsxGrids } from "../../src/taskpane/xlsx-reader";
import { readReferenceFile } from "../../src/taskpane/reconcile-file";
import { FIXTURES_DIR, SEED_000, fixturePath, loadFixtureSheet } from "../helpers/fixtures";
import { RECONCILE } from "../helpers/fixture-reconcile-layout";
import { MemoryWorkbook } from "./memory-workbook";

const REPORT = path.join(FIXTURES_DIR, RECONCILE.dir, `${RECONCILE.report.file}.xlsx`);

async function setup(store = memorySettingsStore()) {
  const report = (await readXlsxGrids(JSZip, readFileSync(REPORT)))[0];
  const reference = await loadFixtureSheet("seed-000", SEED_000.sheet);
  const workbook = new MemoryWorkbook(report);
  const gateway: ReferenceGateway = {
    sheetNames: () => Promise.resolve({ names: [report.sheet, reference.sheet], active: report.sheet }),
    readSheet: (name: string): Promise<Grid> => (name === reference.sheet ? Promise.resolve(reference) : Promise.reject(new Error("no sheet"))),
  };
  const rc = new ReconcileController({ workbook, reference: gateway, store, lang: () => "vi", readFile: readReferenceFile });
  return { rc, workbook, store };
}

const items = (rc: ReconcileController) => rc.state.view?.tables.flatMap((t) => t.groups.flatMap((g) => g.items)) ?? [];

describe("ReconcileController", () => {
  test("another sheet of the workbook as the reference: the differences, the pairings, and clicks that select", async () => {
    const { rc, workbook, store } = await setup();
    await rc.listSheets();
    expect(rc.state.sheets).toEqual([SEED_000.sheet]);
    await rc.chooseSheet(SEED_000.sheet);
    await rc.setCompare(RECONCILE.compare);
    await rc.compare();
    const found = items(rc).map((i) => `${i.code} ${i.address}`).sort();
    expect(found).toEqual(["REFERENCE_MISMATCH C10", "REFERENCE_MISMATCH D8", "UNIT_MISSING B13", "UNIT_MISSING B17", "UNIT_NOT_IN_REFERENCE B6"]);
    expect(rc.state.pairings[0].items).toHaveLength(12);
    // A unit missing from the report is selected where it is: on the reference sheet.
    const missing = items(rc).find((i) => i.code === "UNIT_MISSING" && i.address === "B17")!;
    await rc.select(missing.key);
    expect(workbook.selected).toBe(`${SEED_000.sheet}!B17`);
    const mismatch = items(rc).find((i) => i.address === "D8")!;
    await rc.select(mismatch.key);
    expect(workbook.selected).toBe(`${RECONCILE.report.sheet}!${a1(7, 3)}`);
    // The choice and the pairs are saved with the workbook.
    expect(store.get(REFERENCE_SETTINGS_KEY)).toEqual({ choice: { kind: "sheet", sheet: SEED_000.sheet }, compare: RECONCILE.compare });
    const again = await setup(store);
    expect(again.rc.state.choice).toEqual({ kind: "sheet", sheet: SEED_000.sheet });
  });

  test("a reference file opened from disk, read in the pane; after reopening it must be opened again", async () => {
    const { rc, store } = await setup();
    const bytes = readFileSync(fixturePath("seed-000"));
    await rc.chooseFile("giao-chi-tieu.xlsx", bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    await rc.setCompare(RECONCILE.compare);
    await rc.compare();
    expect(items(rc).filter((i) => i.code === "REFERENCE_MISMATCH")).toHaveLength(2);
    expect(items(rc)[0].message).toContain("giao-chi-tieu.xlsx");
    const reopened = await setup(store);
    await reopened.rc.compare();
    expect(reopened.rc.state.status).toMatchObject({ kind: "error", text: expect.stringContaining("giao-chi-tieu.xlsx") });
  });

  test("a file that is no workbook, a bad column pair, no reference chosen: said in words", async () => {
    const { rc } = await setup();
    await rc.compare();
    expect(rc.state.status?.kind).toBe("error");
    await rc.chooseFile("ghi-chu.txt", new TextEncoder().encode("không phải xlsx").buffer as ArrayBuffer);
    expect(rc.state.status).toMatchObject({ kind: "error", text: expect.stringContaining("ghi-chu.txt") });
    await rc.chooseSheet(SEED_000.sheet);
    await rc.setCompare("Chỉ tiêu năm 2024");
    await rc.compare();
    expect(rc.state.status).toMatchObject({ kind: "error", text: expect.stringContaining("Chỉ tiêu năm 2024") });
  });
});
