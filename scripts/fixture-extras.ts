/**
 * The fixtures that are not a seed as published: a workbook exercising what the reader must understand
 * (formulas, shared formulas, errors, dates, rich text, hidden rows/columns, a used range not at A1), and
 * the bad inputs every front end must survive.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { BAD_FIXTURES, FORMULAS_FIXTURE, SEED_000, SEED_001 } from "../test/helpers/fixture-layout";
import type { SeedTables } from "./fixture-seeds";
import { seed001Sheet } from "./fixture-sheets";

/**
 * Sheet "Công thức", used range B2:I9 (so the Grid's top/left are 1/1):
 *   row 2 headers; rows 3–5 seed 001's first three units; G3:G5 a shared formula E+F; H3:H5 a shared
 *   ROUND(G/D*100,2); row 6 "Tổng cộng" (B6:C6 merged) with SUM formulas; C7 =1/0 (#DIV/0!);
 *   row 8: a date, rich text, a boolean; row 9 hidden; column I hidden.
 */
export function buildFormulasFixture(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.addWorksheet(FORMULAS_FIXTURE.sheet);
  const headers = ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng", "Tỷ lệ %", "Ghi chú ẩn"];
  headers.forEach((h, i) => (ws.getCell(2, 2 + i).value = h));
  const units: [number, string, number, number, number, number, number][] = [
    [1, "Đảng bộ thị trấn Vĩnh Bảo", 15, 7, 5, 12, 80],
    [2, "Đảng bộ xã An Hòa", 7, 4, 1, 5, 71.43],
    [3, "Đảng bộ xã Cổ Am", 8, 1, 0, 1, 12.5],
  ];
  units.forEach(([stt, name, quota, admitted, pending, total, pct], i) => {
    const r = 3 + i;
    ws.getCell(r, 2).value = stt;
    ws.getCell(r, 3).value = name;
    ws.getCell(r, 4).value = quota;
    ws.getCell(r, 5).value = admitted;
    ws.getCell(r, 6).value = pending;
    ws.getCell(r, 7).value =
      i === 0 ? sharedMaster("E3+F3", total, "G3:G5") : { sharedFormula: "G3", result: total };
    ws.getCell(r, 8).value =
      i === 0 ? sharedMaster("ROUND(G3/D3*100,2)", pct, "H3:H5") : { sharedFormula: "H3", result: pct };
    ws.getCell(r, 8).numFmt = "0.00";
  });
  ws.getCell("B6").value = "Tổng cộng";
  ws.mergeCells("B6:C6");
  ws.getCell("D6").value = { formula: "SUM(D3:D5)", result: 30 };
  ws.getCell("E6").value = { formula: "SUM(E3:E5)", result: 12 };
  ws.getCell("F6").value = { formula: "SUM(F3:F5)", result: 6 };
  ws.getCell("G6").value = { formula: "SUM(G3:G5)", result: 18 };
  ws.getCell("H6").value = { formula: "ROUND(G6/D6*100,2)", result: 60 };
  ws.getCell("H6").numFmt = "0.00";
  ws.getCell("B7").value = "Lỗi";
  ws.getCell("C7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("B8").value = new Date(Date.UTC(2023, 8, 14));
  ws.getCell("B8").numFmt = "dd/mm/yyyy";
  ws.getCell("C8").value = { richText: [{ text: "Đảng bộ " }, { text: "xã An Hòa", font: { bold: true } }] };
  ws.getCell("D8").value = true;
  ws.getCell("B9").value = "dòng ẩn";
  ws.getRow(9).hidden = true;
  ws.getCell("I3").value = "cột ẩn";
  ws.getColumn(9).hidden = true;
  return wb;
}

/** ExcelJS writes a shared formula from a master cell with `shareType`/`ref`, which its typings omit. */
function sharedMaster(formula: string, result: number, ref: string): ExcelJS.CellFormulaValue {
  const master = { formula, result, shareType: "shared", ref };
  return master as ExcelJS.CellFormulaValue;
}

/** A minimal OLE2 compound file header followed by the UTF-16 stream name Excel uses for encrypted packages. */
function fakeEncryptedFile(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  return Buffer.concat([header, Buffer.from("EncryptionInfo", "utf16le"), Buffer.from("EncryptedPackage", "utf16le")]);
}

export async function buildBadFixtures(
  dir: string,
  seeds: SeedTables,
  newWorkbook: () => ExcelJS.Workbook,
  seed000: () => Promise<ExcelJS.Workbook>,
): Promise<void> {
  const file = (name: string) => path.join(dir, `${name}.xlsx`);

  const empty = newWorkbook();
  empty.addWorksheet("Sheet1");
  await empty.xlsx.writeFile(file(BAD_FIXTURES.emptySheet));

  const prose = newWorkbook();
  const ps = prose.addWorksheet("Thông báo");
  ps.getColumn(1).width = 120;
  seeds.seed000Prose.forEach((line, i) => (ps.getCell(i + 1, 1).value = line));
  await prose.xlsx.writeFile(file(BAD_FIXTURES.proseOnly));

  // Seed 001 laid out with no units and no total row: captions and the header row only.
  const headersOnly = newWorkbook();
  seed001Sheet(headersOnly.addWorksheet(SEED_001.sheet), { ...seeds, seed001: { units: [], total: [] } }, "number");
  await headersOnly.xlsx.writeFile(file(BAD_FIXTURES.headersOnly));

  const ref = await seed000();
  ref.getWorksheet(SEED_000.sheet)!.getCell(SEED_000.totalRow + 1, SEED_000.cols.members + 1).value = { error: "#REF!" };
  await ref.xlsx.writeFile(file(BAD_FIXTURES.refTotal));

  const merged = await seed000();
  const [r0, r1] = SEED_000.unassignedRows;
  merged.getWorksheet(SEED_000.sheet)!.mergeCells(r0 + 1, SEED_000.cols.privNewOrgs + 1, r1 + 1, SEED_000.cols.privWithoutOrgNew + 1);
  await merged.xlsx.writeFile(file(BAD_FIXTURES.mergedData));

  fs.writeFileSync(file(BAD_FIXTURES.zeroBytes), Buffer.alloc(0));
  fs.writeFileSync(file(BAD_FIXTURES.textFile), "STT\tĐơn vị\tChỉ tiêu\n1\tTP Hưng Yên\t315\n", "utf8");
  fs.writeFileSync(file(BAD_FIXTURES.encrypted), fakeEncryptedFile());

  const whole = (await seed000().then((wb) => wb.xlsx.writeBuffer())) as ArrayBuffer;
  const bytes = Buffer.from(whole);
  fs.writeFileSync(file(BAD_FIXTURES.truncated), bytes.subarray(0, Math.floor(bytes.length / 2)));
}
