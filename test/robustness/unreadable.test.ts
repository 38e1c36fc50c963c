/**
 * Issue 12, point 2: unreadable files and folders get their own message and do not stop the run. The tests
 * run as root, where chmod 000 denies nothing, so the permission error is injected into fs.promises
 * (readdir / readFile reject with EACCES for one path), and a FIFO named .xlsx stands for a directory entry
 * that is not an ordinary file (reading it would block forever).
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, promises as fsp, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/engine/report";
import { fixturePath } from "../helpers/fixtures";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "quota-unreadable-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const eacces = (p: string) => Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: "EACCES" });

test("a folder that cannot be listed: its own message, the other files still checked, exit 2", async () => {
  const locked = path.join(dir, "locked");
  mkdirSync(locked);
  const good = path.join(dir, "good.xlsx");
  copyFileSync(fixturePath("seed-001"), good);
  const realReaddir = fsp.readdir.bind(fsp);
  jest.spyOn(fsp, "readdir").mockImplementation(((p: string, o: unknown) =>
    path.resolve(String(p)) === locked ? Promise.reject(eacces(locked)) : realReaddir(p, o as never)) as typeof fsp.readdir);
  const r = await run(locked, good, "--lang", "en");
  expect(r.code).toBe(2);
  expect(r.err).toContain(`Cannot open the directory ${locked} (EACCES`);
  expect(r.err).not.toMatch(/scandir|\n\s+at /);
  expect(r.out).toContain("C60"); // seed 001's wrong total, from the file that could be read
});

test("a file that cannot be read: UNREADABLE (not 'damaged'), the others still checked, exit 2", async () => {
  const locked = path.join(dir, "a-locked.xlsx");
  const good = path.join(dir, "b-good.xlsx");
  copyFileSync(fixturePath("seed-001"), locked);
  copyFileSync(fixturePath("seed-001"), good);
  const realReadFile = fsp.readFile.bind(fsp);
  jest.spyOn(fsp, "readFile").mockImplementation(((p: string, o: unknown) =>
    String(p) === locked ? Promise.reject(eacces(locked)) : realReadFile(p, o as never)) as typeof fsp.readFile);
  const r = await run(dir, "--json");
  expect(r.code).toBe(2);
  const report = JSON.parse(r.out) as Report;
  expect(report.files.map((f) => [path.basename(f.file), f.error?.code ?? null])).toEqual([
    ["a-locked.xlsx", "UNREADABLE"],
    ["b-good.xlsx", null],
  ]);
  expect(report.files[0].error?.message).toContain("Không có quyền đọc");
  expect(report.files[0].error?.message).not.toContain("hỏng");
});

test("a FIFO named .xlsx in a folder is reported, not read (the run does not block)", async () => {
  const fifo = path.join(dir, "pipe.xlsx");
  execFileSync("mkfifo", [fifo]);
  copyFileSync(fixturePath("seed-000"), path.join(dir, "seed.xlsx"));
  const r = await run(dir, "--json");
  expect(r.code).toBe(2);
  const report = JSON.parse(r.out) as Report;
  expect(report.files.map((f) => [path.basename(f.file), f.error?.code ?? null])).toEqual([
    ["pipe.xlsx", "UNREADABLE"],
    ["seed.xlsx", null],
  ]);
});
