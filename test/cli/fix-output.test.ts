/**
 * Issue 12, point 1: `quota-check fix` never writes its input and never leaves a partial OUT. Each case
 * checks the exit status, the message and that the input's bytes are unchanged.
 */
import { createHash } from "crypto";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { runFix } from "../../src/cli/fix";
import { fixturePath } from "../helpers/fixtures";

function collector() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "quota-fix-out-"));
  input = path.join(dir, "in.xlsx");
  copyFileSync(fixturePath("seed-001"), input);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function fix(...argv: string[]) {
  const c = collector();
  const before = hash(input);
  const code = await runFix(argv, c.io);
  return { code, out: c.out.join(""), err: c.err.join(""), inputUnchanged: hash(input) === before };
}

describe.each([
  ["a symbolic link", (link: string) => symlinkSync(input, link)],
  ["a hard link", (link: string) => linkSync(input, link)],
])("OUT is %s to the input", (_name, makeLink) => {
  test.each([[[]], [["--force"]]])("refused (extra args %j), no --force hint, input unchanged", async (extra) => {
    const link = path.join(dir, "link.xlsx");
    makeLink(link);
    const r = await fix(input, "-o", link, ...extra);
    expect(r.code).toBe(2);
    expect(r.err).toContain("liên kết");
    expect(r.err).not.toContain("--force");
    expect(r.out).toBe(""); // refused before any plan is printed
    expect(r.inputUnchanged).toBe(true);
  });
});

test("OUT through a symbolic link to the input's folder is refused", async () => {
  const alias = path.join(dir, "alias");
  symlinkSync(dir, alias);
  const r = await fix(input, "-o", path.join(alias, "in.xlsx"), "--force");
  expect(r.code).toBe(2);
  expect(r.inputUnchanged).toBe(true);
});

test("OUT in a missing folder: one clear message before any plan, exit 2, nothing written", async () => {
  const out = path.join(dir, "missing", "out.xlsx");
  const r = await fix(input, "-o", out, "--lang", "en");
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err).toContain("does not exist");
  expect(r.err).not.toMatch(/ENOENT|at .*\.js/);
  expect(existsSync(path.dirname(out))).toBe(false);
});

test("OUT that is a directory is refused before the plan", async () => {
  const out = path.join(dir, "sub");
  mkdirSync(out);
  const r = await fix(input, "-o", out, "--force");
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err).toContain("thư mục");
});

test("a zip that is not a workbook: NOT_XLSX, exit 2, no OUT and no temporary file left", async () => {
  const archive = new JSZip();
  archive.file("notes.txt", "not a workbook");
  const zip = path.join(dir, "random.xlsx");
  writeFileSync(zip, await archive.generateAsync({ type: "nodebuffer" }));
  const out = path.join(dir, "out.xlsx");
  const c = collector();
  const code = await runFix([zip, "-o", out], c.io);
  expect(code).toBe(2);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "random.xlsx"]);
});

test("a write that fails leaves OUT as it was and no temporary file", async () => {
  const out = path.join(dir, "out.xlsx");
  writeFileSync(out, "keep me");
  const fs = jest.requireActual<typeof import("fs")>("fs");
  const spy = jest.spyOn(fs.promises, "rename").mockRejectedValueOnce(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
  const r = await fix(input, "-o", out, "--force");
  spy.mockRestore();
  expect(r.code).toBe(2);
  expect(readFileSync(out, "utf8")).toBe("keep me");
  expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "out.xlsx"]);
  expect(r.inputUnchanged).toBe(true);
});

describe("a clean file (issue 13)", () => {
  test("fix writes nothing and says so; --copy writes the copy", async () => {
    const once = path.join(dir, "once.xlsx");
    // Seed 001's 280 vs 281 has no certain cause: recompute the total, as a user picks it.
    expect((await fix(input, "-o", once, "--trust", "totals")).code).toBe(1);
    // `once` is the fixed seed 001: fixing it again finds nothing to do.
    const out = path.join(dir, "twice.xlsx");
    const c = collector();
    expect(await runFix([once, "-o", out], c.io)).toBe(0);
    expect(c.out.join("")).toContain("Không có gì cần sửa");
    expect(c.out.join("")).toContain("--copy");
    expect(existsSync(out)).toBe(false);
    expect(await runFix([once, "-o", out, "--copy"], collector().io)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
