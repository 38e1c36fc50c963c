/**
 * Detection on the seed workbooks as users have them (test/fixtures, built from ../shared/seeds). The
 * expected rows and columns come from the published tables and the fixture layout constants.
 */
import { detectTables, explainNoTable } from "../../../src/engine/detect";
import type { HeaderNode, Table } from "../../../src/engine/model";
import { BAD_FIXTURES, SEED_000, SEED_001, SEED_004, loadFixture, loadFixtureSheet } from "../../helpers/fixtures";

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function roleOf(t: Table, col: number): string | undefined {
  return t.columns.find((c) => c.col === col)?.role;
}

function labels(nodes: readonly HeaderNode[]): string[] {
  return nodes.map((n) => n.label);
}

describe.each(["seed-000", "seed-000-text"])("%s: two tables on one sheet", (name) => {
  let tables: Table[];
  beforeAll(async () => {
    tables = detectTables(await loadFixtureSheet(name, SEED_000.sheet));
  });

  it("finds both tables, the units table first", () => {
    expect(tables).toHaveLength(2);
    const [t] = tables;
    expect([t.top, t.left, t.bottom, t.right]).toEqual([SEED_000.range.top, SEED_000.range.left, SEED_000.range.bottom, SEED_000.range.right]);
    expect([t.headerTop, t.headerBottom]).toEqual([SEED_000.headerRows[0], SEED_000.headerRows[3]]);
  });

  it("has 13 unit rows, police and military (blank quotas) included, and the total row last", () => {
    const [t] = tables;
    expect(t.dataRows).toEqual(range(SEED_000.firstDataRow, SEED_000.lastDataRow));
    expect(t.dataRows).toHaveLength(13);
    expect(t.dataRows).toEqual(expect.arrayContaining([...SEED_000.unassignedRows]));
    expect(t.totalRows).toEqual([SEED_000.totalRow]);
    expect(t.subtotals).toEqual([]);
    expect(t.sttCol).toBe(SEED_000.cols.stt);
    expect(t.labelCols).toEqual([SEED_000.cols.label]);
    expect(t.shape).toBe("units");
  });

  it("builds the old/new header tree", () => {
    const [t] = tables;
    const plan = t.headerTree.find((n) => n.label === "Phát triển đảng viên mới năm 2024");
    expect(plan).toBeDefined();
    expect([plan?.left, plan?.right]).toEqual([SEED_000.cols.quotaOld, SEED_000.cols.quotaNew]);
    expect(labels(plan?.children ?? [])).toEqual(["Chỉ tiêu cũ theo TB 1060 - TB/TU", "Chỉ tiêu mới"]);
    const members = t.columns.find((c) => c.col === SEED_000.cols.members);
    expect(members?.header).toBe("Tổng số đảng viên hiện có tính đến ngày 31/12/2023");
    expect(members?.role).toBe("count");
    for (const col of [SEED_000.cols.quotaOld, SEED_000.cols.quotaNew, SEED_000.cols.privWithoutOrgNew]) expect(roleOf(t, col)).toBe("count");
    const newOrgQuota = t.columns.find((c) => c.col === SEED_000.cols.privWithOrgNew);
    expect(newOrgQuota?.path[newOrgQuota.path.length - 1]).toBe("Chỉ tiêu mới");
    expect(newOrgQuota?.path).toContain("Đối với nơi đã có tổ chức đảng");
  });

  it("keeps the captions above the first table, nearest last", () => {
    const [t] = tables;
    expect(t.captions[t.captions.length - 1]).toMatch(/^\(Kèm theo Kết luận số 733/);
    expect(t.captions).toContain("PHỤ LỤC");
  });

  it("reads the second table (đoàn thể) with its own caption and no total row", () => {
    const u = tables[1];
    expect([u.top, u.left, u.bottom, u.right]).toEqual([
      SEED_000.unions.range.top,
      SEED_000.unions.range.left,
      SEED_000.unions.range.bottom,
      SEED_000.unions.range.right,
    ]);
    expect(u.dataRows).toEqual([SEED_000.unions.firstDataRow, SEED_000.unions.lastDataRow]);
    expect(u.totalRows).toEqual([]);
    expect(u.captions).toEqual(["Chỉ tiêu về phát triển tổ chức đoàn thể, đoàn viên trong đơn vị kinh tế tư nhân năm 2024"]);
  });
});

describe.each(["seed-001", "seed-001-text"])("%s: 54 units, total row last", (name) => {
  let t: Table;
  beforeAll(async () => {
    const tables = detectTables(await loadFixtureSheet(name, SEED_001.sheet));
    expect(tables).toHaveLength(1);
    t = tables[0];
  });

  it("finds the header row, 54 unit rows and the TỔNG CỘNG row", () => {
    expect([t.headerTop, t.headerBottom]).toEqual([SEED_001.headerRows[0], SEED_001.headerRows[0]]);
    expect(t.dataRows).toEqual(range(SEED_001.firstDataRow, SEED_001.lastDataRow));
    expect(t.totalRows).toEqual([SEED_001.totalRow]);
    expect([t.top, t.bottom, t.right]).toEqual([SEED_001.range.top, SEED_001.range.bottom, SEED_001.range.right]);
  });

  it("gives each column its role", () => {
    const byCol = (col: number) => t.columns.find((c) => c.col === col);
    expect(byCol(SEED_001.cols.stt)?.role).toBe("stt");
    expect(byCol(SEED_001.cols.label)?.role).toBe("label");
    expect(byCol(SEED_001.cols.quota)).toMatchObject({ header: "Chỉ tiêu giao năm 2023", role: "count" });
    expect(byCol(SEED_001.cols.admitted)).toMatchObject({ header: "Đã kết nạp", role: "count" });
    expect(byCol(SEED_001.cols.pending)).toMatchObject({ header: "Đang trình duyệt", role: "count" });
    expect(byCol(SEED_001.cols.total)).toMatchObject({ header: "Tổng cộng", role: "count" });
    // 80.00, 71.43 …: percent points shown with 2 decimals.
    expect(byCol(SEED_001.cols.percent)).toMatchObject({ header: "Tỷ lệ %", role: "percent", percentForm: "points", decimals: 2 });
    expect(byCol(SEED_001.cols.pool)).toMatchObject({ header: "Nguồn hiện có đã học lớp cảm tình Đảng", role: "count" });
  });

  it("ignores the prose sheet", async () => {
    const notes = await loadFixtureSheet(name, SEED_001.notesSheet);
    expect(detectTables(notes)).toEqual([]);
  });
});

describe.each(["seed-004", "seed-004-text"])("%s: one table over three page blocks", (name) => {
  let tables: Table[];
  beforeAll(async () => {
    tables = detectTables(await loadFixtureSheet(name, SEED_004.sheet));
  });

  it("is ONE table of 55 units with the two repeated header bands and no total row", () => {
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.dataRows).toEqual(SEED_004.dataRows);
    expect(t.dataRows).toHaveLength(55);
    expect(t.repeatedHeaderRows).toEqual(SEED_004.repeatedHeaderRows);
    expect(t.totalRows).toEqual([]);
    expect([t.headerTop, t.headerBottom, t.bottom]).toEqual([SEED_004.headerRows[0], SEED_004.headerRows[2], SEED_004.range.bottom]);
  });

  it("has the name column and the Đảng bộ / Chi bộ kind column under one Đơn vị header", () => {
    const [t] = tables;
    expect(t.labelCols).toEqual([SEED_004.cols.kind, SEED_004.cols.label]);
    expect(roleOf(t, SEED_004.cols.kind)).toBe("kind");
    expect(roleOf(t, SEED_004.cols.label)).toBe("label");
    const unit = t.headerTree.find((n) => n.label === "Đơn vị");
    expect([unit?.left, unit?.right]).toEqual([SEED_004.cols.kind, SEED_004.cols.label]);
  });

  it("builds the Năm 2024 / Năm 2025 trees", () => {
    const [t] = tables;
    const quota = t.headerTree.find((n) => n.label === "Chỉ tiêu phát triển đảng viên");
    expect(labels(quota?.children ?? [])).toEqual(["Năm 2024", "Năm 2025"]);
    const [y2024, y2025] = quota?.children ?? [];
    expect(labels(y2024.children)).toEqual(["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"]);
    expect([y2024.left, y2024.right]).toEqual([SEED_004.cols.total2024, SEED_004.cols.union2024]);
    expect([y2025.left, y2025.right]).toEqual([SEED_004.cols.total2025, SEED_004.cols.union2025]);
    for (const col of [SEED_004.cols.total2024, SEED_004.cols.youth2025]) expect(roleOf(t, col)).toBe("count");
  });

  it("leaves the note under the table out", () => {
    expect(tables[0].bottom).toBeLessThan(SEED_004.noteRow);
  });
});

