/**
 * Formula causes: a total whose SUM counts the group sub-totals and their units both. The cause is the
 * range: the total's own cell, the sum of the units, and the formula over the units only.
 */
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { explainIssues } from "../../../src/engine/causes/index";
import { buildTable } from "../checks/table-builder";

test("=SUM(C4:C9) over two groups and their sub-totals (84): the cause is the range, the right total 42", () => {
  // Rows (Excel): 4 "I. Khối huyện" 30, 5–6 units 10 and 20, 7 "II. Khối cơ quan" 12, 8–9 units 5 and 7, 10 total.
  const built = buildTable({
    headers: ["STT", "Đơn vị", "Chỉ tiêu"],
    roles: ["stt", "label", "count"],
    units: [
      ["I", "Khối huyện", 30],
      [1, "Huyện A", 10],
      [2, "Huyện B", 20],
      ["II", "Khối cơ quan", 12],
      [3, "Cơ quan C", 5],
      [4, "Cơ quan D", 7],
    ],
    total: ["", "Tổng cộng", 84],
    subtotals: [
      { row: 3, members: [4, 5] },
      { row: 6, members: [7, 8] },
    ],
    formulas: (r, c) => (r === 9 && c === 2 ? "=SUM(C4:C9)" : r === 3 && c === 2 ? "=SUM(C5:C6)" : r === 6 && c === 2 ? "=SUM(C8:C9)" : null),
  });
  const relations = inferRelations(built.grid, built.table);
  const issues = explainIssues(built.grid, built.table, relations, runChecks(built.grid, built.table, relations));
  const err = issues.find((i) => i.row === 9 && i.col === 2);
  expect(err).toMatchObject({ code: "TOTAL_MISMATCH", expected: 42, actual: 84 });
  expect(err?.cause).toMatchObject({ row: 9, col: 2, value: 42, kind: "formula-range", confidence: "high", formula: "=SUM(C5:C6,C8:C9)" });
});
