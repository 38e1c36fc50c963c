/**
 * Reads the published tables out of the seed texts (../shared/seeds/*.txt): every table line there is a
 * tab-separated row. Values are kept as the seed prints them ("7,715", "80.00"); the builder decides whether
 * a fixture stores them as numbers or as text.
 */
import * as fs from "fs";
import * as path from "path";

/** One published row: the seed's fields, "" where the seed has a blank cell. */
export type SeedRow = readonly string[];

export interface SeedTables {
  /** Seed 000: 13 unit rows + the total row of the first table, and the 2 rows of the đoàn thể table. */
  seed000: { units: SeedRow[]; total: SeedRow; unions: SeedRow[] };
  /** Seed 001: 54 unit rows and the total row. */
  seed001: { units: SeedRow[]; total: SeedRow };
  /** Seed 004: 55 unit rows (STT, kind, name, six numbers). */
  seed004: { units: SeedRow[] };
  /** Seed 000's letter text (lines without tabs, before the appendix): prose for the no-table fixture. */
  seed000Prose: string[];
}

function readSeed(seedDir: string, prefix: string): string {
  const file = fs.readdirSync(seedDir).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (!file) throw new Error(`no seed ${prefix}_*.txt in ${seedDir}`);
  return fs.readFileSync(path.join(seedDir, file), "utf8");
}

function tableLines(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.includes("\t"))
    .map((l) => l.split("\t").map((f) => f.trim()));
}

const isUnitRow = (fields: readonly string[]) => /^\d+$/.test(fields[0]);
const isTotalRow = (fields: readonly string[]) => /^t[ổỔ]ng c[ộỘ]ng$/i.test(fields[0]);

function expectCount(what: string, rows: readonly unknown[], n: number): void {
  if (rows.length !== n) throw new Error(`${what}: expected ${n} rows in the seed, found ${rows.length}`);
}

export function readSeedTables(seedDir: string): SeedTables {
  const lines000 = tableLines(readSeed(seedDir, "000"));
  const totalAt = lines000.findIndex(isTotalRow);
  const units000 = lines000.slice(0, totalAt).filter(isUnitRow);
  const unions = lines000.slice(totalAt + 1).filter(isUnitRow);
  expectCount("seed 000 units", units000, 13);
  expectCount("seed 000 đoàn thể", unions, 2);

  const lines001 = tableLines(readSeed(seedDir, "001"));
  const units001 = lines001.filter(isUnitRow);
  const total001 = lines001.find(isTotalRow);
  expectCount("seed 001 units", units001, 54);
  if (!total001) throw new Error("seed 001: no total row");

  const units004 = tableLines(readSeed(seedDir, "004")).filter(isUnitRow);
  expectCount("seed 004 units", units004, 55);

  const text000 = readSeed(seedDir, "000");
  const letter = text000.slice(0, text000.indexOf("TỈNH ỦY HƯNG YÊN"));
  const seed000Prose = letter
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

  return {
    seed000: { units: units000, total: lines000[totalAt], unions },
    seed001: { units: units001, total: total001 },
    seed004: { units: units004 },
    seed000Prose,
  };
}

/**
 * The number a seed prints: "7,715" and "12,000" use a comma for thousands, "80.00" and "58.57" a dot for
 * decimals (the seeds are consistent about this). Returns the value and the decimals shown.
 */
export function seedNumber(text: string): { value: number; decimals: number } | null {
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return { value: Number(text.replace(/,/g, "")), decimals: 0 };
  const m = /^\d+(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  return { value: Number(text), decimals: m[1] ? m[1].length : 0 };
}
