import * as path from "path";
import { loadPolicyFile } from "../../../src/cli/policy-file";
import { checkPolicies, discoverRules, ruleStatus, type PolicyRule } from "../../../src/engine/policy/index";
import { buildTable } from "./build-table";

// Seed 000 (Hưng Yên, KL 733), as published: unit, members on 31/12/2023, old quota, new quota.
const UNITS: readonly (readonly [string, number, number, number])[] = [
  ["TP Hưng Yên", 7715, 217, 315],
  ["TX Mỹ Hào", 5958, 176, 209],
  ["Kim Động", 6446, 194, 299],
  ["Ân Thi", 7933, 235, 278],
  ["Khoái Châu", 9417, 278, 330],
  ["Văn Giang", 5054, 146, 177],
  ["Phù Cừ", 5084, 150, 178],
  ["Yên Mỹ", 6725, 200, 235],
  ["Tiên Lữ", 5418, 162, 243],
  ["Văn Lâm", 5697, 168, 199],
  ["ĐUK CQ-DN", 4293, 144, 150],
  ["Công an tỉnh", 972, 30, 30],
  ["Quân sự tỉnh", 463, 12, 12],
];
const TOTAL = ["Tổng cộng", 71175, 2112, 2655] as const;
const CAPTIONS = [
  "TỈNH ỦY HƯNG YÊN",
  "PHỤ LỤC",
  "V/v giao chỉ tiêu phát triển tổ chức đảng, đảng viên; tổ chức đoàn thể, đoàn viên năm 2024 của giai đoạn 2023 - 2025",
  "(Kèm theo Kết luận số 733 -KL/TU ngày 16/02/2024 của Ban Thường vụ Tỉnh ủy)",
];

const NEW_QUOTA = ["Phát triển đảng viên mới năm 2024"];
const PRIVATE = ["Chỉ tiêu phát triển tổ chức đảng, đảng viên trong đơn vị kinh tế tư nhân", "Chỉ tiêu phát triển đảng viên năm 2024 (tối thiểu)"];

function seed000(asText: boolean) {
  // "-text" variant: numbers stored as text with English thousands separators, as users paste them.
  const cell = (n: number) => (asText ? n.toLocaleString("en-US") : n);
  return buildTable({
    captions: CAPTIONS,
    columns: [
      { path: ["Stt"], role: "stt" },
      { path: ["Đảng bộ"], role: "label" },
      { path: ["Tổng số đảng viên hiện có tính đến ngày 31/12/2023"], role: "count" },
      { path: [...NEW_QUOTA, "Chỉ tiêu cũ theo TB 1060 - TB/TU"], role: "count" },
      { path: [...NEW_QUOTA, "Chỉ tiêu mới"], role: "count" },
      { path: [...PRIVATE, "Đối với nơi đã có tổ chức đảng", "Chỉ tiêu cũ"], role: "count" },
      { path: [...PRIVATE, "Đối với nơi đã có tổ chức đảng", "Chỉ tiêu mới"], role: "count" },
    ],
    rows: UNITS.map(([name, members, oldQ, newQ], i) => [i + 1, name, cell(members), cell(oldQ), cell(newQ), null, null]),
    totalRow: [null, TOTAL[0], cell(TOTAL[1]), cell(TOTAL[2]), cell(TOTAL[3]), null, null],
  });
}

/** 3.5 % of m rounded half up, in whole-number arithmetic: round(m × 35 / 1000) = ⌊(m × 35 + 500) / 1000⌋. */
const nearest35 = (m: number) => Math.floor((m * 35 + 500) / 1000);

const RULE: PolicyRule = {
  kind: "minRate",
  quota: { header: ["Phát triển đảng viên mới", "Chỉ tiêu mới"] },
  members: { header: ["Tổng số đảng viên"] },
  percent: 3.5,
  rounding: "nearest",
};

