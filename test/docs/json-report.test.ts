/**
 * docs/cli.md shows the JSON report's shape with an abridged real report: the Vĩnh Bảo sample's table (its range,
 * rows, relations, a column and the first issue, as `quota-check --json` prints them) beside an unreadable file's
 * entry. The quoted values of the real file are compared with a run (issue 13: docs quote what the tool prints).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCommand } from "../../scripts/docs-examples";

const ROOT = path.resolve(__dirname, "..", "..");

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "build", "cli", "cli", "main.js"))) execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
}, 180_000);

interface QuotedTable {
  range: string;
  headerRows: number[];
  dataRows: number[];
  totalRows: number[];
  subtotalRows: number[];
  columns: { col: string }[];
  relations: unknown[];
  issues: { code: string; severity: string; cell: string; expected: unknown; actual: unknown; message?: string }[];
}

test("docs/cli.md's JSON example quotes the Vĩnh Bảo sample's real report", () => {
  const md = fs.readFileSync(path.join(ROOT, "docs", "cli.md"), "utf8");
  const block = /## JSON report[\s\S]*?```json\n([\s\S]*?)```/.exec(md);
  expect(block).not.toBeNull();
  const quoted = JSON.parse(block![1]) as { files: { file: string; sheets: { tables: QuotedTable[] }[] }[] };
  const file = quoted.files[0];
  expect(file.file).toBe("samples/vinh-bao-9-thang-2023.xlsx");

  const r = runCommand(`quota-check ${file.file} --json`);
  expect(r.status).toBe(1);
  const real = JSON.parse(r.stdout) as typeof quoted;
  const [q, t] = [file.sheets[0].tables[0], real.files[0].sheets[0].tables[0]];
  const { columns: qc, issues: qi, ...qRest } = q;
  const { columns: tc, issues: ti, ...tRest } = t;
  // Everything but the abridged lists is quoted in full.
  expect(qRest).toEqual(Object.fromEntries(Object.keys(qRest).map((k) => [k, (tRest as Record<string, unknown>)[k]])));
  for (const col of qc) expect(tc).toContainEqual(col);
  // A message quoted as "…" is abridged; any other is quoted in full.
  for (const [i, issue] of qi.entries()) expect(ti[i]).toMatchObject({ ...issue, message: issue.message === "…" ? expect.any(String) : issue.message });
});
