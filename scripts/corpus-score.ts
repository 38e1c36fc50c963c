/**
 * The corpus scorecard: runs the command line's check on every workbook of test/fixtures/corpus and prints,
 * per case, the tables found, the relations, whether the expected findings (planted or real slips) were
 * reported and their cause named, and the errors / warnings nobody expected; then the totals.
 *
 *   npm run corpus:score                 print the scorecard
 *   npm run corpus:score -- --update     also rewrite test/corpus/met.json (the ratchet of met cases)
 *   npm run corpus:score -- --json       the scores as JSON
 */
import * as fs from "fs";
import * as path from "path";
import { CORPUS } from "./corpus/index";
import { allCases, scoreCase, type CaseScore } from "./corpus/score";

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the repository root (package.json)");
    dir = up;
  }
  return dir;
}

const pad = (s: string | number, w: number) => String(s).padEnd(w);

function line(s: CaseScore): string {
  const found = s.findings.length === 0 ? "-" : `${s.findings.filter((f) => f.found).length}/${s.findings.length}`;
  const causes = s.findings.filter((f) => f.cause !== "n/a");
  const cause = causes.length === 0 ? "-" : causes.map((f) => f.cause).join(",");
  const falses = s.falseFindings.length === 0 ? "" : ` false: ${s.falseFindings.join("; ")}`;
  const noRel = s.tablesWithoutRelations > 0 ? ` (${s.tablesWithoutRelations} table(s) without relations)` : "";
  const err = s.readError ? ` READ ${s.readError}` : "";
  return `${s.met ? "MET " : "miss"} ${pad(s.name, 38)} ${pad(s.shape, 10)} tables ${pad(s.tables, 2)} rel ${pad(s.relations, 3)} slip ${pad(found, 4)} cause ${pad(cause, 7)}${noRel}${falses}${err}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = repoRoot();
  const dir = path.join(root, "test", "fixtures", "corpus");
  const scores: CaseScore[] = [];
  for (const c of allCases(CORPUS)) scores.push(await scoreCase(c, dir));

  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
  else {
    for (const s of scores) process.stdout.write(`${line(s)}\n`);
    const expected = scores.flatMap((s) => s.findings);
    const withCause = expected.filter((f) => f.cause !== "n/a");
    const falseCases = scores.filter((s) => s.falseFindings.length > 0);
    const cleanCases = scores.filter((s) => s.findings.length === 0);
    process.stdout.write(
      [
        "",
        `cases ${scores.length} (${CORPUS.length} tables; ${scores.filter((s) => s.variant === "slip").length} planted-slip variants; ${cleanCases.length} with nothing to find)`,
        `met ${scores.filter((s) => s.met).length}/${scores.length}`,
        `tables found ${scores.reduce((n, s) => n + s.tables, 0)}, relations ${scores.reduce((n, s) => n + s.relations, 0)}, cases with a table without relations ${scores.filter((s) => s.tablesWithoutRelations > 0 || s.tables === 0).length}`,
        `expected findings found ${expected.filter((f) => f.found).length}/${expected.length}`,
        `causes named ${withCause.filter((f) => f.cause === "named").length}/${withCause.length} (listed among candidates ${withCause.filter((f) => f.cause === "listed").length})`,
        `false errors/warnings ${scores.reduce((n, s) => n + s.falseFindings.length, 0)} in ${falseCases.length} cases (clean cases with any: ${cleanCases.filter((s) => s.falseFindings.length > 0).length}/${cleanCases.length})`,
        "",
      ].join("\n"),
    );
  }
  if (args.includes("--update")) {
    const met = scores.filter((s) => s.met).map((s) => s.name);
    fs.writeFileSync(path.join(root, "test", "corpus", "met.json"), `${JSON.stringify(met, null, 2)}\n`);
    process.stdout.write(`test/corpus/met.json: ${met.length} met cases\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
