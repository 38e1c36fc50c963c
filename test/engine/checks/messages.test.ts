/** Every issue code has a message in both languages, and every issue the checks produce renders completely. */
import { SEVERITY, type IssueCode, type Issue } from "../../../src/engine/model";
import { messages, t } from "../../../src/i18n/index";
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { buildTable } from "./table-builder";

const placeholders = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe("issue messages", () => {
  const codes = Object.keys(SEVERITY) as IssueCode[];

  it.each(codes)("issue.%s exists in Vietnamese and English with the same placeholders", (code) => {
    const m = messages[`issue.${code}`];
    expect(m).toBeDefined();
    expect(m.vi.trim()).not.toBe("");
    expect(m.en.trim()).not.toBe("");
    expect(m.vi).not.toBe(m.en);
    expect(placeholders(m.vi)).toEqual(placeholders(m.en));
  });

  it("renders every issue of a table full of problems with nothing left unfilled", () => {
    const built = buildTable({
      headers: ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng", "Tỷ lệ %", "Còn thiếu"],
      roles: ["stt", "label", "count", "count", "count", "count", "percent", "count"],
      units: [
        [1, "Xã An Hòa", 7, 3, 0, 3, 42.85, 4],
        [2, "Xã Cổ Am", 8, 1, 1, 2, 25, 6],
        [4, "Xã Cao Minh", 9, 6, 1, 7, 77.78, 2],
        [5, "Xã Cổ Am", 5, "abc", 0, 0, 0, 5],
        [6, "Xã Hùng Tiến", 6, 2, 1, 3, 50, 3],
        [7, "Xã Lý Học", -2, 1.5, 0, 1.5, 0, 0],
        [8, "Xã Tam Đa", 10, 5, 0, 5, 60, 5],
        [9, "Xã Tân Liên", 4, "2", 1, 3, 75, 1],
        [10, "Xã Vĩnh An", 6, 3, 0, 4, 66.67, 3],
      ],
      total: ["", "Tổng cộng", 99, { error: "#REF!" }, 4, 28, 50, 29],
      formulas: (r, c) => (c === 5 && r === 12 ? "=SUM(F4:F10)" : null),
    });
    const issues: Issue[] = runChecks(built.grid, built.table, inferRelations(built.grid, built.table));
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(8);
    for (const issue of issues) {
      for (const lang of ["vi", "en"] as const) {
        const text = t(`issue.${issue.code}`, lang, issue.params);
        expect({ code: issue.code, text }).toEqual({ code: issue.code, text: expect.not.stringMatching(/\{\w+\}/) });
      }
    }
  });
});
