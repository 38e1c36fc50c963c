import { sumFormulaRows } from "../../../src/engine/checks/formula-range";

describe("reading simple total formulas", () => {
  const C = 2;
  it("reads a SUM over one range (0-based rows)", () => {
    expect(sumFormulaRows("=SUM(C13:C15)", C)).toEqual([12, 13, 14]);
    expect(sumFormulaRows("=sum($C$13:$C$14)", C)).toEqual([12, 13]);
  });
  it("reads several ranges, separators and plus chains", () => {
    expect(sumFormulaRows("=SUM(C1:C2,C5)", C)).toEqual([0, 1, 4]);
    expect(sumFormulaRows("=SUM(C1;C3)", C)).toEqual([0, 2]);
    expect(sumFormulaRows("=C1+C2+SUM(C4:C5)", C)).toEqual([0, 1, 3, 4]);
  });
  it("keeps a row referenced twice twice", () => {
    expect(sumFormulaRows("=SUM(C1:C2)+C2", C)).toEqual([0, 1, 1]);
  });
  it("gives up on anything else", () => {
    expect(sumFormulaRows("=SUM(D1:D3)", C)).toBeUndefined();
    expect(sumFormulaRows("=SUM(C1:D3)", C)).toBeUndefined();
    expect(sumFormulaRows("=Sheet2!C1", C)).toBeUndefined();
    expect(sumFormulaRows("=SUMIF(C1:C3,\">0\")", C)).toBeUndefined();
    expect(sumFormulaRows("=C1*2", C)).toBeUndefined();
  });
});
