/**
 * The saved rules travel with the workbook: written through Office's document settings (a fake
 * Office.Settings here) as policy-file JSON, and read back when the workbook is opened again.
 */
import { loadPolicyRules, savePolicyRules } from "../../src/excel/policy-store";
import { officeSettingsStore, SETTINGS_KEYS } from "../../src/excel/settings";
import { parsePolicyJson, type PolicyRule } from "../../src/engine/policy/index";

/** Office.Settings as Office keeps them: changes live in memory until saveAsync writes them to the file. */
class FakeDocumentSettings {
  private live = new Map<string, unknown>();
  saves = 0;
  constructor(public file: { [key: string]: unknown } = {}) {
    for (const k of Object.keys(file)) this.live.set(k, file[k]);
  }
  get(name: string): unknown {
    return this.live.has(name) ? this.live.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, value);
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(callback?: (r: { status: string }) => void): void {
    this.saves++;
    const file: { [key: string]: unknown } = {};
    this.live.forEach((v, k) => (file[k] = JSON.parse(JSON.stringify(v))));
    this.file = file;
    if (callback) callback({ status: "succeeded" });
  }
}

const g = globalThis as unknown as { Office?: unknown };
beforeAll(() => {
  g.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
});
afterAll(() => {
  delete g.Office;
});

const store = (s: FakeDocumentSettings) => officeSettingsStore(s as unknown as Office.Settings);

const rules: PolicyRule[] = [
  { kind: "planTotal", label: "Năm 2024", column: { header: ["Năm 2024", "Tổng cộng"] }, total: 240, comparison: "equal" },
  { kind: "minRate", quota: { letter: "E" }, members: { letter: "C" }, percent: 3.5, rounding: "nearest", scope: { table: 1 } },
];

test("rules saved in one session are read back from the file in the next", async () => {
  const doc = new FakeDocumentSettings();
  await savePolicyRules(store(doc), rules);
  expect(doc.saves).toBe(1);
  // Stored as the text of a policy file: the same JSON `quota-check --policy` reads.
  const text = doc.file[SETTINGS_KEYS.policy];
  expect(typeof text).toBe("string");
  expect(parsePolicyJson(text as string)).toEqual({ ok: true, rules });

  const reopened = new FakeDocumentSettings(doc.file);
  expect(loadPolicyRules(store(reopened))).toEqual({ rules, problems: [] });
});

test("no setting: no rules; removing every rule removes the setting", async () => {
  const doc = new FakeDocumentSettings();
  expect(loadPolicyRules(store(doc))).toEqual({ rules: [], problems: [] });
  await savePolicyRules(store(doc), rules);
  await savePolicyRules(store(doc), []);
  expect(SETTINGS_KEYS.policy in doc.file).toBe(false);
});

test("a damaged setting is reported, its rules left out, and the pane still opens", () => {
  const doc = new FakeDocumentSettings({ [SETTINGS_KEYS.policy]: '{"version":1,"rules":[{"kind":"planTotal","column":{"letter":"E"},"total":-1}]}' });
  const saved = loadPolicyRules(store(doc));
  expect(saved.rules).toEqual([]);
  expect(saved.problems.map((p) => [p.key, p.params.path])).toEqual([["policy.error.total", "rules[0].total"]]);
});
