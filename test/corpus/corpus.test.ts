/**
 * The corpus ratchet (test/corpus/README.md): every case listed in met.json — the cases the engine met when
 * the list was last regenerated with `npm run corpus:score -- --update` — must still be met. Cases not listed
 * are the engine's open work and do not fail this test; when one starts to pass, regenerate the list so it
 * cannot slip back.
 */
import * as fs from "fs";
import * as path from "path";
import { CORPUS } from "../../scripts/corpus/index";
import { allCases, caseName, scoreCase } from "../../scripts/corpus/score";
import { resolveCell, withSlip } from "../../scripts/corpus/layout";
import type { CellInput, CorpusTable } from "../../scripts/corpus/types";

const DIR = path.resolve(__dirname, "..", "fixtures", "corpus");
const MET: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, "met.json"), "utf8"));
const CASES = allCases(CORPUS);

/** The value a spec types at "key:COL" (a formula's cached value). */
function specValue(table: CorpusTable, name: string): CellInput {
  const at = resolveCell(table, name);
  const key = name.replace(/^.*!/, "").replace(/:[A-Z]+$/, "");
  for (const sheet of table.sheets)
    for (const block of sheet.blocks)
      for (const line of block.lines) if (typeof line !== "string" && line.key === key && sheet.name === at.sheet) return line.cells[at.col - 1] ?? null;
  throw new Error(`${name} not found`);
}
const numeric = (v: CellInput) => (v !== null && typeof v === "object" ? v.v : v);

describe("corpus specs", () => {
  it("every case has its committed workbook and every met.json entry is a case", () => {
    const names = CASES.map(caseName);
    for (const n of names) expect(fs.existsSync(path.join(DIR, `${n}.xlsx`))).toBe(true);
    expect(MET.filter((n) => !names.includes(n))).toEqual([]);
  });

  it("every planted slip changes the published value, and a cause at the slipped cell names that published value", () => {
    for (const t of CORPUS.filter((x) => x.slip)) {
      const slip = t.slip!;
      const published = numeric(specValue(t, slip.at));
      expect([t.name, numeric(specValue(withSlip(t), slip.at))]).not.toEqual([t.name, published]);
      const cause = slip.finding.cause;
      if (cause && cause.cell === slip.at) expect([t.name, cause.value]).toEqual([t.name, published]);
    }
  });
});

