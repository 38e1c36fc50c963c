/**
 * The docs quote what the command line really prints (issue 13). Every output block between
 * `<!-- docs-example … -->` markers in README.md and docs/*.md is compared with a fresh run of its command; every
 * other `npx quota-check …` command the docs quote (shell blocks, inline code) is run and must succeed (exit 0 or 1:
 * 1 only says errors were found). When an output changes on purpose, `npm run docs:examples` rewrites the blocks.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { docFiles, findExamples, renderBlock, runCommand as runOnce, OUTPUT_DIR } from "../../scripts/docs-examples";

const ROOT = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** One run per distinct command: several docs quote the same one (a run takes about two seconds). */
const runs = new Map<string, ReturnType<typeof runOnce>>();
function runCommand(cmd: string): ReturnType<typeof runOnce> {
  if (!runs.has(cmd)) runs.set(cmd, runOnce(cmd));
  return runs.get(cmd)!;
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "build", "cli", "cli", "main.js"))) execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
}, 180_000);

afterAll(() => fs.rmSync(path.join(ROOT, OUTPUT_DIR), { recursive: true, force: true }));

const marked = docFiles().flatMap((file) => findExamples(read(file)).map((ex) => ({ file, ...ex })));

test("the docs mark their quoted outputs (README, docs/cli.md, docs/fill.md at least)", () => {
  const files = new Set(marked.map((m) => m.file));
  for (const f of ["README.md", path.join("docs", "cli.md"), path.join("docs", "fill.md")]) expect(files).toContain(f);
});

describe.each(marked.map((m) => [`${m.file}: ${m.cmd}`, m] as const))("%s", (_name, ex) => {
  test("prints what the docs quote, with the exit status they state (else: npm run docs:examples)", () => {
    const r = runCommand(ex.cmd);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(ex.exit);
    expect(ex.quoted).toBe(renderBlock(ex, r.stdout));
  });
});

/** `npx quota-check …` commands quoted outside the marked blocks: in ```sh blocks and in `inline code`. */
function quotedCommands(markdown: string): string[] {
  const found: string[] = [];
  for (const block of markdown.match(/```sh\n[\s\S]*?```/g) ?? []) {
    for (const line of block.split("\n")) {
      // A "#" starts a comment only after white space ("FILE#Sheet" is an argument).
      const m = /(?:^|&&\s*)npx (quota-check\b(?:[^#]|(?<=\S)#)*)/.exec(line);
      if (m) found.push(m[1].trim());
    }
  }
  for (const m of markdown.matchAll(/`npx (quota-check [^`]+)`/g)) found.push(m[1].trim());
  // Placeholders ("fix …", "TỆP") are syntax, not examples.
  return found.filter((c) => !/…|\bTỆP\b|\bFILE\b|VÀO|\bIN\.xlsx|THƯ_MỤC|\bDIR\b/.test(c));
}

const commands = docFiles().flatMap((file) => [...new Set(quotedCommands(read(file)))].map((cmd) => [file, cmd] as const));

test("the docs quote commands to run (the check above has something to check)", () => {
  expect(commands.length).toBeGreaterThan(5);
});

test.each(commands)("%s quotes `npx %s`: it runs", (_file, quoted) => {
  // Output redirected to a file goes to the ignored examples-output/, never into the checkout.
  const redirect = /\s>\s*(\S+)$/.exec(quoted);
  if (redirect) expect(redirect[1].startsWith(`${OUTPUT_DIR}/`)).toBe(true);
  const cmd = redirect ? quoted.slice(0, redirect.index) : quoted;
  const r = runCommand(cmd);
  expect({ cmd, stderr: r.stderr }).toEqual({ cmd, stderr: "" });
  expect([0, 1]).toContain(r.status);
});

test("an output that drifts from its quote is caught", () => {
  const ex = { cmd: "quota-check samples/", pick: "C60 |^Tổng kết", prompt: false };
  const now = "Tệp: a.xlsx\n      C60    LỖI   x\n  D60\nTổng kết: 1 tệp.\n";
  expect(renderBlock(ex, now)).toBe("      C60    LỖI   x\n…\nTổng kết: 1 tệp.");
  expect(renderBlock(ex, now.replace("C60 ", "C61 "))).not.toBe(renderBlock(ex, now));
  expect(renderBlock({ ...ex, pick: undefined, prompt: true }, "a\nb\n")).toBe("$ quota-check samples/\na\nb");
});
