/**
 * The pane's "Quy định" section end to end on the seed 004 fixture (Bình Định plan 104): a saved rule
 * gives its finding in the pane's results, rules found in the captions are shown but never applied
 * until the user adds them, and the ribbon checks the same saved rules.
 */
import { PaneController } from "../../src/taskpane/controller";
import { memorySettingsStore, SETTINGS_KEYS } from "../../src/excel/settings";
import { validateActiveSheetFromRibbon } from "../../src/excel/ribbon-validate";
import { loadPolicyRules } from "../../src/excel/policy-store";
import { serializePolicy, type PolicyRule } from "../../src/engine/policy/index";
import type { CellValue, Grid } from "../../src/engine/grid";
import { emptyRuleForm } from "../../src/taskpane/rule-form";
import { loadFixture, SEED_004 } from "../helpers/fixtures";
import { SEED_004_ROWS } from "../engine/policy/seed-004";
import { MemoryWorkbook } from "./memory-workbook";

// The published rows (independent of the fixture reader): 2024's totals add up to 260, 2025's to 232.
const sum = (i: number) => SEED_004_ROWS.reduce((s, r) => s + (r[i] as number), 0);
const TOTAL_2024 = sum(3);
const TOTAL_2025 = sum(6);

const plan2024: PolicyRule = { kind: "planTotal", column: { header: ["Năm 2024", "Tổng cộng"] }, total: 240, comparison: "equal" };

function items(c: PaneController) {
  // A finding on a cell that has a more severe one is inside that one's card (related).
  return (c.state.view?.tables ?? []).flatMap((t) => t.groups.flatMap((g) => g.items.flatMap((i) => [i, ...(i.related ?? [])])));
}
const planFindings = (c: PaneController) => items(c).filter((i) => i.code === "PLAN_TOTAL_MISMATCH");

async function seed004(): Promise<Grid> {
  return (await loadFixture("seed-004")).find((g) => g.sheet === SEED_004.sheet) as Grid;
}

/** Seed 004 with the plan's sentence (plan 104, section II.1) typed into the blank row 6 above the header. */
function withPlanSentence(grid: Grid): Grid {
  const values = grid.values.map((r) => r.slice()) as CellValue[][];
  values[5 - grid.top][0 - grid.left] = "Năm 2024 và năm 2025, toàn Đảng bộ Khối mỗi năm kết nạp 240 đảng viên mới (đạt trên 4% đảng viên toàn Đảng bộ).";
  return { ...grid, values };
}

test("the seed's published totals", () => {
  expect([TOTAL_2024, TOTAL_2025]).toEqual([260, 232]);
});

test("a rule saved in the workbook gives PLAN_TOTAL_MISMATCH in the pane's results", async () => {
  const store = memorySettingsStore({ [SETTINGS_KEYS.policy]: serializePolicy([plan2024]) });
  const c = new PaneController({ workbook: new MemoryWorkbook(await seed004()), store, displayLanguage: "vi-VN" });
  expect(c.state.rules).toEqual([plan2024]);
  await c.validate();
  const [finding, ...more] = planFindings(c);
  expect(more).toEqual([]);
  expect(finding).toMatchObject({ severity: "warning", col: SEED_004.cols.total2024, expected: "Kế hoạch: 240", actual: `Theo bảng: ${TOTAL_2024}` });
  expect(finding.message).toMatch(/240/);
});

test("adding, editing and removing a rule in the form re-checks the sheet already read", async () => {
  const store = memorySettingsStore();
  const workbook = new MemoryWorkbook(await seed004());
  const c = new PaneController({ workbook, store, displayLanguage: "en-US" });
  await c.validate();
  expect(planFindings(c)).toEqual([]);
  const reads = workbook.reads;

  c.editRule();
  expect(c.state.ruleEdit?.index).toBeNull();
  // A wrong form is kept with its errors and saves nothing.
  await c.saveRuleForm({ ...emptyRuleForm("planTotal"), first: "Năm 2025 / Tổng cộng", amount: "about 240" });
  expect(c.state.ruleEdit?.errors.map((e) => e.field)).toEqual(["amount"]);
  expect(store.get(SETTINGS_KEYS.policy)).toBeUndefined();

  await c.saveRuleForm({ ...emptyRuleForm("planTotal"), first: "Năm 2025 / Tổng cộng", amount: "240" });
  expect(c.state.ruleEdit).toBeUndefined();
  expect(loadPolicyRules(store).rules).toEqual([{ ...plan2024, column: { header: ["Năm 2025", "Tổng cộng"] } }]);
  expect(planFindings(c).map((i) => [i.col, i.expected, i.actual])).toEqual([[SEED_004.cols.total2025, "Plan: 240", `Table: ${TOTAL_2025}`]]);
  expect(workbook.reads).toBe(reads);

  // Editing keeps its place in the list; "at least 240" passes for 2024 (260) but not "exactly".
  c.editRule(0);
  expect(c.state.ruleEdit?.form).toMatchObject({ kind: "planTotal", first: "Năm 2025 / Tổng cộng", amount: "240" });
  await c.saveRuleForm({ ...c.state.ruleEdit!.form, first: "Năm 2024 / Tổng cộng", option: "atLeast" });
  expect(c.state.rules).toHaveLength(1);
  expect(planFindings(c)).toEqual([]);
  c.editRule(0);
  await c.saveRuleForm({ ...c.state.ruleEdit!.form, option: "equal" });
  expect(planFindings(c).map((i) => i.actual)).toEqual([`Table: ${TOTAL_2024}`]);

  await c.removeRule(0);
  expect(c.state.rules).toEqual([]);
  expect(planFindings(c)).toEqual([]);
  expect(store.get(SETTINGS_KEYS.policy)).toBeUndefined();
});