describe("seed 000 (Hưng Yên KL 733): new quota ≥ 3.5 % of members, nearest", () => {
  const expectedBelow = [...UNITS, TOTAL].filter(([, members, , newQ]) => newQ < nearest35(members));

  test.each([false, true])("flags exactly the rows below the minimum (numbers as text: %s)", (asText) => {
    const { grid, analysis, table } = seed000(asText);
    const issues = checkPolicies(grid, analysis, [RULE]);
    expect(issues.map((i) => i.params?.unit)).toEqual(expectedBelow.map((u) => u[0]));
    expect(issues.map((i) => [i.expected, i.actual])).toEqual(expectedBelow.map(([, m, , q]) => [nearest35(m), q]));
    expect(issues.every((i) => i.code === "BELOW_MIN_RATE" && i.severity === "warning" && i.col === 4)).toBe(true);
    expect(issues.map((i) => i.row)).toEqual(expectedBelow.map((u) => table.dataRows[UNITS.indexOf(u as (typeof UNITS)[number])]));
  });

  test("the rows below are the two armed-forces units (972 → 34 > 30; 463 → 16 > 12)", () => {
    expect(expectedBelow.map((u) => u[0])).toEqual(["Công an tỉnh", "Quân sự tỉnh"]);
  });

  test("rounding up instead of nearest also catches the units whose 3.5 % ends in .5 or more below the quota", () => {
    const up = checkPolicies(seed000(false).grid, seed000(false).analysis, [{ ...RULE, rounding: "up" } as PolicyRule]);
    const ceil35 = (m: number) => Math.floor((m * 35 + 999) / 1000);
    const expected = [...UNITS, TOTAL].filter(([, m, , q]) => q < ceil35(m)).map((u) => u[0]);
    expect(up.map((i) => i.params?.unit)).toEqual(expected);
  });

  test("a bare 'Chỉ tiêu mới' is ambiguous here (two columns) and is not checked against a guess", () => {
    const { grid, analysis } = seed000(false);
    const vague: PolicyRule = { ...RULE, quota: { header: ["Chỉ tiêu mới"] } } as PolicyRule;
    expect(checkPolicies(grid, analysis, [vague])).toEqual([]);
    const status = ruleStatus(analysis, vague);
    expect(status.state).toBe("unresolved");
    if (status.state === "unresolved") expect(status.resolution).toEqual({ ok: false, reason: "ambiguous", candidates: [4, 6] });
  });

  test("an explicit column letter works as well as header words", () => {
    const { grid, analysis } = seed000(false);
    const byLetter = { ...RULE, quota: { letter: "E" }, members: { letter: "C" } } as PolicyRule;
    expect(checkPolicies(grid, analysis, [byLetter]).map((i) => i.params?.unit)).toEqual(["Công an tỉnh", "Quân sự tỉnh"]);
  });

  test("a rule scoped to another table or sheet is not applied", () => {
    const { grid, analysis } = seed000(false);
    expect(checkPolicies(grid, analysis, [{ ...RULE, scope: { table: 2 } }])).toEqual([]);
    expect(checkPolicies(grid, analysis, [{ ...RULE, scope: { sheet: "Sheet2" } }])).toEqual([]);
    expect(checkPolicies(grid, analysis, [{ ...RULE, scope: { sheet: "phụ lục", table: 1 } }])).toHaveLength(2);
  });

  test("samples/hung-yen-kl733.policy.json gives the same findings", async () => {
    const rules = await loadPolicyFile(path.resolve(__dirname, "../../../samples/hung-yen-kl733.policy.json"));
    const { grid, analysis } = seed000(false);
    expect(checkPolicies(grid, analysis, rules).map((i) => i.params?.unit)).toEqual(["Công an tỉnh", "Quân sự tỉnh"]);
  });

  test("the appendix's captions state no rule (3.5 % is not written anywhere)", () => {
    expect(discoverRules(CAPTIONS)).toEqual([]);
  });
});
