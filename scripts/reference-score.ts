/**
 * The scorecard of issue 11 (reconcile with a reference, consolidate units' files) on the reference corpus:
 * runs the BUILT command line (`node bin/quota-check.js …`, built by `npm run build:cli`) on every case with
 * the arguments its spec gives, and prints per case the exit status, the expected findings found, the false
 * findings and the pairings. A case whose flags the CLI rejects (the feature is not on this branch) is
 * "not supported", not a crash.
 *
 *   npm run reference:score               the scorecard
 *   npm run reference:score -- --json     the results as JSON
 *   npm run reference:score -- --strict   exit 1 unless every case is met
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { FOLDERS, PAIRS } from "./reference-corpus/index";
import { caseDir, checkArgs, specNumber, SUMMARY_FILE, UNITS_DIR, type Case } from "./reference-corpus/cases";
import { collect, notSupported, parseReport, scoreCaseReport, type CaseResult } from "./reference-corpus/score";
import type { ConsolidationCase } from "./reference-corpus/types";

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the repository root (package.json)");
    dir = up;
  }
  return dir;
}

const ROOT = repoRoot();

/** The command line under test; QUOTA_CHECK_BIN may name a stand-in script (to try the scorer itself). */
const BIN = process.env.QUOTA_CHECK_BIN ?? path.join("bin", "quota-check.js");

