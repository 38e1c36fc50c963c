/**
 * Writes test/fixtures/corpus/NAME.xlsx (and NAME-slip.xlsx for the tables with a planted slip) from the
 * specs in scripts/corpus/. The files are committed; rerun after changing a spec:
 *
 *   npm run build:corpus
 */
import * as fs from "fs";
import * as path from "path";
import { CORPUS } from "./corpus/index";
import { buildWorkbook } from "./corpus/workbook";
import { withSlip } from "./corpus/layout";

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
  const out = path.join(repoRoot(), "test", "fixtures", "corpus");
  fs.mkdirSync(out, { recursive: true });
  let n = 0;
  for (const table of CORPUS) {
    await buildWorkbook(table).xlsx.writeFile(path.join(out, `${table.name}.xlsx`));
    n++;
    if (table.slip) {
      await buildWorkbook(withSlip(table)).xlsx.writeFile(path.join(out, `${table.name}-slip.xlsx`));
      n++;
    }
  }
  process.stdout.write(`${n} corpus workbooks written to ${out}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
