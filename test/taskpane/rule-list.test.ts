/** The saved rule list after each edit of the "Quy định" section. */
import type { PolicyRule } from "../../src/engine/policy/index";
import { formFor, withAdoptedRule, withSavedRule, withoutRule } from "../../src/taskpane/rule-list";

const plan2024: PolicyRule = { kind: "planTotal", column: { header: ["Năm 2024", "Tổng cộng"] }, total: 240, comparison: "equal" };
const plan2025: PolicyRule = { kind: "planTotal", column: { header: ["Năm 2025", "Tổng cộng"] }, total: 240, comparison: "equal" };
const youth: PolicyRule = { kind: "minShare", part: { header: ["Năm 2024", "Đoàn viên thanh niên"] }, whole: { header: ["Năm 2024", "Tổng cộng"] }, percent: 70, per: "table" };

test("a saved form replaces the rule it edited, or is added at the end", () => {
  expect(withSavedRule([plan2024, youth], 0, plan2025)).toEqual([plan2025, youth]);
  expect(withSavedRule([plan2024], null, youth)).toEqual([plan2024, youth]);
  // An index that no longer exists (the list changed meanwhile) adds rather than overwrites.
  expect(withSavedRule([plan2024], 5, youth)).toEqual([plan2024, youth]);
});

test("removing takes out exactly that rule; a missing index changes nothing", () => {
  expect(withoutRule([plan2024, plan2025, youth], 1)).toEqual([plan2024, youth]);
  expect(withoutRule([plan2024], 3)).toBeUndefined();
  expect(withoutRule([plan2024], -1)).toBeUndefined();
});

test("a found rule is added once: the same rule again (another label or scope) is not", () => {
  expect(withAdoptedRule([plan2024], youth)).toEqual([plan2024, youth]);
  expect(withAdoptedRule([plan2024, youth], { ...youth, label: "ĐVTN ≥ 70%", scope: { table: 1 } })).toBeUndefined();
});

test("the form opens empty for a new rule and filled for a saved one", () => {
  expect(formFor([plan2024], undefined, "vi")).toMatchObject({ index: null, form: { kind: "planTotal", amount: "" } });
  expect(formFor([plan2024], 7, "vi")).toMatchObject({ index: null });
  const edit = formFor([plan2024, youth], 1, "vi");
  expect(edit.index).toBe(1);
  expect(edit.form).toMatchObject({ kind: "minShare", amount: "70" });
});
