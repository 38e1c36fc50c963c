/**
 * Where each case's workbooks live and the command line that checks it. The builder writes the files with
 * these paths and the scorer runs the CLI on them, so the two cannot drift apart.
 *
 * Column pairs are written "REPORT = REFERENCE" (the report's column first, as the CLI reads --compare;
 * see docs/reconcile.md).
 */
import * as path from "path";
import type { CorpusTable } from "../corpus/types";
import { resolveCell } from "../corpus/layout";
import type { ConsolidationCase, ReferencePair, SideCell } from "./types";

export const CORPUS_DIR = path.join("test", "fixtures", "reference-corpus");
export const REPORT_FILE = "bao-cao.xlsx";
export const REFERENCE_FILE = "giao-chi-tieu.xlsx";
export const SUMMARY_FILE = "tong-hop.xlsx";
export const UNITS_DIR = "don-vi";

export type Case = { readonly kind: "pair"; readonly pair: ReferencePair } | { readonly kind: "folder"; readonly folder: ConsolidationCase };

export function caseName(c: Case): string {
  return c.kind === "pair" ? c.pair.name : c.folder.name;
}

/** The case's folder, relative to the repository root. */
export function caseDir(c: Case): string {
  return c.kind === "pair" ? path.join(CORPUS_DIR, "pairs", c.pair.name) : path.join(CORPUS_DIR, "consolidate", c.folder.name);
}

export interface Side {
  readonly table: CorpusTable;
  readonly sheet: string;
  /** The workbook, relative to the repository root. */
  readonly file: string;
}

export function sideOf(c: Case, side: string): Side {
  const dir = caseDir(c);
  if (c.kind === "pair") {
    const p = c.pair;
    if (side === "report") return { table: p.report, sheet: p.reportSheet, file: path.join(dir, REPORT_FILE) };
    if (side === "reference")
      return p.reference
        ? { table: p.reference, sheet: p.referenceSheet, file: path.join(dir, REFERENCE_FILE) }
        : { table: p.report, sheet: p.referenceSheet, file: path.join(dir, REPORT_FILE) };
  } else {
    const f = c.folder;
    if (side === "summary") return { table: f.summary, sheet: f.summary.sheets[0].name, file: path.join(dir, SUMMARY_FILE) };
    const unit = side.startsWith("unit:") ? f.units.find((u) => u.file === side.slice(5)) : undefined;
    if (unit) return { table: unit.table, sheet: unit.table.sheets[0].name, file: path.join(dir, UNITS_DIR, unit.file) };
  }
  throw new Error(`${caseName(c)}: no side "${side}"`);
}

/** A side's "key:COL" → sheet, A1 and 1-based row. */
export function locate(c: Case, at: SideCell): { sheet: string; a1: string; row: number; file: string } {
  const s = sideOf(c, at.side);
  const r = resolveCell(s.table, `${s.sheet}!${at.cell}`);
  return { sheet: s.sheet, a1: r.a1, row: r.row, file: s.file };
}

/** The arguments of the check (after `node bin/quota-check.js`), with paths relative to the repository root. */
export function checkArgs(c: Case): string[] {
  if (c.kind === "pair") {
    const p = c.pair;
    const ref = sideOf(c, "reference").file;
    const refArg = p.reference === null || p.nameReferenceSheet ? `${ref}#${p.referenceSheet}` : ref;
    return ["--reference", refArg, sideOf(c, "report").file, "--json", ...p.compare.flatMap((x) => ["--compare", `${x.report} = ${x.reference}`])];
  }
  const dir = caseDir(c);
  return ["consolidate", path.join(dir, UNITS_DIR), "--summary", path.join(dir, SUMMARY_FILE), "--json"];
}

/** The exit status a correct tool returns: 1 when an error is expected, else 0 (warnings do not fail). */
export function expectedExit(c: Case): number {
  const findings = c.kind === "pair" ? c.pair.findings : c.folder.findings;
  return findings.some((f) => f.code === "REFERENCE_MISMATCH" || f.code === "SUMMARY_MISMATCH") ? 1 : 0;
}

/** The number a spec types at a side's "key:COL" (a formula's cached value), for the checks on the specs. */
export function specNumber(c: Case, at: SideCell): number {
  const s = sideOf(c, at.side);
  const place = locate(c, at);
  const key = at.cell.replace(/:[A-Z]+$/, "");
  const col = resolveCell(s.table, `${s.sheet}!${at.cell}`).col;
  for (const sheet of s.table.sheets) {
    if (sheet.name !== s.sheet) continue;
    for (const block of sheet.blocks)
      for (const line of block.lines) {
        if (typeof line === "string" || line.key !== key) continue;
        const v = line.cells[col - 1];
        const n = v !== null && typeof v === "object" ? v.v : v;
        if (typeof n !== "number") throw new Error(`${caseName(c)}: ${place.sheet}!${place.a1} holds no number`);
        return n;
      }
  }
  throw new Error(`${caseName(c)}: no ${at.side} ${at.cell}`);
}

/** The text a spec types at a side's "key:COL" (a unit label). */
export function specText(c: Case, at: SideCell): string {
  const s = sideOf(c, at.side);
  const key = at.cell.replace(/:[A-Z]+$/, "");
  const col = resolveCell(s.table, `${s.sheet}!${at.cell}`).col;
  for (const sheet of s.table.sheets)
    for (const block of sheet.blocks)
      for (const line of block.lines)
        if (sheet.name === s.sheet && typeof line !== "string" && line.key === key) return String(line.cells[col - 1] ?? "");
  throw new Error(`${caseName(c)}: no ${at.side} ${at.cell}`);
}