describe("corpus specs: the sums typed in the specs add up (independent arithmetic on the published figures)", () => {
  const byName = (name: string) => CORPUS.find((t) => t.name === name)!;
  const v = (t: CorpusTable, name: string) => Number(numeric(specValue(t, name)));
  const sum = (t: CorpusTable, col: string, keys: readonly string[]) => keys.reduce((acc, k) => acc + v(t, `${k}:${col}`), 0);
  const keysFrom = (prefix: string, a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `${prefix}${a + i}`);

  it("Quảng Nam: the group sub-totals are the sums of their units, the list adds to 1.950 (published 1.905)", () => {
    const t = byName("quang-nam-2024-giao-chi-tieu");
    expect(sum(t, "C", keysFrom("q", 1, 18))).toBe(v(t, "g1:C"));
    expect(sum(t, "C", keysFrom("q", 19, 22))).toBe(v(t, "g2:C"));
    expect(v(t, "g1:C") + v(t, "g2:C")).toBe(1950);
    expect(v(t, "total:C")).toBe(1905);
  });

  it("Vĩnh Bảo grouped: sub-totals are their units' sums; the total row matches them except the quota (280 vs 281)", () => {
    const t = byName("vinh-bao-2023-nhom-trang");
    const groups: [string, number, number][] = [["g1", 1, 30], ["g2", 31, 37], ["g3", 38, 54]];
    for (const col of ["C", "D", "E", "F", "H"]) {
      for (const [g, a, b] of groups) expect([g, col, sum(t, col, keysFrom("u", a, b))]).toEqual([g, col, v(t, `${g}:${col}`)]);
      const all = sum(t, col, keysFrom("u", 1, 54));
      expect([col, all === v(t, `total:${col}`)]).toEqual([col, col !== "C"]);
    }
    for (const [g] of groups) expect(Math.round((v(t, `${g}:F`) / v(t, `${g}:C`)) * 10000) / 100).toBe(v(t, `${g}:G`));
  });

  it("Bình Định: the last-page total is the sum of all three pages; unit 24 is the only row whose parts do not add up", () => {
    const t = byName("binh-dinh-2024-3-trang-tong");
    for (const col of ["D", "E", "F", "G", "H", "I"]) expect([col, sum(t, col, keysFrom("u", 1, 55))]).toEqual([col, v(t, `total:${col}`)]);
    const bad = keysFrom("u", 1, 55).filter((k) => v(t, `${k}:D`) !== v(t, `${k}:E`) + v(t, `${k}:F`) || v(t, `${k}:G`) !== v(t, `${k}:H`) + v(t, `${k}:I`));
    expect(bad).toEqual(["u24"]);
  });

  it("Vĩnh Bảo xã: each SUM formula's cached value is the sum of its range", () => {
    const t = byName("vinh-bao-2023-xa-sum");
    for (const col of ["C", "D", "E", "F", "H"]) expect([col, sum(t, col, keysFrom("u", 1, 30))]).toEqual([col, v(t, `total:${col}`)]);
    expect(sum(t, "C", keysFrom("u", 1, 29))).toBe(219); // the slipped SUM(C5:C33)
  });

  it("badge tables: Tổng số = Cộng + Truy tặng, Cộng = the bands; An Cựu's leaf shares add to 100,01", () => {
    const tq = byName("tuyen-quang-huy-hieu-2-9");
    expect(v(tq, "count:C") + v(tq, "count:K")).toBe(v(tq, "count:B"));
    expect(sum(tq, "J", ["count"]) + ["D", "E", "F", "G", "H", "I"].reduce((a, c) => a + v(tq, `count:${c}`), 0)).toBe(v(tq, "count:C"));
    const ac = byName("an-cuu-huy-hieu-2026");
    expect(v(ac, "count:C") + v(ac, "count:J")).toBe(v(ac, "count:B"));
    expect(["D", "E", "F", "G", "H", "I"].reduce((a, c) => a + v(ac, `count:${c}`), 0)).toBe(v(ac, "count:C"));
    expect(Math.round(["D", "E", "F", "G", "H", "I", "J"].reduce((a, c) => a + v(ac, `pct:${c}`), 0) * 100) / 100).toBe(100.01);
    const vl = byName("vinh-long-huy-hieu-2-9");
    expect(v(vl, "row:C") + v(vl, "row:D") + v(vl, "row:E")).toBe(v(vl, "row:B"));
  });

  it("partitions and rating totals add up where the published figures do", () => {
    const km = byName("kinh-mon-2022-chia-ra");
    expect(sum(km, "C", ["ccvc", "nongdan", "congnhan", "hocsinh"])).toBe(v(km, "adm:C"));
    const dt = byName("dong-thap-2012-danh-gia-tccsd");
    expect(sum(dt, "C", ["tsvm", "htt", "ht", "yk"])).toBe(v(dt, "total:C"));
    const ct = byName("can-tho-2016-danh-gia-tccsd");
    expect(sum(ct, "C", ["tsvm", "htt", "ht", "yk"])).toBe(v(ct, "base:C"));
    const hd = byName("hai-duong-2019-danh-gia-tccsd");
    expect(sum(hd, "C", ["htt", "ht"])).toBe(v(hd, "base:C"));
    const da = byName("di-an-2022-danh-gia");
    expect(sum(da, "C", ["xs", "tot", "ht"])).toBe(v(da, "t:C"));
    expect(sum(da, "E", ["xs", "tot", "ht"])).toBe(v(da, "t:E") - 1); // the published 142 vs 141
    expect(sum(da, "C", ["dv1", "dv2", "dv3"])).toBe(v(da, "dv:C"));
    for (const name of ["binh-thuan-2019-to-chuc", "ninh-thuan-2022-to-chuc"]) {
      const t = byName(name);
      expect([name, sum(t, "C", ["dbcs", "cbcs"])]).toEqual([name, v(t, "tccsd:C")]);
    }
    const td = byName("toan-dang-6-thang-2011");
    expect(sum(td, "C", ["cbcc", "vcsn", "vckd"])).toBe(v(td, "cbccvc:C"));
    expect(Math.round((v(td, "cbccvc:C") / v(td, "base:C")) * 10000) / 100).toBe(49.7); // published 48,57
  });
});

describe("corpus ratchet: cases the engine met stay met", () => {
  const met = CASES.filter((c) => MET.includes(caseName(c)));
  it.each(met.map((c) => [caseName(c), c] as const))("%s", async (_name, c) => {
    const score = await scoreCase(c, DIR);
    // The whole score in the failure message says what regressed (a finding lost, a false error, no relation).
    expect({ met: score.met, score }).toMatchObject({ met: true });
  });
});

describe("the scorer can fail", () => {
  it("a clean expectation scored on the slipped workbook is not met (the slip shows as a false finding)", async () => {
    const table = CORPUS.find((t) => t.name === "hung-yen-2024-tong-dau")!;
    const score = await scoreCase({ table, variant: "base" }, DIR, path.join(DIR, "hung-yen-2024-tong-dau-slip.xlsx"));
    expect(score.met).toBe(false);
    expect(score.falseFindings.length).toBeGreaterThan(0);
  });

  it("a slip expectation scored on the clean workbook is not met (the slip is not found)", async () => {
    const table = CORPUS.find((t) => t.name === "hung-yen-2024-tong-dau")!;
    const score = await scoreCase({ table, variant: "slip" }, DIR, path.join(DIR, "hung-yen-2024-tong-dau.xlsx"));
    expect(score.met).toBe(false);
    expect(score.findings.some((f) => !f.found)).toBe(true);
  });
});
