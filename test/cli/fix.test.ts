/**
 * `quota-check fix` end to end: real .xlsx in, a fixed copy out, read back with ExcelJS. The input must be
 * untouched, other sheets and the formatting of every cell the plan does not list unchanged.
 */
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { planWorkbook, runFix } from "../../src/cli/fix";
import { SAMPLES_DIR, SEED_001, SEED_004, fixturePath } from "../helpers/fixtures";

const SAMPLES = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".xlsx"));

function collector() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "quota-fix-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("there are samples to fix", () => {
  expect(SAMPLES.length).toBeGreaterThan(0);
});

describe.each(SAMPLES)("fix samples/%s", (sample) => {
  test("writes a copy that opens with ExcelJS; the input, other sheets and untouched cells are unchanged", async () => {
    const input = path.join(SAMPLES_DIR, sample);
    const output = path.join(dir, `fixed-${sample}`);
    const before = hash(input);
    const plans = await planWorkbook(input, {});
    expect(plans.some((p) => p.edits.length > 0)).toBe(true);
    const c = collector();
    const code = await runFix([input, "-o", output], c.io);
    expect(c.err).toEqual([]);
    const changed = plans.some((p) => p.edits.some((e) => e.changesDisplayedValue && e.before.value !== null));
    const waiting = plans.some((p) => (p.choices ?? []).some((c) => c.chosen < 0)); // issue 10: wrong, not yet picked
    expect(code).toBe(changed || waiting ? 1 : 0);
    expect(hash(input)).toBe(before);

    const [src, dst] = [await open(input), await open(output)];
    expect(dst.worksheets.map((w) => w.name)).toEqual(src.worksheets.map((w) => w.name));
    for (const ws of src.worksheets) {
      const plan = plans.find((p) => p.sheet === ws.name);
      const planned = new Set(plan?.edits.map((e) => `${e.row + 1},${e.col + 1}`));
      const out = dst.getWorksheet(ws.name) as ExcelJS.Worksheet;
      const merges = (w: ExcelJS.Worksheet) => Object.keys((w as unknown as { _merges: object })._merges);
      expect(merges(out)).toEqual(expect.arrayContaining(merges(ws)));
      for (let col = 1; col <= ws.columnCount; col++) expect(out.getColumn(col).width).toBe(ws.getColumn(col).width);
      let compared = 0;
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (planned.has(`${row.number},${cell.col}`)) {
            const e = plan?.edits.find((x) => x.row === row.number - 1 && x.col === Number(cell.col) - 1);
            if (e?.after.formula) expect(out.getCell(cell.address).formula).toBe(e.after.formula.slice(1));
            return;
          }
          compared++;
          const o = out.getCell(cell.address);
          expect({ address: cell.address, value: o.value, style: o.style }).toEqual({ address: cell.address, value: cell.value, style: cell.style });
        }),
      );
      expect(compared).toBeGreaterThan(0);
    }
  });
});

// Recomputing the quota total is what --trust totals asks for; by default the fix lists the possible causes
// of 280 ≠ 281 and waits for a pick (test/cli/fix-causes.test.ts).
describe("fix seed 001", () => {
  test("the quota total is written as a SUM with its result 281, the percent as 58.36; the notes sheet survives", async () => {
    const output = path.join(dir, "seed-001-fixed.xlsx");
    const c = collector();
    const code = await runFix([fixturePath("seed-001"), "--trust", "totals", "-o", output, "--lang", "en"], c.io);
    expect(code).toBe(1); // wrong numbers were fixed
    const printed = c.out.join("\n");
    expect(printed).toContain("C60 *: 280 → =SUM(C6:C59) = 281");
    expect(printed).toContain("58.36");
    const wb = await open(output);
    const ws = wb.getWorksheet(SEED_001.sheet) as ExcelJS.Worksheet;
    const total = ws.getCell(SEED_001.totalRow + 1, SEED_001.cols.quota + 1);
    expect(total.formula).toBe("SUM(C6:C59)");
    expect(total.result).toBe(281);
    expect(ws.getCell(SEED_001.totalRow + 1, SEED_001.cols.percent + 1).result).toBe(58.36);
    expect(ws.getCell(SEED_001.totalRow + 1, SEED_001.cols.percent + 1).numFmt).toBe("0.00");
    expect(wb.getWorksheet(SEED_001.notesSheet)).toBeDefined();
  });

  test("--values writes plain numbers", async () => {
    const output = path.join(dir, "seed-001-values.xlsx");
    expect(await runFix([fixturePath("seed-001"), "--trust", "totals", "-o", output, "--values"], collector().io)).toBe(1);
    const ws = (await open(output)).getWorksheet(SEED_001.sheet) as ExcelJS.Worksheet;
    expect(ws.getCell(SEED_001.totalRow + 1, SEED_001.cols.quota + 1).value).toBe(281);
  });

  test("--dry-run prints the plan and writes nothing", async () => {
    const output = path.join(dir, "never.xlsx");
    const c = collector();
    expect(await runFix([fixturePath("seed-001"), "--trust", "totals", "-o", output, "--dry-run"], c.io)).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(c.out.join("\n")).toContain("C60");
  });

  test("refuses to overwrite an existing output without --force, and never writes the input", async () => {
    const output = path.join(dir, "exists.xlsx");
    writeFileSync(output, "keep me");
    const c = collector();
    expect(await runFix([fixturePath("seed-001"), "--trust", "totals", "-o", output], c.io)).toBe(2);
    expect(readFileSync(output, "utf8")).toBe("keep me");
    expect(c.err.join("\n")).toContain("--force");
    expect(await runFix([fixturePath("seed-001"), "--trust", "totals", "-o", output, "--force"], collector().io)).toBe(1);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    expect(await runFix([fixturePath("seed-001"), "-o", fixturePath("seed-001")], collector().io)).toBe(2);
    expect(await runFix([fixturePath("seed-001")], collector().io)).toBe(2);
  });

  test("bad arguments and unreadable files exit with 2", async () => {
    expect(await runFix(["--bogus"], collector().io)).toBe(2);
    const c = collector();
    expect(await runFix([fixturePath("bad-zero-bytes"), "-o", path.join(dir, "z.xlsx")], c.io)).toBe(2);
    expect(c.err.length).toBe(1);
  });
});

describe("fix seed 004 (no total row, three page blocks)", () => {
  test("adds a merged 'Tổng cộng' row styled like the last unit row", async () => {
    const output = path.join(dir, "seed-004-fixed.xlsx");
    await runFix([fixturePath("seed-004"), "-o", output], collector().io);
    const src = (await open(fixturePath("seed-004"))).getWorksheet(SEED_004.sheet) as ExcelJS.Worksheet;
    const ws = (await open(output)).getWorksheet(SEED_004.sheet) as ExcelJS.Worksheet;
    const row = SEED_004.lastDataRow + 2; // 1-based row under the last unit
    expect(ws.getCell(row, 1).value).toBe("Tổng cộng");
    expect(ws.getCell(row, SEED_004.cols.label + 1).isMerged).toBe(true);
    const total2025 = ws.getCell(row, SEED_004.cols.total2025 + 1);
    expect(total2025.result).toBe(232);
    expect(total2025.border).toEqual(src.getCell(row - 1, SEED_004.cols.total2025 + 1).border);
  });
});
