import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadPolicyFile, PolicyFileError } from "../../../src/cli/policy-file";
import { describeProblem, describeRule, parsePolicyJson, serializePolicy, type PolicyRule } from "../../../src/engine/policy/index";
import { describeFoundRule } from "../../../src/engine/policy/describe";

const SAMPLES = path.resolve(__dirname, "../../../samples");

describe("parsePolicyJson", () => {
  test("reads every rule kind and fills in the documented defaults", () => {
    const result = parsePolicyJson(
      JSON.stringify({
        version: 1,
        rules: [
          { kind: "minRate", quota: { letter: "e" }, members: { header: ["Tổng số đảng viên"] }, percent: 3 },
          { kind: "minShare", part: { header: ["Đoàn viên thanh niên"] }, whole: { header: ["Tổng cộng"] }, percent: 70 },
          { kind: "planTotal", column: { header: ["Năm 2024"] }, total: 240, scope: { sheet: "Danh sách", table: 1 }, label: "240" },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      rules: [
        { kind: "minRate", quota: { letter: "E" }, members: { header: ["Tổng số đảng viên"] }, percent: 3, rounding: "up" },
        { kind: "minShare", part: { header: ["Đoàn viên thanh niên"] }, whole: { header: ["Tổng cộng"] }, percent: 70, per: "table" },
        { kind: "planTotal", label: "240", scope: { sheet: "Danh sách", table: 1 }, column: { header: ["Năm 2024"] }, total: 240, comparison: "equal" },
      ],
    });
  });

  test("a bare array of rules is accepted", () => {
    const r = parsePolicyJson('[{"kind":"planTotal","column":{"letter":"D"},"total":280}]');
    expect(r.ok && r.rules).toEqual([{ kind: "planTotal", column: { letter: "D" }, total: 280, comparison: "equal" }]);
  });

  test("every bad field is reported with its path", () => {
    const r = parsePolicyJson(
      JSON.stringify({
        rules: [
          { kind: "minRate", quota: { letter: "E1" }, members: { header: [] }, percent: 0, rounding: "down" },
          { kind: "planTotal", column: { header: ["Năm 2024"] }, total: "240", percnt: 3 },
          { kind: "maxRate" },
          { kind: "minShare", part: { letter: "E" }, whole: { letter: "D" }, percent: 70, scope: { table: 0 } },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.key, p.params.path])).toEqual([
      ["policy.error.letter", "rules[0].quota.letter"],
      ["policy.error.header", "rules[0].members.header"],
      ["policy.error.percent", "rules[0].percent"],
      ["policy.error.choice", "rules[0].rounding"],
      ["policy.error.unknownField", "rules[1].percnt"],
      ["policy.error.number", "rules[1].total"],
      ["policy.error.kind", "rules[2].kind"],
      ["policy.error.tableIndex", "rules[3].scope.table"],
    ]);
    expect(describeProblem(r.problems[2], "vi")).toBe("rules[0].percent: tỷ lệ phần trăm phải lớn hơn 0 và không quá 100 (đang là 0).");
    expect(describeProblem(r.problems[4], "en")).toBe("rules[1].percnt: unknown field.");
  });

  test("text that is not JSON, or JSON without rules, is a problem, not an exception", () => {
    const bad = parsePolicyJson("{ rules: [");
    // Where the syntax breaks (line 1, column 3: the unquoted name), never the parser's English sentence.
    expect(bad.ok === false && bad.problems[0]).toEqual({ key: "policy.error.jsonAt", params: { path: "$", line: 1, column: 3, near: "rules: [" } });
    const none = parsePolicyJson('{"version": 2}');
    expect(none.ok === false && none.problems.map((p) => p.key)).toEqual(["policy.error.version", "policy.error.rules"]);
  });

  test("serializePolicy writes what parsePolicyJson reads back (the pane's document setting)", () => {
    const rules: PolicyRule[] = [
      { kind: "minRate", label: "3,5%", quota: { header: ["Chỉ tiêu mới"] }, members: { letter: "C" }, percent: 3.5, rounding: "nearest" },
      { kind: "planTotal", column: { header: ["Năm 2025", "tổng cộng|tổng số"] }, total: 240, comparison: "atLeast", scope: { table: 2 } },
    ];
    expect(parsePolicyJson(serializePolicy(rules))).toEqual({ ok: true, rules });
  });
});

describe("samples/*.policy.json", () => {
  test.each(["binh-dinh-kh104.policy.json", "hung-yen-kl733.policy.json"])("%s is a valid policy", (name) => {
    const r = parsePolicyJson(fs.readFileSync(path.join(SAMPLES, name), "utf8"));
    expect(r.ok).toBe(true);
  });
});

describe("loadPolicyFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("reads seed 004's sample: two plan totals and two shares", async () => {
    const rules = await loadPolicyFile(path.join(SAMPLES, "binh-dinh-kh104.policy.json"));
    expect(rules.map((r) => r.kind)).toEqual(["planTotal", "planTotal", "minShare", "minShare"]);
  });

  test("a missing file is a PolicyFileError 'not-found' with a catalogue message", async () => {
    const file = path.join(dir, "none.json");
    const err = await loadPolicyFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyFileError);
    expect((err as PolicyFileError).code).toBe("not-found");
    expect((err as PolicyFileError).render("en")).toBe(`Policy file not found: ${file}`);
  });

  test("an invalid file lists each problem with its path", async () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, '\uFEFF{"rules":[{"kind":"planTotal","column":{"header":["Năm 2024"]},"total":-1}]}');
    const err = (await loadPolicyFile(file).catch((e: unknown) => e)) as PolicyFileError;
    expect(err.code).toBe("invalid");
    expect(err.render("vi").split("\n")).toEqual([
      `Tệp quy định ${file} có 1 lỗi:`,
      "  - rules[0].total: tổng kế hoạch không được âm (đang là -1).",
    ]);
  });
});

describe("rules in words", () => {
  test("describeRule names the columns, numbers and rounding in the user's language", () => {
    const rule: PolicyRule = { kind: "minRate", quota: { letter: "E" }, members: { header: ["Tổng số đảng viên"] }, percent: 3.5, rounding: "nearest" };
    expect(describeRule(rule, "vi")).toBe("Chỉ tiêu (cột E) tối thiểu bằng 3,5% của cột “Tổng số đảng viên”, làm tròn thông thường");
    expect(describeRule(rule, "en")).toBe("Quota (column E) at least 3.5% of column “Tổng số đảng viên”, rounded to the nearest");
    const plan: PolicyRule = { kind: "planTotal", column: { header: ["Năm 2024", "tổng cộng|tổng số"] }, total: 6095, comparison: "equal", scope: { table: 1 } };
    expect(describeRule(plan, "vi")).toBe("Tổng cột “Năm 2024 / tổng cộng hoặc tổng số” bằng tổng kế hoạch 6.095 (bảng thứ 1)");
  });

  test("a found rule is shown with the sentence it came from", () => {
    const text = describeFoundRule(
      { rule: { kind: "planTotal", column: { header: ["Năm 2024"] }, total: 240, comparison: "equal" }, sourceText: "mỗi năm kết nạp 240", confidence: "high" },
      "en",
    );
    expect(text).toBe("Rule found (clear): The sum of column “Năm 2024” equals the plan total 240 — from: “mỗi năm kết nạp 240”");
  });
});
