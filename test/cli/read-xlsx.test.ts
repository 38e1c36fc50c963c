/**
 * The reader against the fixtures: numbers as published in the seeds, layout as the fixture README says,
 * formulas/merges/hidden rows as Office.js would report them, and a code for every unreadable file.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { a1, isCellError, valueAt, formulaAt, numberFormatAt, mergeAt, type Grid } from "../../src/engine/grid";
import { loadWorkbook, WorkbookReadError, dateToSerial } from "../../src/cli/read-xlsx";
import {
  BAD_FIXTURES,
  SEED_000,
  SEED_001,
  SEED_004,
  fixturePath,
  loadFixture,
  loadFixtureSheet,
  seed001Row,
  seed004Row,
} from "../helpers/fixtures";

function columnValues(g: Grid, col: number, rows: readonly number[]): unknown[] {
  return rows.map((r) => valueAt(g, r, col));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const sum = (xs: readonly unknown[]) => xs.reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0);

describe("seed-000 (Hưng Yên, KL 733)", () => {
  let g: Grid;
  beforeAll(async () => {
    g = await loadFixtureSheet("seed-000", SEED_000.sheet);
  });

  it("has one sheet whose used range starts at A1 and ends at the second table", async () => {
    expect((await loadFixture("seed-000")).map((s) => s.sheet)).toEqual(["Phụ lục"]);
    expect([g.top, g.left]).toEqual([0, 0]);
    expect(g.values.length).toBe(SEED_000.unions.lastDataRow + 1);
    expect(g.values[0].length).toBe(11);
  });

  it("holds the published numbers of the first and last unit and the total row", () => {
    const c = SEED_000.cols;
    const first = SEED_000.firstDataRow;
    expect(valueAt(g, first, c.label)).toBe("TP Hưng Yên");
    expect(columnValues(g, c.members, [first])).toEqual([7715]);
    expect([c.quotaOld, c.quotaNew, c.privNewOrgs, c.privOwners].map((col) => valueAt(g, first, col))).toEqual([217, 315, 7, 3]);
    expect(valueAt(g, SEED_000.totalRow, 0)).toBe("Tổng cộng");
    expect(valueAt(g, SEED_000.totalRow, c.members)).toBe(71175);
    expect(valueAt(g, SEED_000.totalRow, c.privWithoutOrgNew)).toBe(109);
  });

  it("adds up as published: every total equals its column's units", () => {
    const units = range(SEED_000.firstDataRow, SEED_000.lastDataRow);
    // The published totals (seed 000's "Tổng cộng" row).
    const published = [71175, 2112, 2655, 80, 25, 61, 76, 105, 109];
    published.forEach((total, i) => expect(sum(columnValues(g, 2 + i, units))).toBe(total));
  });

  it("leaves the unassigned private-sector cells of Công an and Quân sự blank", () => {
    for (const row of SEED_000.unassignedRows)
      for (let col = SEED_000.cols.privNewOrgs; col <= SEED_000.cols.privWithoutOrgNew; col++) expect(valueAt(g, row, col)).toBeNull();
    expect(valueAt(g, SEED_000.unassignedRows[0], SEED_000.cols.label)).toBe("Công an tỉnh");
  });

  it("has the merged 4-row header band", () => {
    const [h0, h1, h2, h3] = SEED_000.headerRows;
    expect(mergeAt(g, h0, 3)).toEqual({ top: h0, left: 3, bottom: h0, right: 4 });
    expect(valueAt(g, h0, 3)).toBe("Phát triển đảng viên mới năm 2024");
    expect(mergeAt(g, h3, 0)).toEqual({ top: h0, left: 0, bottom: h3, right: 0 });
    expect(valueAt(g, h1, 3)).toBe("Chỉ tiêu cũ theo TB 1060 - TB/TU");
    expect(mergeAt(g, h1, 8)).toEqual({ top: h1, left: 7, bottom: h1, right: 10 });
    expect(mergeAt(g, h2, 7)).toEqual({ top: h2, left: 7, bottom: h2, right: 8 });
    expect([7, 8, 9, 10].map((c) => valueAt(g, h3, c))).toEqual(["Chỉ tiêu cũ", "Chỉ tiêu mới", "Chỉ tiêu cũ", "Chỉ tiêu mới"]);
    // Only the top-left cell of a merged area has a value, as Office.js reports it.
    expect(valueAt(g, h0, 4)).toBeNull();
  });

  it("has the captions above and the second table below", () => {
    expect(valueAt(g, 2, 0)).toBe("PHỤ LỤC");
    expect(String(valueAt(g, 4, 0))).toMatch(/^\(Kèm theo Kết luận số 733/);
    const u = SEED_000.unions;
    expect(valueAt(g, u.firstDataRow, u.cols.label)).toBe("Liên đoàn LĐ");
    expect(valueAt(g, u.firstDataRow, u.cols.newMembers)).toBe(12000);
    expect(valueAt(g, u.lastDataRow, u.cols.newMembers)).toBe(360);
    expect(numberFormatAt(g, u.firstDataRow, u.cols.newMembers)).toBe("#,##0");
  });
});

describe("seed-001 (Vĩnh Bảo, 9 months)", () => {
  let g: Grid;
  beforeAll(async () => {
    g = await loadFixtureSheet("seed-001", SEED_001.sheet);
  });

  it("keeps the notes sheet as a second sheet", async () => {
    const sheets = await loadFixture("seed-001");
    expect(sheets.map((s) => s.sheet)).toEqual([SEED_001.sheet, SEED_001.notesSheet]);
    expect(String(valueAt(sheets[1], 1, 0))).toContain("164 đảng viên");
  });

  it("has 54 units whose quotas add up to 281 while the total row says 280", () => {
    const c = SEED_001.cols;
    const quotas = columnValues(g, c.quota, range(SEED_001.firstDataRow, SEED_001.lastDataRow));
    expect(quotas).toHaveLength(54);
    expect(sum(quotas)).toBe(281);
    expect(valueAt(g, SEED_001.totalRow, c.quota)).toBe(280);
    expect(valueAt(g, SEED_001.totalRow, 0)).toBe("TỔNG CỘNG");
    expect([c.admitted, c.pending, c.total, c.percent, c.pool].map((col) => valueAt(g, SEED_001.totalRow, col))).toEqual([
      135, 29, 164, 58.57, 368,
    ]);
  });

  it("stores percent points with the 0.00 format", () => {
    const c = SEED_001.cols;
    expect(valueAt(g, seed001Row(1), c.percent)).toBe(80);
    expect(numberFormatAt(g, seed001Row(1), c.percent)).toBe("0.00");
    expect(valueAt(g, seed001Row(6), c.percent)).toBe(114.29);
    expect(valueAt(g, seed001Row(54), c.label)).toBe("Ngân hàng NNN và PTNT Nam Am");
    expect(numberFormatAt(g, seed001Row(1), c.quota)).toBe("#,##0");
  });
});

describe("seed-004 (Bình Định ĐUK, plan 104)", () => {
  let g: Grid;
  beforeAll(async () => {
    g = await loadFixtureSheet("seed-004", SEED_004.sheet);
  });

  it("has 55 units in three page blocks with the header band repeated", () => {
    const c = SEED_004.cols;
    expect(SEED_004.dataRows).toHaveLength(55);
    expect(SEED_004.dataRows.map((r) => valueAt(g, r, c.stt))).toEqual(range(1, 55));
    for (const block of SEED_004.blocks) {
      const [h0, h1, h2] = block.headerRows;
      expect(valueAt(g, h0, 1)).toBe("Đơn vị");
      expect(mergeAt(g, h0, 2)).toEqual({ top: h0, left: 1, bottom: h2, right: 2 });
      expect(mergeAt(g, h1, 5)).toEqual({ top: h1, left: 3, bottom: h1, right: 5 });
      expect(valueAt(g, h1, 6)).toBe("Năm 2025");
      expect(valueAt(g, h2, 4)).toBe("Đoàn viên thanh niên");
    }
  });

  it("has unit 24's 2024 total 8 against parts 10 + 0", () => {
    const c = SEED_004.cols;
    const r = seed004Row(24);
    expect(valueAt(g, r, c.label)).toBe("Trường Cao đẳng Cơ điện - Xây dựng và Nông lâm Trung bộ");
    expect([c.total2024, c.youth2024, c.union2024].map((col) => valueAt(g, r, col))).toEqual([8, 10, 0]);
  });

  it("adds up as the plan text says: 2024 sums to 260, 2025 to 232", () => {
    const c = SEED_004.cols;
    expect(sum(columnValues(g, c.total2024, SEED_004.dataRows))).toBe(260);
    expect(sum(columnValues(g, c.total2025, SEED_004.dataRows))).toBe(232);
    expect(valueAt(g, seed004Row(39), c.kind)).toBe("Chi bộ");
    expect(String(valueAt(g, SEED_004.noteRow, 0))).toMatch(/^\* Lưu ý/);
  });
});

describe("-text variants", () => {
  it.each([
    ["seed-000-text", SEED_000.sheet, SEED_000.totalRow, SEED_000.cols.members, "71,175"],
    ["seed-000-text", SEED_000.sheet, SEED_000.unions.firstDataRow, SEED_000.unions.cols.newMembers, "12,000"],
    ["seed-001-text", SEED_001.sheet, seed001Row(1), SEED_001.cols.percent, "80.00"],
    ["seed-001-text", SEED_001.sheet, SEED_001.totalRow, SEED_001.cols.percent, "58.57"],
    ["seed-004-text", SEED_004.sheet, seed004Row(24), SEED_004.cols.total2024, "8"],
  ])("%s holds the text the seed prints at the same place", async (name, sheet, row, col, text) => {
    const g = await loadFixtureSheet(name, sheet);
    expect(valueAt(g, row, col)).toBe(text);
    expect(numberFormatAt(g, row, col)).toBe("@");
  });

  it("seed-000-text has the base fixture's layout", async () => {
    const [base, text] = await Promise.all([loadFixture("seed-000"), loadFixture("seed-000-text")]);
    expect(text[0].merges).toEqual(base[0].merges);
    expect(text[0].values.length).toBe(base[0].values.length);
    expect(valueAt(text[0], SEED_000.firstDataRow, SEED_000.cols.members)).toBe("7,715");
  });
});

describe("formulas.xlsx", () => {
  let g: Grid;
  beforeAll(async () => {
    g = (await loadFixture("formulas"))[0];
  });
  const at = (addr: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
    return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
  };
  const v = (addr: string) => valueAt(g, at(addr).row, at(addr).col);
  const f = (addr: string) => formulaAt(g, at(addr).row, at(addr).col);

  it("covers the used range B2:I9 with absolute top/left", () => {
    expect([g.top, g.left]).toEqual([1, 1]);
    expect(a1(g.top + g.values.length - 1, g.left + g.values[0].length - 1)).toBe("I9");
  });

  it("gives each shared-formula cell its own formula and its cached result", () => {
    expect([f("G3"), f("G4"), f("G5")]).toEqual(["=E3+F3", "=E4+F4", "=E5+F5"]);
    expect([v("G3"), v("G4"), v("G5")]).toEqual([7 + 5, 4 + 1, 1 + 0]);
    expect(f("H4")).toBe("=ROUND(G4/D4*100,2)");
    expect(v("H4")).toBe(71.43);
    expect(f("D6")).toBe("=SUM(D3:D5)");
    expect(v("D6")).toBe(15 + 7 + 8);
    expect(f("B3")).toBeNull();
  });

  it("reads an error result, a date, rich text and a boolean", () => {
    const err = v("C7");
    expect(err !== null && isCellError(err) && err.error).toBe("#DIV/0!");
    expect(f("C7")).toBe("=1/0");
    // 14/09/2023: day 257 of 2023, and 1 January 2023 is serial 44927.
    expect(v("B8")).toBe(44927 + 256);
    expect(v("C8")).toBe("Đảng bộ xã An Hòa");
    expect(v("D8")).toBe(true);
  });

  it("reports merged areas, hidden rows and hidden columns", () => {
    expect(g.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 2 }]);
    expect(v("C6")).toBeNull();
    expect(g.hiddenRows).toEqual([8]);
    expect(g.hiddenCols).toEqual([8]);
  });

  it("converts dates to Excel serial numbers", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
  });
});

describe("bad inputs", () => {
  it("reads an empty sheet as a Grid with no rows", async () => {
    const [g] = await loadFixture(BAD_FIXTURES.emptySheet);
    expect(g.sheet).toBe("Sheet1");
    expect(g.values).toEqual([]);
  });

  it("reads prose as text lines in column A", async () => {
    const [g] = await loadFixture(BAD_FIXTURES.proseOnly);
    expect(g.values[0].length).toBe(1);
    expect(g.values.every((r) => typeof r[0] === "string")).toBe(true);
    expect(g.values.length).toBeGreaterThan(10);
  });

  it("reads the header-only table with nothing under its header", async () => {
    const [g] = await loadFixture(BAD_FIXTURES.headersOnly);
    expect(g.values.length).toBe(SEED_001.headerRows[0] + 1);
    expect(valueAt(g, SEED_001.headerRows[0], SEED_001.cols.quota)).toBe("Chỉ tiêu giao năm 2023");
  });

  it("reads #REF! in the total cell as an error value", async () => {
    const [g] = await loadFixture(BAD_FIXTURES.refTotal);
    expect(valueAt(g, SEED_000.totalRow, SEED_000.cols.members)).toEqual({ error: "#REF!" });
    expect(valueAt(g, SEED_000.totalRow, SEED_000.cols.quotaOld)).toBe(2112);
  });

  it("reads the merged cell across two data rows", async () => {
    const [g] = await loadFixture(BAD_FIXTURES.mergedData);
    const [r0, r1] = SEED_000.unassignedRows;
    expect(mergeAt(g, r1, SEED_000.cols.privWithOrgNew)).toEqual({
      top: r0,
      left: SEED_000.cols.privNewOrgs,
      bottom: r1,
      right: SEED_000.cols.privWithoutOrgNew,
    });
  });

  it.each([
    [BAD_FIXTURES.zeroBytes, "EMPTY_FILE"],
    [BAD_FIXTURES.textFile, "NOT_XLSX"],
    [BAD_FIXTURES.encrypted, "ENCRYPTED"],
    [BAD_FIXTURES.truncated, "READ_FAILED"],
  ])("rejects %s with %s and a catalogue key", async (name, code) => {
    const err = await loadWorkbook(fixturePath(name)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).code).toBe(code);
    expect((err as WorkbookReadError).messageKey).toBe(`cli.read.${code}`);
  });

  it("rejects a missing file with NOT_FOUND and an old .xls with LEGACY_XLS", async () => {
    await expect(loadWorkbook(fixturePath("no-such-fixture"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "qc-read-"));
    const xls = path.join(dir, "old.xls");
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("Workbook", "utf16le").copy(ole, 600);
    await fs.writeFile(xls, ole);
    await expect(loadWorkbook(xls)).rejects.toMatchObject({ code: "LEGACY_XLS" });
    await expect(loadWorkbook(dir)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe("a workbook whose formulas were never calculated", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "qc-uncomputed-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Units A–C with a "Tổng cộng" row of SUM formulas; `results` gives each formula its cached value. */
  async function write(name: string, results: boolean): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.addRows([["STT", "Đơn vị", "Chỉ tiêu", "Kết quả"], [1, "A", 10, 5], [2, "B", 10, 6], [3, "C", 20, 5], [null, "Tổng cộng"]]);
    ws.getCell("C5").value = results ? { formula: "SUM(C2:C4)", result: 40 } : { formula: "SUM(C2:C4)" };
    ws.getCell("D5").value = results ? { formula: "SUM(D2:D4)", result: 16 } : { formula: "SUM(D2:D4)" };
    // A formula showing "" keeps no value through ExcelJS, computed workbook or not.
    ws.getCell("E2").value = { formula: 'IF(C2=0,"",1)', result: "" };
    wb.addWorksheet("Ghi chú").addRow(["Không có công thức"]);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("marks each sheet holding formulas when no formula of the workbook has a value", async () => {
    const book = await loadWorkbook(await write("never-calculated.xlsx", false));
    expect(book.sheets.map((g) => [g.sheet, g.formulasNotComputed === true])).toEqual([
      ["Phụ lục", true],
      ["Ghi chú", false],
    ]);
    expect(valueAt(book.sheets[0], 4, 2)).toBeNull();
    expect(formulaAt(book.sheets[0], 4, 2)).toBe("=SUM(C2:C4)");
  });

  it("reads a formula showing 0 or FALSE as 0 or FALSE, not as a blank (ExcelJS's cell.value drops them)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 5;
    ws.getCell("B1").value = { formula: "MAX(0,A1-5)", result: 0 };
    ws.getCell("C1").value = { formula: "A1>5", result: false };
    const file = path.join(dir, "falsy.xlsx");
    await wb.xlsx.writeFile(file);
    const [g] = (await loadWorkbook(file)).sheets;
    expect([valueAt(g, 0, 1), valueAt(g, 0, 2)]).toEqual([0, false]);
    expect(g.formulasNotComputed).toBeUndefined();
  });

  it("does not, when Excel saved the values (a formula showing \"\" is no sign)", async () => {
    const book = await loadWorkbook(await write("calculated.xlsx", true));
    expect(book.sheets.map((g) => g.formulasNotComputed === true)).toEqual([false, false]);
    expect(valueAt(book.sheets[0], 4, 2)).toBe(10 + 10 + 20);
  });
});
