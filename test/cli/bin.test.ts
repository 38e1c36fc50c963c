/**
 * End to end: the installed command (`node bin/quota-check.js samples/`) as a user runs it, against the
 * compiled build/cli. Builds it first (`npm run build:cli`) when it is missing or older than the sources.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Report } from "../../src/engine/report";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "quota-check.js");
const compiled = path.join(root, "build", "cli", "cli", "main.js");

function quotaCheck(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
}

/** The newest modification time of the .ts files the CLI build compiles. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  if (!fs.existsSync(compiled)) return false;
  const sources = ["engine", "cli", "i18n"].map((d) => newestSource(path.join(root, "src", d)));
  return fs.statSync(compiled).mtimeMs >= Math.max(...sources);
}

beforeAll(() => {
  if (buildIsCurrent()) return;
  // tsc still emits when someone else's half-written file has a type error; what matters is main.js.
  try {
    execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "ignore" });
  } catch {
    if (!fs.existsSync(compiled)) throw new Error("npm run build:cli did not produce build/cli/cli/main.js");
  }
}, 180_000);

describe("node bin/quota-check.js samples/", () => {
  it("prints the findings for every sample workbook and exits 1", () => {
    const r = quotaCheck("samples/", "--lang", "en");
    expect(r.stderr).toBe("");
    for (const name of ["binh-dinh-kh104.xlsx", "hung-yen-kl733.xlsx", "hung-yen-ket-qua-2024.xlsx", "vinh-bao-9-thang-2023.xlsx"]) expect(r.stdout).toContain(name);
    expect(r.stdout).toMatch(/C60\s+ERROR/);
    expect(r.stdout).toMatch(/D36\s+ERROR/);
    expect(r.stdout).toMatch(/Summary: files 4, tables 5, errors 2,/);
    expect(r.status).toBe(1);
  });

  it("--json output parses", () => {
    const r = quotaCheck("samples/hung-yen-kl733.xlsx", "--json");
    const report = JSON.parse(r.stdout) as Report;
    expect(report.summary).toMatchObject({ files: 1, tables: 2, errors: 0 });
    expect(r.status).toBe(0);
  });

  it("exits 2 on bad arguments", () => {
    const r = quotaCheck("--no-such-option");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--no-such-option/);
  });
});

test("a reader that stops early (`quota-check … | head -1`) ends the command quietly, without an EPIPE trace", () => {
  // `true` leaves without reading anything: every write of the report meets a closed pipe.
  const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" samples/ | true`], { cwd: root, encoding: "utf8" });
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
});

test("fix piped into a reader that stops early still writes its file and keeps its exit status", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quota-pipe-"));
  const out = path.join(dir, "fixed.xlsx");
  const sample = path.join(root, "samples", "vinh-bao-9-thang-2023.xlsx");
  // pipefail: the pipe's status is quota-check's (1: the seed's total 280 was wrong and is fixed).
  const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bin}" fix "${sample}" -o "${out}" | true`], { cwd: root, encoding: "utf8" });
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  expect(r.status).toBe(1);
  expect(fs.existsSync(out)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});
