import { buildIssueView, findIssueItem, relationText } from "../../src/taskpane/view-model";
import { previewLines } from "../../src/taskpane/preview";
import type { SheetAnalysis, Table } from "../../src/engine/model";

const table = { top: 4, left: 0, bottom: 59, right: 7, columns: [] } as unknown as Table;

const analysis: SheetAnalysis = {
  sheet: "KQ 9 tháng",
  tables: [
    {
      table,
      relations: [{ kind: "column-total", row: 59, rows: [5, 6, 58], cols: [2, 3] }],
      issues: [
        { code: "HARDCODED_TOTAL", severity: "info", row: 59, col: 3 },
        { code: "TOTAL_MISMATCH", severity: "error", row: 59, col: 2, expected: 281, actual: 280, relation: 0 },
        { code: "NUMBER_AS_TEXT", severity: "warning", row: 7, col: 2, actual: "7,715" },
      ],
    },
  ],
  issues: [],
};

describe("issue view", () => {
  test("groups by table then severity (errors first) with counts", () => {
    const v = buildIssueView(analysis, "vi");
    expect(v.summary).toMatchObject({ tables: 1, errors: 1, warnings: 1, infos: 1 });
    expect(v.summary.text).toBe("1 bảng · 1 lỗi · 1 cảnh báo · 1 ghi chú");
    expect(v.tables[0].title).toBe("Bảng A5:H60");
    expect(v.tables[0].groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
    const err = v.tables[0].groups[0].items[0];
    expect(err).toMatchObject({ address: "C60", expected: "Đúng ra: 281", actual: "Hiện tại: 280", fixable: true });
    expect(err.because).toBe("Vì: dòng tổng 60 = tổng các dòng 6–59 ở cột C, D");
    expect(v.tables[0].groups[2].items[0].fixable).toBe(false);
  });

  test("numbers are written the language's way", () => {
    const v = buildIssueView(
      { ...analysis, tables: [{ ...analysis.tables[0], issues: [{ code: "TOTAL_MISMATCH", severity: "error", row: 59, col: 2, expected: 7715, actual: 7714 }] }] },
      "en",
    );
    expect(v.tables[0].groups[0].items[0].expected).toBe("Expected: 7,715");
    const vi = buildIssueView(
      { ...analysis, tables: [{ ...analysis.tables[0], issues: [{ code: "TOTAL_MISMATCH", severity: "error", row: 59, col: 2, expected: 7715, actual: 7714 }] }] },
      "vi",
    );
    expect(vi.tables[0].groups[0].items[0].expected).toBe("Đúng ra: 7.715");
  });

  test("relations read as sentences", () => {
    expect(relationText({ kind: "parts", whole: 3, parts: [4, 5], source: "header" }, "en")).toBe("Because: column D = E + F in every row");
    expect(relationText({ kind: "percent", col: 6, numerator: 5, denominator: 2, scale: 100, decimals: 2 }, "vi")).toBe(
      "Vì: cột G = F / C × 100, 2 chữ số thập phân",
    );
  });

  test("the preview lists old → new for every edit", () => {
    const lines = previewLines(
      {
        sheet: "s",
        edits: [
          { row: 59, col: 2, before: { value: 280, formula: null, numberFormat: null }, after: { value: 281, formula: "=SUM(C6:C59)", numberFormat: null }, reason: "total", changesDisplayedValue: true },
          { row: 5, col: 6, before: { value: null, formula: null, numberFormat: null }, after: { value: 58.57, formula: null, numberFormat: "0.00" }, reason: "percent", changesDisplayedValue: true },
        ],
        addMerges: [],
        removeMerges: [],
      },
      "vi",
    );
    expect(lines.map((l) => [l.address, l.before, l.after, l.reason])).toEqual([
      ["C60", "280", "281", "tổng"],
      ["G6", "(trống)", "58,57", "tỷ lệ %"],
    ]);
    expect(lines[0].formula).toBe("=SUM(C6:C59)");
  });
});

test("a column's numbers stored as text (4 or more) are one item at its first cell; the counts stay per cell", () => {
  const asText = (row: number, col: number) => ({ code: "NUMBER_AS_TEXT" as const, severity: "warning" as const, row, col, expected: row, actual: String(row) });
  const many: SheetAnalysis = {
    sheet: "S",
    tables: [{ table, relations: [], issues: [5, 6, 7, 8, 9].map((r) => asText(r, 2)).concat([asText(5, 3), asText(6, 3)]) }],
    issues: [],
  };
  const v = buildIssueView(many, "en");
  const items = v.tables[0].groups[0].items;
  expect(items.map((i) => i.address)).toEqual(["C6", "D6", "D7"]);
  expect(items[0].message).toBe('5 cells in column C (C6…C10) hold numbers stored as text (e.g. C6: "5"); Excel will not add them up. "Fill all" writes them back as numbers.');
  expect(items[0].fixable).toBe(false);
  expect(v.summary.warnings).toBe(7);
});

test("one card per cell: the table's arithmetic first, the plan's figure inside it as context, said how they relate", () => {
  // Seed 001's C60: 280 written, the units add up to 281 (an error); a plan rule promises 1,000 (a warning).
  const both: SheetAnalysis = {
    sheet: "KQ 9 tháng",
    tables: [
      {
        table,
        relations: [{ kind: "column-total", row: 59, rows: [5, 6, 58], cols: [2] }],
        issues: [
          { code: "PLAN_TOTAL_MISMATCH", severity: "warning", row: 59, col: 2, expected: 1000, actual: 281 },
          { code: "TOTAL_MISMATCH", severity: "error", row: 59, col: 2, expected: 281, actual: 280, relation: 0 },
          { code: "HARDCODED_TOTAL", severity: "info", row: 59, col: 3 },
        ],
      },
    ],
    issues: [],
  };
  const v = buildIssueView(both, "vi");
  expect(v.summary).toMatchObject({ errors: 1, warnings: 1, infos: 1 });
  expect(v.tables[0].groups.map((g) => [g.severity, g.items.map((i) => i.address)])).toEqual([
    ["error", ["C60"]],
    ["info", ["D60"]],
  ]);
  const card = v.tables[0].groups[0].items[0];
  expect(card).toMatchObject({ code: "TOTAL_MISMATCH", expected: "Đúng ra: 281", fixable: true });
  expect(card.related?.map((r) => [r.code, r.expected, r.actual, r.fixable])).toEqual([["PLAN_TOTAL_MISMATCH", "Kế hoạch: 1.000", "Theo bảng: 281", false]]);
  expect(card.cellNote).toBe(
    "Cùng ô C60: theo phép tính của bảng, ô phải là 281; 1.000 là con số kế hoạch giao, để đối chiếu chứ không phải số ghi vào ô. Sửa theo bảng trước.",
  );
  // The nested finding can still be found by its key (the controller selects and fixes by key).
  expect(findIssueItem(v, card.related![0].key)?.code).toBe("PLAN_TOTAL_MISMATCH");
});
