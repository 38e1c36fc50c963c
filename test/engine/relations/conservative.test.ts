/**
 * Conservativeness: columns of unrelated numbers — even under a "Tổng cộng" header — must not produce a
 * parts or percent relation, and so no error. A false relation would flag correct cells.
 */
import fc from "fast-check";
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { buildTable } from "../checks/table-builder";

describe("no relation is invented from unrelated numbers", () => {
  it("random count columns give no parts/percent relation and no error", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 5 }), { minLength: 3, maxLength: 30 }),
        (values) => {
          // A real table never has a "total" that is unrelated to everything; skip draws where it happens to add up.
          fc.pre(!values.some((v) => v[4] === v[0] + v[1] || v[4] === v[2] + v[3]));
          const built = buildTable({
            headers: ["STT", "Đơn vị", "Đảng viên", "Chỉ tiêu", "Đã kết nạp", "Nguồn", "Tổng cộng"],
            roles: ["stt", "label", "count", "count", "count", "count", "count"],
            units: values.map((v, i) => [i + 1, `Đơn vị ${i + 1}`, ...v]),
          });
          const relations = inferRelations(built.grid, built.table);
          expect(relations.filter((r) => r.kind !== "column-total")).toEqual([]);
          expect(runChecks(built.grid, built.table, relations).filter((i) => i.severity === "error")).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
