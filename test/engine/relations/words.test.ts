import { areAlternatives, isPartsGroupHeader, isSubsetHeader, isTotalHeader } from "../../../src/engine/relations/words";
import type { Column } from "../../../src/engine/model";

const col = (header: string): Column => ({ col: 0, header, path: [header], role: "count" });

describe("header words", () => {
  it("recognises totals whatever the case and diacritics", () => {
    for (const h of ["Tổng cộng", "TỔNG CỘNG", "Tổng số", "Cộng", "Cộng (1+2)", "Tong so dang vien"]) expect(isTotalHeader(h)).toBe(true);
    for (const h of ["Đoàn viên thanh niên", "Chỉ tiêu giao", "Cộng Hiền", "Tổng hợp ý kiến"]) expect(isTotalHeader(h)).toBe(false);
  });
  it("tells parts groups from subsets", () => {
    expect(isPartsGroupHeader("Chia ra")).toBe(true);
    expect(isSubsetHeader("Trong đó")).toBe(true);
    expect(isSubsetHeader("Chia ra")).toBe(false);
  });
  it("sees old/new quotas as alternatives (seed 000)", () => {
    expect(areAlternatives(col("Chỉ tiêu cũ theo TB 1060 - TB/TU"), col("Chỉ tiêu mới"))).toBe(true);
    expect(areAlternatives(col("Đã kết nạp"), col("Đang trình duyệt"))).toBe(false);
  });
});
