import { isEquivalentPercent, isEquivalentSum, normalizeFormula, sumCells } from "../../../src/engine/fill/equivalent";

const cells = (col: number, rows: number[]) => rows.map((row) => ({ row, col }));
const never = () => false;

test("normalisation ignores case, spaces and $ signs", () => {
  expect(normalizeFormula("= sum( $c$13 : C66 )")).toBe("SUM(C13:C66)");
});

test("plain sums in their usual spellings add up the same cells", () => {
  const want = cells(2, [12, 13, 14]); // C13:C15
  for (const f of ["=SUM(C13:C15)", "=sum(c13:c15)", "=C13+C14+C15", "=SUM(C13:C14)+C15", "=SUM(C13,C14,C15)", "=SUBTOTAL(9,C13:C15)"]) {
    expect([f, isEquivalentSum(f, want, never)]).toEqual([f, true]);
  }
});

test("a sum that leaves a row out, adds one, subtracts or multiplies is not equivalent", () => {
  const want = cells(2, [12, 13, 14]);
  for (const f of ["=SUM(C13:C14)", "=SUM(C13:C16)", "=C13+C14-C15", "=SUM(C13:C15)*2", "=SUMIF(C13:C15,\">0\")", "=281"]) {
    expect([f, isEquivalentSum(f, want, never)]).toEqual([f, false]);
  }
});

test("extra cells in the range are fine only where they may be ignored (blank rows)", () => {
  const want = cells(2, [12, 14]);
  expect(isEquivalentSum("=SUM(C13:C15)", want, (r) => r === 13)).toBe(true);
  expect(isEquivalentSum("=SUM(C13:C15)", want, never)).toBe(false);
  expect(sumCells("=SUM(B2:C3)")?.size).toBe(4);
});

test("percent formulas: the same division, the same scale", () => {
  const num = { row: 5, col: 5 }; // F6
  const den = { row: 5, col: 2 }; // C6
  expect(isEquivalentPercent("=F6/C6*100", num, den, 100)).toBe(true);
  expect(isEquivalentPercent("=ROUND(F6/C6*100,2)", num, den, 100)).toBe(true);
  expect(isEquivalentPercent("=100*F6/C6", num, den, 100)).toBe(true);
  expect(isEquivalentPercent("=F6/C6", num, den, 100)).toBe(false);
  expect(isEquivalentPercent("=F6/C6", num, den, 1)).toBe(true);
  expect(isEquivalentPercent("=C6/F6*100", num, den, 100)).toBe(false);
});
