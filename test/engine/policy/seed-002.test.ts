import { fromTotal } from "../../../src/engine/quota/index";
import { checkPolicies, discoverRules, minimumQuota, type PolicyRule } from "../../../src/engine/policy/index";
import { buildTable } from "./build-table";

// Seed 002 (Nghệ An, CV 1657-CV/TU): the rule as the province wrote it.
const SEED_002_RULE_SENTENCE =
  "Theo đó, các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy kết nạp đảng viên mới năm 2023 tối thiểu bằng 3% tổng số đảng viên năm 2022, toàn tỉnh thực hiện kết nạp 6095 đảng viên mới.";

// Seed 002 publishes no per-unit table, so the rule is applied to real member counts from seed 000's appendix.
const MEMBERS = [7715, 5958, 6446, 7933, 9417, 5054, 5084, 6725, 5418, 5697, 4293, 972, 463];

/** 3 % rounded up ("tối thiểu"), in whole-number arithmetic: ⌈3m / 100⌉ = ⌊(3m + 99) / 100⌋. */
const atLeast3 = (m: number) => Math.floor((3 * m + 99) / 100);

describe("seed 002: 'tối thiểu bằng 3% tổng số đảng viên' and QUOTA.FROMTOTAL agree", () => {
  const [found] = discoverRules([SEED_002_RULE_SENTENCE]).filter((f) => f.rule.kind === "minRate");

  test("the sentence states a minimum rate of 3 %, rounded up", () => {
    expect(found.rule).toMatchObject({ kind: "minRate", percent: 3, rounding: "up" });
    expect(found.sourceText).toBe(SEED_002_RULE_SENTENCE);
  });

  test("FROMTOTAL and the policy minimum give the same quota for every unit, and both match ⌈3 % × members⌉", () => {
    for (const m of MEMBERS) {
      const fn = fromTotal(m, 0.03, "up");
      expect(fn).toEqual({ ok: true, value: atLeast3(m) });
      expect(minimumQuota(m, 3, "up")).toBe(atLeast3(m));
    }
  });

  test("quotas set with FROMTOTAL pass the policy; one member fewer is flagged with FROMTOTAL's value as expected", () => {
    const quotaFor = (m: number, i: number) => {
      const r = fromTotal(m, 0.03, "up");
      if (!r.ok) throw new Error("FROMTOTAL failed");
      return i % 3 === 0 ? r.value - 1 : r.value; // every third unit one short
    };
    const { grid, analysis } = buildTable({
      columns: [
        { path: ["STT"], role: "stt" },
        { path: ["Đơn vị"], role: "label" },
        { path: ["Tổng số đảng viên năm 2022"], role: "count" },
        { path: ["Chỉ tiêu kết nạp năm 2023"], role: "count" },
      ],
      rows: MEMBERS.map((m, i) => [i + 1, `Đơn vị ${i + 1}`, m, quotaFor(m, i)]),
    });
    const issues = checkPolicies(grid, analysis, [found.rule]);
    const short = MEMBERS.map((m, i) => ({ m, i })).filter(({ i }) => i % 3 === 0);
    expect(issues.map((i) => i.params?.unit)).toEqual(short.map(({ i }) => `Đơn vị ${i + 1}`));
    expect(issues.map((i) => [i.expected, i.actual])).toEqual(short.map(({ m }) => [atLeast3(m), atLeast3(m) - 1]));
  });

  test("the province-wide 6,095 is found as a plan total", () => {
    const plan = discoverRules([SEED_002_RULE_SENTENCE]).filter((f) => f.rule.kind === "planTotal");
    expect(plan.map((f) => f.rule)).toEqual([
      { kind: "planTotal", column: { header: ["chỉ tiêu|kết nạp"] }, total: 6095, comparison: "equal" },
    ]);
    expect(plan[0].confidence).toBe("medium");
  });

  test("a quota exactly at 3 % of a round membership is not flagged (no floating-point shortfall)", () => {
    const rule: PolicyRule = { kind: "minRate", quota: { letter: "D" }, members: { letter: "C" }, percent: 3, rounding: "up" };
    const { grid, analysis } = buildTable({
      columns: [
        { path: ["STT"], role: "stt" },
        { path: ["Đơn vị"], role: "label" },
        { path: ["Đảng viên"], role: "count" },
        { path: ["Chỉ tiêu"], role: "count" },
      ],
      rows: [[1, "A", 100, 3], [2, "B", 1900, 57], [3, "C", 700, 21]],
    });
    expect(checkPolicies(grid, analysis, [rule])).toEqual([]);
  });
});