test("rules found in the captions are shown with their sentence, applied only once adopted", async () => {
  const store = memorySettingsStore();
  const c = new PaneController({ workbook: new MemoryWorkbook(withPlanSentence(await seed004())), store, displayLanguage: "vi-VN" });
  await c.validate();
  const found = c.state.found ?? [];
  expect(found.map((f) => [f.saved, f.applied])).toEqual([
    [false, false],
    [false, false],
  ]);
  expect(found[0].source).toMatch(/^theo câu: “Năm 2024 và năm 2025, .*240 đảng viên mới/);
  expect(found[0].text).toMatch(/2024.*240/);
  // Never applied silently.
  expect(planFindings(c)).toEqual([]);

  await c.adoptFoundRule(found[0].key);
  expect(c.state.rules).toEqual([{ kind: "planTotal", column: { header: ["Năm 2024"] }, total: 240, comparison: "equal" }]);
  expect(planFindings(c).map((i) => [i.col, i.expected, i.actual])).toEqual([[SEED_004.cols.total2024, "Kế hoạch: 240", `Theo bảng: ${TOTAL_2024}`]]);
  expect((c.state.found ?? []).map((f) => f.saved)).toEqual([true, false]);
  // Adopting it again adds nothing.
  await c.adoptFoundRule(c.state.found![0].key);
  expect(c.state.rules).toHaveLength(1);
});

test("a damaged saved policy is explained and the sheet is still checked", async () => {
  const store = memorySettingsStore({ [SETTINGS_KEYS.policy]: "{ not json" });
  const c = new PaneController({ workbook: new MemoryWorkbook(await seed004()), store, displayLanguage: "en-US" });
  expect(c.state.rules).toEqual([]);
  expect(c.state.rulesProblem).toMatch(/could not be read/);
  await c.validate();
  expect(c.state.view?.summary.tables).toBe(1);
});

test("the ribbon checks the rules saved in the workbook", async () => {
  const workbook = new MemoryWorkbook(await seed004());
  const { rules } = loadPolicyRules(memorySettingsStore({ [SETTINGS_KEYS.policy]: serializePolicy([plan2024]) }));
  const result = await validateActiveSheetFromRibbon({ workbook, showPane: () => Promise.resolve(), rules });
  const plan = (result.analysis?.tables ?? []).flatMap((t) => t.issues).filter((i) => i.code === "PLAN_TOTAL_MISMATCH");
  expect(plan.map((i) => [i.col, i.expected, i.actual])).toEqual([[SEED_004.cols.total2024, 240, TOTAL_2024]]);
});

test("a saved rule whose column fits several columns is one RULE_NOT_APPLIED warning naming them (issue 12)", async () => {
  // "Đoàn viên thanh niên" is a leaf under both 2024 and 2025 on seed 004: two columns fit, none is their total.
  const ambiguous: PolicyRule = { kind: "planTotal", column: { header: ["Đoàn viên thanh niên"] }, total: 240, comparison: "equal" };
  const store = memorySettingsStore({ [SETTINGS_KEYS.policy]: serializePolicy([ambiguous]) });
  const c = new PaneController({ workbook: new MemoryWorkbook(await seed004()), store, displayLanguage: "en-US" });
  await c.validate();
  const warnings = items(c).filter((i) => i.code === "RULE_NOT_APPLIED");
  expect(warnings).toHaveLength(1);
  expect(warnings[0].message).toMatch(/"Đoàn viên thanh niên" fits 2 columns — E "[^"]*Năm 2024 \/ Đoàn viên thanh niên", H "[^"]*Năm 2025 \/ Đoàn viên thanh niên"/);
});
