import { discoverRules } from "../../../src/engine/policy/index";
import { SEED_004_PLAN_SENTENCE } from "./seed-004";

describe("discoverRules: rules stated without doubt are found", () => {
  test("seed 004: 240 a year for each named year, and ≥ 70 % youth-union for each year", () => {
    const found = discoverRules([SEED_004_PLAN_SENTENCE]);
    expect(found.map((f) => f.rule)).toEqual([
      { kind: "planTotal", column: { header: ["Năm 2024"] }, total: 240, comparison: "equal" },
      { kind: "planTotal", column: { header: ["Năm 2025"] }, total: 240, comparison: "equal" },
      { kind: "minShare", part: { header: ["Năm 2024", "Đoàn viên thanh niên"] }, whole: { header: ["Năm 2024"] }, percent: 70, per: "table" },
      { kind: "minShare", part: { header: ["Năm 2025", "Đoàn viên thanh niên"] }, whole: { header: ["Năm 2025"] }, percent: 70, per: "table" },
    ]);
    expect(found[0].sourceText).toMatch(/^1\. Chỉ tiêu: Năm 2024 và năm 2025, toàn Đảng bộ Khối mỗi năm kết nạp 240/);
    expect(found[2].sourceText).toBe("Trong đó, tỷ lệ đảng viên mới là đoàn viên thanh niên phần đầu đạt từ 70% trở lên.");
    expect(found.every((f) => f.confidence === "high")).toBe(true);
  });

  test("'mỗi năm kết nạp 240' without years gives one plan total on the quota column", () => {
    expect(discoverRules(["Phấn đấu mỗi năm kết nạp 240"]).map((f) => f.rule)).toEqual([
      { kind: "planTotal", column: { header: ["chỉ tiêu|kết nạp"] }, total: 240, comparison: "equal" },
    ]);
  });

  test("Vietnamese and English thousands separators read the same count", () => {
    for (const n of ["6.095", "6,095", "6095"]) {
      const [f] = discoverRules([`Toàn tỉnh thực hiện kết nạp ${n} đảng viên mới.`]);
      expect(f.rule).toMatchObject({ kind: "planTotal", total: 6095 });
    }
  });

  test("decomposed (NFD) text and line breaks read like composed text", () => {
    const nfd = "kết nạp đảng viên mới tối thiểu\nbằng 3,5% tổng số đảng viên".normalize("NFD");
    expect(discoverRules([nfd]).map((f) => f.rule)).toMatchObject([{ kind: "minRate", percent: 3.5, rounding: "up" }]);
  });

  test("'chiếm trên 60%' of a named group is a minimum share", () => {
    expect(discoverRules(["Tỷ lệ đảng viên mới là đoàn viên thanh niên chiếm trên 60%."]).map((f) => f.rule)).toMatchObject([
      { kind: "minShare", part: { header: ["Đoàn viên thanh niên"] }, percent: 60, per: "table" },
    ]);
  });

  test("an English caption stating a minimum rate is found", () => {
    expect(discoverRules(["New admissions of at least 3% of members in every unit."]).map((f) => f.rule)).toMatchObject([
      { kind: "minRate", percent: 3, rounding: "up" },
    ]);
  });
});

describe("discoverRules: ambiguous or descriptive wording finds nothing", () => {
  test.each([
    ["an approximation", "Chỉ tiêu kết nạp năm 2024 khoảng 3% tổng số đảng viên."],
    ["a range (seed 002)", "mỗi năm toàn tỉnh kết nạp từ 4500-5000 đảng viên, các huyện ủy thực hiện theo nghị quyết đại hội."],
    ["a percent without a subject", "Phấn đấu đạt từ 70% trở lên."],
    ["an average of past years (seed 002)", "Từ năm 2020 đến 2022, toàn tỉnh kết nạp 11.328 đảng viên, trung bình mỗi năm kết nạp 3.776 đảng viên."],
    ["a past year's result (seed 002)", "Năm 2020 kết nạp 3293 đảng viên mới, đạt 77,51% chỉ tiêu; năm 2021 kết nạp 4037 đảng viên mới, đạt 90% chỉ tiêu."],
    ["results so far (seed 001)", "Kết quả 9 tháng đầu năm 2023 đã kết nạp được 164 đảng viên, đạt 58,57% so với chỉ tiêu giao (280)."],
    ["what the total amounts to (seed 004)", "(đạt trên 4% đảng viên toàn Đảng bộ)"],
    ["'trên 60%' with no group named before it", "Tỷ lệ kết nạp đạt trên 60% kế hoạch."],
    ["an appendix title", "GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 VÀ NĂM 2025"],
    ["a header saying 'at least' without a rate", "Kết nạp mới đoàn viên năm 2024 (tối thiểu)"],
  ])("%s", (_, text) => {
    expect(discoverRules([text])).toEqual([]);
  });
});

describe("discoverRules over several lines", () => {
  test("the same rule stated twice is found once, with the first sentence", () => {
    const line = "Toàn tỉnh thực hiện kết nạp 6095 đảng viên mới.";
    const found = discoverRules([line, "Ghi chú", line]);
    expect(found).toHaveLength(1);
  });
});
