/**
 * Writes the reference corpus of issue 11 (scripts/reference-corpus/) to test/fixtures/reference-corpus/:
 *   pairs/NAME/bao-cao.xlsx (+ giao-chi-tieu.xlsx when the reference is its own file)
 *   consolidate/NAME/tong-hop.xlsx and consolidate/NAME/don-vi/*.xlsx
 * The files are committed; rerun after changing a spec:
 *
 *   npm run build:reference-corpus
 */
import * as fs from "fs";
import * as path from "path";
import { buildWorkbook } from "./corpus/workbook";
import { FOLDERS, PAIRS } from "./reference-corpus/index";
import { caseDir, sideOf, type Case } from "./reference-corpus/cases";

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the repository root (package.json)");
    dir = up;
  }
  return dir;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const cases: Case[] = [...PAIRS.map((pair) => ({ kind: "pair" as const, pair })), ...FOLDERS.map((folder) => ({ kind: "folder" as const, folder }))];
  let files = 0;
  for (const c of cases) {
    // A case's folder is generated whole: stale unit files from an older spec would change what consolidate sees.
    fs.rmSync(path.join(root, caseDir(c)), { recursive: true, force: true });
    const sides = c.kind === "pair" ? ["report", ...(c.pair.reference ? ["reference"] : [])] : ["summary", ...c.folder.units.map((u) => `unit:${u.file}`)];
    for (const side of sides) {
      const s = sideOf(c, side);
      const out = path.join(root, s.file);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      await buildWorkbook(s.table).xlsx.writeFile(out);
      files++;
    }
  }
  process.stdout.write(`${files} workbooks in ${cases.length} cases written to ${path.join(root, "test", "fixtures", "reference-corpus")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
