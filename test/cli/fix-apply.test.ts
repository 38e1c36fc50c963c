/** Applying an EditPlan to an ExcelJS worksheet: only the listed cells change, styles are copied, not shared. */
import ExcelJS from "exceljs";
import { applyPlanToWorksheet } from "../../src/cli/apply-plan-xlsx";
import type { EditPlan } from "../../src/engine/plan";
import { fixturePath } from "../helpers/fixtures";

function sheet(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet("S");
  ws.getCell("A1").value = 7;
  ws.getCell("A2").value = 8;
  ws.getCell("A3").value = 14;
  // One style object for the whole column, as ExcelJS does for cells read with the same style id.
  const shared: Partial<ExcelJS.Style> = { numFmt: "#,##0", font: { bold: true }, border: { top: { style: "thin" } } };
  for (const a of ["A1", "A2", "A3"]) ws.getCell(a).style = shared;
  return ws;
}

const state = (value: number | string | null, formula: string | null, numberFormat: string | null) => ({ value, formula, numberFormat });

test("a formula is written with its result; changing one cell's number format leaves the others alone", () => {
  const ws = sheet();
  const plan: EditPlan = {
    sheet: "S",
    edits: [{ row: 2, col: 0, before: state(14, null, "#,##0"), after: state(15, "=SUM(A1:A2)", "0.00"), reason: "total", changesDisplayedValue: true }],
    addMerges: [],
    removeMerges: [],
  };
  applyPlanToWorksheet(ws, plan);
  expect(ws.getCell("A3").formula).toBe("SUM(A1:A2)");
  expect(ws.getCell("A3").result).toBe(15);
  expect(ws.getCell("A3").numFmt).toBe("0.00");
  expect(ws.getCell("A3").font).toEqual({ bold: true });
  expect(ws.getCell("A1").numFmt).toBe("#,##0");
  expect(ws.getCell("A2").numFmt).toBe("#,##0");
});

test("a new cell copies the style its source had before the plan; null resets; merges are added", () => {
  const ws = sheet();
  const plan: EditPlan = {
    sheet: "S",
    edits: [
      // A3 changes format first; B4 must still copy A3's style as it was.
      { row: 2, col: 0, before: state(14, null, "#,##0"), after: state(15, null, "0"), reason: "total", changesDisplayedValue: true },
      {
        row: 3,
        col: 1,
        before: { ...state(null, null, null), styleFrom: null },
        after: { ...state("Tổng cộng", null, "#,##0"), styleFrom: { row: 2, col: 0 } },
        reason: "total",
        changesDisplayedValue: true,
      },
      { row: 0, col: 0, before: state(7, null, "#,##0"), after: { ...state(7, null, null), styleFrom: null }, reason: "total", changesDisplayedValue: false },
    ],
    addMerges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
    removeMerges: [],
  };
  applyPlanToWorksheet(ws, plan);
  expect(ws.getCell("B4").value).toBe("Tổng cộng");
  expect(ws.getCell("B4").numFmt).toBe("#,##0");
  expect(ws.getCell("B4").border).toEqual({ top: { style: "thin" } });
  expect(ws.getCell("A3").numFmt).toBe("0");
  expect(ws.getCell("A1").font).toBeUndefined();
  expect(ws.getCell("A2").font).toEqual({ bold: true });
  expect(ws.getCell("C4").isMerged).toBe(true);
  expect(ws.getCell("C4").master.address).toBe("B4");
});

test("overwriting the first cell of a shared formula keeps the formulas of the cells that shared it", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath("formulas"));
  const ws = wb.worksheets[0];
  expect(ws.getCell("G4").value).toEqual(expect.objectContaining({ sharedFormula: "G3" }));
  const plan: EditPlan = {
    sheet: ws.name,
    edits: [{ row: 2, col: 6, before: state(12, "=E3+F3", "General"), after: state(12, "=SUM(E3:F3)", "General"), reason: "parts", changesDisplayedValue: false }],
    addMerges: [],
    removeMerges: [],
  };
  applyPlanToWorksheet(ws, plan);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  const out = again.worksheets[0];
  expect(out.getCell("G3").formula).toBe("SUM(E3:F3)");
  expect(out.getCell("G4").formula).toBe("E4+F4");
  expect(out.getCell("G5").formula).toBe("E5+F5");
  expect(out.getCell("H4").formula).toBe("ROUND(G4/D4*100,2)");
});
