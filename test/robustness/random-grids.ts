/**
 * Random sheets for the fuzz test (issue 12): anything a hand-typed appendix may hold — numbers, numbers
 * typed as text both ways ("7,715" / "7.715", "58,57"), percents, blanks, "x" and "-", Vietnamese labels,
 * Roman numerals and group numbers, error values, formulas and merged cells — both as free noise and
 * shaped like a table (a header, unit rows, a total row that may or may not add up).
 */
import fc from "fast-check";
import type { CellValue, Grid, MergedArea } from "../../src/engine/grid";

const LABELS = [
  "STT", "TT", "Tên đơn vị", "Tên chi bộ", "Đảng bộ", "Chỉ tiêu", "Chỉ tiêu giao", "Chỉ tiêu mới", "Đã kết nạp", "Đang trình duyệt",
  "Tổng số đảng viên", "Tỷ lệ %", "Còn thiếu", "Trong đó", "Chia ra", "Tổng cộng", "Cộng", "Toàn tỉnh", "Ghi chú", "Năm 2024",
  "Đoàn viên thanh niên", "Chi bộ thôn 1", "Xã Cộng Hòa", "Đảng bộ Khối", "Đạt", "Chưa đạt", "(1)", "(2)", "1", "2", "3",
  "I", "II", "III", "IV", "1.1", "a", "b", "PHỤ LỤC", "(Kèm theo Kế hoạch số 104-KH/ĐUK)",
];
const ERRORS = ["#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A"];

const numberText = fc.oneof(
  fc.integer({ min: 1000, max: 99_999 }).map((n) => n.toLocaleString("en-US")), // "7,715"
  fc.integer({ min: 1000, max: 99_999 }).map((n) => n.toLocaleString("en-US").replace(/,/g, ".")), // "7.715"
  fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2).replace(".", ",")), // "58,57"
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.integer({ min: 0, max: 500 }).map(String),
);

export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 5000 }), weight: 5 },
  { arbitrary: fc.double({ min: -10, max: 1000, noNaN: true }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 100), weight: 1 },
  { arbitrary: numberText, weight: 3 },
  { arbitrary: fc.constantFrom("x", "-", "–", ""), weight: 1 },
  { arbitrary: fc.constantFrom(...LABELS), weight: 4 },
  { arbitrary: fc.constantFrom(...ERRORS).map((e) => ({ error: e })), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

function finish(values: CellValue[][], formulaRate: number, formats: string[], seeds: number[], merges: MergedArea[]): Grid {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const rect = values.map((r) => Array.from({ length: width }, (_, c) => (c < r.length ? r[c] : null)));
  let k = 0;
  const next = () => seeds[k++ % seeds.length];
  const formulas = rect.map((r, ri) =>
    r.map((v, c) => (typeof v === "number" && next() % 100 < formulaRate && ri > 0 ? `=SUM(${String.fromCharCode(65 + c)}1:${String.fromCharCode(65 + c)}${ri})` : null)),
  );
  const numberFormats = rect.map((r) => r.map(() => formats[next() % formats.length]));
  const inside = merges.filter((m) => m.bottom < rect.length && m.right < width && m.top <= m.bottom && m.left <= m.right);
  // Merged areas never overlap in a real sheet: keep the first of any two that do.
  const kept: MergedArea[] = [];
  for (const m of inside) if (!kept.some((x) => x.top <= m.bottom && m.top <= x.bottom && x.left <= m.right && m.left <= x.right)) kept.push(m);
  return { sheet: "Fuzz", top: 0, left: 0, values: rect, formulas, numberFormats, merges: kept, hiddenRows: [], hiddenCols: [] };
}

const mergeArb = fc.record({ top: fc.nat(20), left: fc.nat(7), h: fc.nat(2), w: fc.nat(3) }).map(
  (m): MergedArea => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }),
);
const extrasArb = fc.record({
  formulaRate: fc.constantFrom(0, 0, 10, 50),
  formats: fc.array(fc.constantFrom("General", "0", "0.00", "0.00%", "#,##0", "@"), { minLength: 1, maxLength: 3 }),
  seeds: fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }),
  merges: fc.array(mergeArb, { maxLength: 5 }),
});

/** Noise: any cells anywhere. */
const noiseArb = fc
  .tuple(fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 16 }), extrasArb)
  .map(([rows, x]) => finish(rows, x.formulaRate, x.formats, x.seeds, x.merges));

/** A table: captions, a header of labels, unit rows of numbers (with some noise), a total row. */
const tableArb = fc
  .record({
    header: fc.array(fc.constantFrom(...LABELS), { minLength: 3, maxLength: 7 }),
    units: fc.array(fc.array(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 400 }), weight: 8 }, { arbitrary: cellArb, weight: 1 }), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
    totalOff: fc.constantFrom(0, 0, 1, -2, 10),
    caption: fc.boolean(),
    extras: extrasArb,
  })
  .map(({ header, units, totalOff, caption, extras }) => {
    const rows: CellValue[][] = caption ? [["PHỤ LỤC"], ["(Kèm theo Kế hoạch số 104-KH/ĐUK)"], []] : [];
    rows.push(["STT", "Tên đơn vị", ...header]);
    units.forEach((u, i) => rows.push([i + 1, `Chi bộ ${i + 1}`, ...u]));
    const width = Math.max(...units.map((u) => u.length));
    const totals = Array.from({ length: width }, (_, c) => units.reduce((s, u) => s + (typeof u[c] === "number" ? (u[c] as number) : 0), 0) + (c === 0 ? totalOff : 0));
    rows.push([null, "Tổng cộng", ...totals]);
    return finish(rows, extras.formulaRate, extras.formats, extras.seeds, extras.merges);
  });

export const gridArb: fc.Arbitrary<Grid> = fc.oneof(noiseArb, tableArb);
