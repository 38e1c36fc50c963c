import {
  emptyRuleForm,
  formToRule,
  parseColumnText,
  parseCountText,
  parsePercentText,
  ruleToForm,
  switchKind,
  type RuleForm,
} from "../../src/taskpane/rule-form";
import { parsePolicyJson, serializePolicy, type PolicyRule } from "../../src/engine/policy/index";

const form = (over: Partial<RuleForm>): RuleForm => ({ ...emptyRuleForm(over.kind), ...over });

describe("typed columns", () => {
  test.each([
    ["E", { letter: "E" }],
    ["  AB ", { letter: "AB" }],
    ["cột e", { letter: "E" }],
    ["Column d", { letter: "D" }],
    ["Năm 2024 / Tổng cộng", { header: ["Năm 2024", "Tổng cộng"] }],
    ["Năm 2024/ Đoàn viên thanh niên", { header: ["Năm 2024", "Đoàn viên thanh niên"] }],
    ["tổng cộng | tổng số", { header: ["tổng cộng|tổng số"] }],
    // Lower-case or accented words are header words, not letters.
    ["Nữ", { header: ["Nữ"] }],
    ["số đảng viên", { header: ["số đảng viên"] }],
  ])("%s", (text, ref) => {
    expect(parseColumnText(text)).toEqual(ref);
  });

  test("nothing usable", () => {
    expect(parseColumnText("  ")).toBeUndefined();
    expect(parseColumnText(" / / ")).toBeUndefined();
  });
});

describe("typed numbers", () => {
  test("percents either way, with or without %", () => {
    expect(parsePercentText("3,5")).toBe(3.5);
    expect(parsePercentText("3.5")).toBe(3.5);
    expect(parsePercentText("70 %")).toBe(70);
    expect(parsePercentText("ba")).toBeUndefined();
    expect(parsePercentText("3,5,1")).toBeUndefined();
  });

  test("counts with Vietnamese, English or no thousands separators", () => {
    expect(parseCountText("240")).toBe(240);
    expect(parseCountText("6.095")).toBe(6095);
    expect(parseCountText("6,095")).toBe(6095);
    expect(parseCountText("6 095")).toBe(6095);
    expect(parseCountText("240,5")).toBeUndefined();
    expect(parseCountText("-3")).toBeUndefined();
  });
});

describe("form → rule", () => {
  test("plan total 240 for 2024's total column", () => {
    const r = formToRule(form({ kind: "planTotal", first: "Năm 2024 / Tổng cộng", amount: "240", label: " Năm 2024 " }));
    expect(r).toEqual({
      ok: true,
      rule: { kind: "planTotal", label: "Năm 2024", column: { header: ["Năm 2024", "Tổng cộng"] }, total: 240, comparison: "equal" },
    });
  });

  test("minimum share of youth-union members, 70 %", () => {
    const r = formToRule(form({ kind: "minShare", first: "Năm 2024 / Đoàn viên thanh niên", second: "Năm 2024 / Tổng cộng", amount: "70" }));
    expect(r).toEqual({
      ok: true,
      rule: {
        kind: "minShare",
        part: { header: ["Năm 2024", "Đoàn viên thanh niên"] },
        whole: { header: ["Năm 2024", "Tổng cộng"] },
        percent: 70,
        per: "table",
      },
    });
  });

  test("minimum rate 3,5 % of column C, nearest", () => {
    const r = formToRule(form({ kind: "minRate", first: "Chỉ tiêu mới", second: "C", amount: "3,5", option: "nearest" }));
    expect(r).toEqual({
      ok: true,
      rule: { kind: "minRate", quota: { header: ["Chỉ tiêu mới"] }, members: { letter: "C" }, percent: 3.5, rounding: "nearest" },
    });
  });

  test("every wrong field is named", () => {
    const r = formToRule(form({ kind: "minShare", first: "", second: " ", amount: "0", option: "equal" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.key])).toEqual([
      ["first", "pane.rules.error.column"],
      ["second", "pane.rules.error.column"],
      ["amount", "pane.rules.error.percent"],
      ["option", "pane.rules.error.option"],
    ]);
    const over = formToRule(form({ kind: "minRate", first: "E", second: "C", amount: "100,5" }));
    expect(over.ok ? [] : over.errors.map((e) => e.field)).toEqual(["amount"]);
    const total = formToRule(form({ kind: "planTotal", first: "E", amount: "khoảng 240" }));
    expect(total.ok ? [] : total.errors.map((e) => e.key)).toEqual(["pane.rules.error.total"]);
  });

  test("a planTotal rule ignores the second column field", () => {
    expect(formToRule(form({ kind: "planTotal", first: "E", second: "", amount: "6.095", option: "atLeast" }))).toEqual({
      ok: true,
      rule: { kind: "planTotal", column: { letter: "E" }, total: 6095, comparison: "atLeast" },
    });
  });
});

describe("rule → form → rule", () => {
  const rules: PolicyRule[] = [
    { kind: "planTotal", label: "Năm 2025", column: { header: ["Năm 2025", "Tổng cộng"] }, total: 240, comparison: "equal" },
    { kind: "minShare", part: { letter: "E" }, whole: { letter: "D" }, percent: 70, per: "row", scope: { table: 2 } },
    { kind: "minRate", quota: { header: ["chỉ tiêu|kết nạp"] }, members: { header: ["số đảng viên"] }, percent: 3.5, rounding: "up", scope: { sheet: "Phụ lục" } },
  ];

  test.each(rules.map((r) => [r.kind, r] as const))("%s comes back the same, scope kept", (_kind, rule) => {
    for (const lang of ["vi", "en"] as const) expect(formToRule(ruleToForm(rule, lang))).toEqual({ ok: true, rule });
  });

  test("percents are shown the language's way", () => {
    expect(ruleToForm(rules[2], "vi").amount).toBe("3,5");
    expect(ruleToForm(rules[2], "en").amount).toBe("3.5");
  });

  test("what the form gives is what a policy file gives", () => {
    const made = rules.map((r) => {
      const back = formToRule(ruleToForm(r, "vi"));
      if (!back.ok) throw new Error("form rejected a valid rule");
      return back.rule;
    });
    expect(parsePolicyJson(serializePolicy(made))).toEqual({ ok: true, rules });
  });
});

test("switching kind keeps the typed text and resets an option the new kind lacks", () => {
  const f = form({ kind: "minRate", first: "Năm 2024", amount: "3", option: "nearest" });
  expect(switchKind(f, "planTotal")).toEqual({ ...f, kind: "planTotal", option: "equal" });
  expect(switchKind(form({ kind: "minShare", option: "row" }), "minShare").option).toBe("row");
});