function cli(args: readonly string[]): { exit: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { exit: r.status ?? 2, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p, crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

/** The numbers of a written row, formulas by their cached result. */
function rowNumbers(row: ExcelJS.Row): number[] {
  const nums: number[] = [];
  row.eachCell((cell) => {
    const v = cell.value as unknown;
    if (typeof v === "number") nums.push(v);
    else if (v && typeof v === "object" && "result" in v && typeof (v as { result: unknown }).result === "number") nums.push((v as { result: number }).result);
  });
  return nums;
}
const inOrder = (hay: number[], needles: number[]) => {
  let i = 0;
  for (const n of hay) if (i < needles.length && Math.abs(n - needles[i]) < 1e-9) i++;
  return i === needles.length;
};

/** `consolidate DIR -o OUT.xlsx`: writes a summary with each unit's totals, changes no input, and checks clean. */
async function checkWrite(c: Case & { kind: "folder" }, folder: ConsolidationCase): Promise<string[]> {
  const dir = path.join(ROOT, caseDir(c));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reference-corpus-"));
  const out = path.join(tmp, SUMMARY_FILE);
  const before = hashes(dir);
  const notes: string[] = [];
  try {
    const w = cli(["consolidate", path.join(caseDir(c), UNITS_DIR), "-o", out]);
    if (!fs.existsSync(out)) return [`-o wrote nothing (exit ${w.exit}: ${w.stderr.trim().split("\n")[0] ?? ""})`];
    notes.push(w.exit === 0 ? "-o exit 0" : `-o exit ${w.exit} (want 0)`);
    const after = hashes(dir);
    const changed = [...before].filter(([p, h]) => after.get(p) !== h).map(([p]) => path.relative(ROOT, p));
    notes.push(changed.length === 0 && after.size === before.size ? "inputs unchanged" : `INPUTS CHANGED: ${changed.join(", ") || "files added"}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: number[][] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => rows.push(rowNumbers(row))));
    // Count columns only: the issue asks for percent formulas, which ExcelJS-written files carry without a result.
    const counts = folder.columns.filter((col) => !col.percentOf);
    const unitTotals = folder.units.map((u) => counts.map((col) => specNumber(c, { side: `unit:${u.file}`, cell: `${u.totalKey}:${col.unit}` })));
    const absent = folder.units.filter((_, k) => !rows.some((r) => inOrder(r, unitTotals[k])));
    notes.push(absent.length === 0 ? "every unit's totals written" : `totals not found for ${absent.map((u) => u.file).join(", ")}`);
    notes.push(await recalculated(out, tmp, folder, unitTotals));
    const again = cli(["consolidate", path.join(caseDir(c), UNITS_DIR), "--summary", out, "--json"]);
    const againReport = parseReport(again.stdout);
    const mism = againReport ? collect(againReport).issues.filter((i) => i.code === "SUMMARY_MISMATCH").length : -1;
    notes.push(mism === 0 && again.exit === 0 ? "re-check against the written summary clean" : `re-check: exit ${again.exit}, SUMMARY_MISMATCH ${mism < 0 ? "no report" : mism}`);
    const own = cli([out, "--json"]);
    const ownReport = parseReport(own.stdout);
    const errors = ownReport ? collect(ownReport).issues.filter((i) => i.severity === "error").map((i) => `${i.cell} ${i.code}`) : ["no report"];
    notes.push(errors.length === 0 ? "written summary checks clean" : `written summary: ${errors.join(", ")}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return notes;
}

/**
 * The written summary recalculated by LibreOffice (issue 11: "a summary that LibreOffice recalculates to the units'
 * totals"): some row must hold the sums of the units' totals, and the percent of those sums when there is one.
 */
async function recalculated(out: string, tmp: string, folder: ConsolidationCase, unitTotals: number[][]): Promise<string> {
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  if (!soffice) return "LibreOffice recalculation skipped (no soffice)";
  const outDir = path.join(tmp, "recalculated");
  const profile = `file://${path.join(tmp, "lo-profile")}`;
  spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", outDir, out], { encoding: "utf8", timeout: 180000 });
  const file = path.join(outDir, path.basename(out));
  if (!fs.existsSync(file)) return "LibreOffice could not convert the written summary";
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: number[][] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => rows.push(rowNumbers(row))));
  const sums = unitTotals[0].map((_, k) => unitTotals.reduce((s, t) => s + t[k], 0));
  const counts = folder.columns.filter((col) => !col.percentOf);
  const percent = folder.columns.find((col) => col.percentOf);
  const at = (letter: string) => sums[counts.findIndex((col) => col.unit === letter)];
  const wantPct = percent?.percentOf ? (at(percent.percentOf[0]) / at(percent.percentOf[1])) * 100 : undefined;
  const ok = rows.some((r) => inOrder(r, sums) && (wantPct === undefined || r.some((v) => Math.abs(v - wantPct) < 0.006)));
  return ok ? "recalculated by LibreOffice to the units' totals" : `LibreOffice's recalculation has no row with ${sums.join(" / ")}${wantPct === undefined ? "" : ` and ${wantPct.toFixed(2)} %`}`;
}

async function run(c: Case): Promise<CaseResult> {
  const r = cli(checkArgs(c));
  const report = parseReport(r.stdout);
  if (report === null) return notSupported(c, r.exit, r.stderr);
  const result = scoreCaseReport(c, report, r.exit);
  if (c.kind !== "folder" || !c.folder.write) return result;
  const extra = await checkWrite(c, c.folder);
  const ok = extra.every((n) =>
    /^(-o exit 0|inputs unchanged|every unit's totals written|re-check against the written summary clean|written summary checks clean|recalculated by LibreOffice to the units' totals|LibreOffice recalculation skipped \(no soffice\))$/.test(n),
  );
  return { ...result, extra, status: result.status === "met" && ok ? "met" : "missed" };
}

function line(s: CaseResult): string {
  const head = `${s.status === "met" ? "MET " : s.status === "missed" ? "miss" : "n/s "} ${s.name.padEnd(40)} ${s.kind.padEnd(6)}`;
  if (s.status === "not supported") return `${head} not supported (exit ${s.exit}): ${s.note}`;
  const found = s.findings.filter((f) => f.found).length;
  const parts = [
    `exit ${s.exit}${s.exit === s.expectedExit ? "" : ` (want ${s.expectedExit})`}`,
    `findings ${found}/${s.findings.length}`,
    `false ${s.falseFindings.length}`,
    ...(s.kind === "pair" ? [`pairings ${s.pairings.found}/${s.pairings.expected}${s.pairings.wrong.length ? `, wrong ${s.pairings.wrong.length}` : ""}`] : []),
  ];
  const details = [
    ...s.findings.filter((f) => !f.found).map((f) => `    missed ${f.code} at ${f.where}${f.detail ? `: ${f.detail}` : ""}`),
    ...s.falseFindings.map((f) => `    false  ${f}`),
    ...s.pairings.missing.map((p) => `    pairing missing ${p}`),
    ...s.pairings.wrong.map((p) => `    pairing wrong   ${p}`),
    ...(s.extra ?? []).map((n) => `    -o: ${n}`),
  ];
  return [`${head} ${parts.join("  ")}`, ...details].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!process.env.QUOTA_CHECK_BIN && !fs.existsSync(path.join(ROOT, "build", "cli", "cli", "main.js"))) {
    process.stderr.write("reference:score: the CLI is not built; run `npm run build:cli` first.\n");
    process.exit(2);
  }
  const cases: Case[] = [...PAIRS.map((pair) => ({ kind: "pair" as const, pair })), ...FOLDERS.map((folder) => ({ kind: "folder" as const, folder }))];
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await run(c));
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const r of results) process.stdout.write(`${line(r)}\n`);
    const judged = results.filter((r) => r.status !== "not supported");
    const expected = judged.flatMap((r) => r.findings);
    process.stdout.write(
      [
        "",
        `cases ${results.length} (${PAIRS.length} pairs, ${FOLDERS.length} folders): met ${results.filter((r) => r.status === "met").length}, missed ${results.filter((r) => r.status === "missed").length}, not supported ${results.length - judged.length}`,
        `expected findings found ${expected.filter((f) => f.found).length}/${expected.length}, false findings ${judged.reduce((n, r) => n + r.falseFindings.length, 0)}`,
        `pairings as expected ${judged.reduce((n, r) => n + r.pairings.found, 0)}/${judged.reduce((n, r) => n + r.pairings.expected, 0)}, wrong ${judged.reduce((n, r) => n + r.pairings.wrong.length, 0)}`,
        "",
      ].join("\n"),
    );
  }
  if (args.includes("--strict") && results.some((r) => r.status !== "met")) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(2);
});
