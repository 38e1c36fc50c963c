import { a1 } from "../../../src/engine/grid";
import { analyzePolicies, checkPolicies, discoverRules, type PolicyRule } from "../../../src/engine/policy/index";
import { buildTable } from "./build-table";
import { SEED_004_PLAN_SENTENCE, SEED_004_ROWS } from "./seed-004";

const GROUP = "Chỉ tiêu phát triển đảng viên";
const built = buildTable({
  captions: ["DANH SÁCH", "GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025", "(Kèm theo Kế hoạch số 104-KH/ĐUK, ngày 06/3/2024 của Ban Thường vụ Đảng ủy Khối)"],
  columns: [
    { path: ["STT"], role: "stt" },
    { path: ["Đơn vị"], role: "kind" },
    { path: ["Đơn vị"], role: "label" },
    ...["Năm 2024", "Năm 2025"].flatMap((year) =>
      ["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"].map((leaf) => ({ path: [GROUP, year, leaf], role: "count" as const })),
    ),
  ],
  rows: SEED_004_ROWS,
});

// Independent arithmetic over the published rows: columns 3..8 are 2024 total/youth/trade, 2025 total/youth/trade.
const sum = (i: number) => SEED_004_ROWS.reduce((s, r) => s + (r[i] as number), 0);
const total2024 = sum(3);
const youth2024 = sum(4);
const total2025 = sum(6);
const youth2025 = sum(7);

const planRules: PolicyRule[] = [
  { kind: "planTotal", column: { header: ["Năm 2024", "Tổng cộng"] }, total: 240, comparison: "equal" },
  { kind: "planTotal", column: { header: ["Năm 2025", "Tổng cộng"] }, total: 240, comparison: "equal" },
  { kind: "minShare", part: { header: ["Năm 2024", "Đoàn viên thanh niên"] }, whole: { header: ["Năm 2024", "Tổng cộng"] }, percent: 70, per: "table" },
  { kind: "minShare", part: { header: ["Năm 2025", "Đoàn viên thanh niên"] }, whole: { header: ["Năm 2025", "Tổng cộng"] }, percent: 70, per: "table" },
];

describe("seed 004 (Bình Định plan 104) against its plan's rules", () => {
  test("the published rows add up to what the issue states", () => {
    expect([total2024, youth2024, total2025, youth2025]).toEqual([260, 176, 232, 166]);
  });

  const issues = checkPolicies(built.grid, built.analysis, planRules);

  test("both years miss the plan total of 240", () => {
    const plan = issues.filter((i) => i.code === "PLAN_TOTAL_MISMATCH");
    expect(plan.map((i) => ({ col: i.col, expected: i.expected, actual: i.actual, severity: i.severity }))).toEqual([
      { col: 3, expected: 240, actual: total2024, severity: "warning" },
      { col: 6, expected: 240, actual: total2025, severity: "warning" },
    ]);
    // No total row: the finding points at the column's own header cell ("Tổng cộng" of the year).
    expect(plan.map((i) => built.grid.values[i.row - built.grid.top][i.col])).toEqual(["Tổng cộng", "Tổng cộng"]);
  });

  test("2024's youth-union share (176 of 260) is below 70 %, 2025's (166 of 232) is not", () => {
    const share = issues.filter((i) => i.code === "SHARE_BELOW_TARGET");
    expect(share).toHaveLength(1);
    expect(share[0].col).toBe(4);
    expect(share[0].expected).toBe(70);
    expect(share[0].actual).toBeCloseTo((youth2024 / total2024) * 100, 2);
    expect(share[0].actual).toBe(67.69);
    expect((youth2025 / total2025) * 100).toBeGreaterThanOrEqual(70);
  });

  test("per-row share flags the units whose youth-union part is below 70 % of their total in 2024", () => {
    const perRow: PolicyRule = { ...(planRules[2] as Extract<PolicyRule, { kind: "minShare" }>), per: "row" };
    const found = checkPolicies(built.grid, built.analysis, [perRow]).map((i) => i.params?.unit);
    const expected = SEED_004_ROWS.filter((r) => r[3] > 0 && r[4] / r[3] < 0.7).map((r) => r[2]);
    expect(found).toEqual(expected);
    expect(found).toContain("Bệnh viện Đa khoa tỉnh Bình Định"); // 13 of 20 = 65 %
  });

  test("a total row moves the plan finding onto the total row's cell", () => {
    const withTotal = buildTable({
      columns: [
        { path: ["STT"], role: "stt" },
        { path: ["Đơn vị"], role: "label" },
        { path: ["Năm 2024"], role: "count" },
      ],
      rows: SEED_004_ROWS.map((r) => [r[0], r[2], r[3]]),
      totalRow: [null, "Tổng cộng", 240], // the stated total is not what the rows add up to
    });
    const [finding] = checkPolicies(withTotal.grid, withTotal.analysis, [planRules[0]].map((r) => ({ ...r, column: { header: ["Năm 2024"] } }) as PolicyRule));
    expect(finding.actual).toBe(total2024);
    expect(a1(finding.row, finding.col)).toBe(a1(withTotal.table.totalRows[0], 2));
  });

  test("the plan's sentence yields the same rules, and checking them gives the same findings", () => {
    const found = discoverRules([SEED_004_PLAN_SENTENCE]);
    expect(found.map((f) => f.rule.kind).sort()).toEqual(["minShare", "minShare", "planTotal", "planTotal"]);
    expect(found.every((f) => SEED_004_PLAN_SENTENCE.includes(f.sourceText))).toBe(true);
    const fromText = checkPolicies(built.grid, built.analysis, found.map((f) => f.rule));
    const key = (i: { code: string; row: number; col: number; expected?: number; actual?: number | string }) => [i.code, i.row, i.col, i.expected, i.actual].join();
    expect(fromText.map(key).sort()).toEqual(issues.map(key).sort());
  });
});

describe("analyzePolicies: found rules are shown, and applied only with discover", () => {
  const withPlanText = buildTable({
    captions: [SEED_004_PLAN_SENTENCE, "DANH SÁCH"],
    columns: [
      { path: ["STT"], role: "stt" },
      { path: ["Đơn vị"], role: "label" },
      ...["Năm 2024", "Năm 2025"].flatMap((year) =>
        ["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"].map((leaf) => ({ path: [year, leaf], role: "count" as const })),
      ),
    ],
    rows: SEED_004_ROWS.map((r) => [r[0], r[2], ...r.slice(3)]),
  });
  const sheet = { sheet: withPlanText.grid.sheet, tables: [withPlanText.analysis], issues: [] };

  test("without discover: four rules listed with their sentence, no finding added", () => {
    const { analysis, found } = analyzePolicies(withPlanText.grid, sheet, {});
    expect(found[0]).toHaveLength(4);
    expect(analysis.tables[0].issues).toEqual([]);
  });

  test("with discover: the plan totals and 2024's share are reported once each, even when also configured", () => {
    const { analysis } = analyzePolicies(withPlanText.grid, sheet, { discover: true, rules: [planRules[0]] });
    expect(analysis.tables[0].issues.map((i) => [i.code, i.actual])).toEqual([
      ["PLAN_TOTAL_MISMATCH", total2024],
      ["PLAN_TOTAL_MISMATCH", total2025],
      ["SHARE_BELOW_TARGET", 67.69],
    ]);
  });
});