describe("bad inputs", () => {
  it.each([
    [BAD_FIXTURES.emptySheet, "empty-sheet"],
    [BAD_FIXTURES.proseOnly, "prose-only"],
    [BAD_FIXTURES.headersOnly, "header-only"],
  ])("%s: no table, and a reason", async (name, reason) => {
    const sheets = await loadFixture(name);
    const withTable = sheets.filter((g) => detectTables(g).length > 0);
    expect(withTable).toEqual([]);
    expect(sheets.map((g) => explainNoTable(g))).toContain(reason);
  });

  it("a #REF! in the total row keeps the table and the total row", async () => {
    const [t] = detectTables(await loadFixtureSheet(BAD_FIXTURES.refTotal, SEED_000.sheet));
    expect(t.totalRows).toEqual([SEED_000.totalRow]);
    expect(t.dataRows).toHaveLength(13);
  });

  it("blank cells merged across two unit rows do not cut the table", async () => {
    const [t] = detectTables(await loadFixtureSheet(BAD_FIXTURES.mergedData, SEED_000.sheet));
    expect(t.dataRows).toEqual(range(SEED_000.firstDataRow, SEED_000.lastDataRow));
    expect(t.totalRows).toEqual([SEED_000.totalRow]);
  });
});

describe("every readable fixture", () => {
  it.each(["formulas", BAD_FIXTURES.refTotal, BAD_FIXTURES.mergedData, "seed-000-text", "seed-004-text"])("%s: detection returns tables or [] without throwing", async (name) => {
    for (const grid of await loadFixture(name)) {
      const tables = detectTables(grid);
      for (const t of tables) {
        expect(t.sheet).toBe(grid.sheet);
        expect(t.dataRows.length + t.totalRows.length).toBeGreaterThan(0);
      }
    }
  });
});
