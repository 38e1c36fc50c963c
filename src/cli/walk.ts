/**
 * FILE|DIR arguments → the workbooks to check. A directory means every Excel workbook directly in it —
 * .xlsx and .xlsm, and also old .xls files, so the report says each of those must be saved as .xlsx
 * instead of leaving it out in silence — sorted by name so runs are repeatable; Excel's lock files
 * ("~$Book.xlsx") are skipped. A path that does not exist is kept: the reader reports it as NOT_FOUND next
 * to the files that could be read.
 */
import { type Dirent, promises as fs } from "fs";
import * as path from "path";
import { pushAll } from "../engine/arrays";

export interface WalkResult {
  readonly files: string[];
  /** Directories that held no .xlsx file. */
  readonly emptyDirs: string[];
  /** Directories that could not be listed (no permission …): reported, and the other paths still checked. */
  readonly unreadableDirs: { readonly dir: string; readonly code: string }[];
}

const isWorkbookName = (name: string) => /\.(xlsx|xlsm|xls)$/i.test(name) && !name.startsWith("~$");

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export async function expandPaths(paths: readonly string[]): Promise<WalkResult> {
  const files: string[] = [];
  const emptyDirs: string[] = [];
  const unreadableDirs: { dir: string; code: string }[] = [];
  for (const p of paths) {
    if (!(await isDirectory(p))) {
      files.push(p);
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await fs.readdir(p, { withFileTypes: true });
    } catch (e) {
      unreadableDirs.push({ dir: p, code: (e as NodeJS.ErrnoException).code ?? "EIO" });
      continue;
    }
    const found = entries
      .filter((e) => !e.isDirectory() && isWorkbookName(e.name))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((name) => path.join(p, name));
    if (found.length === 0) emptyDirs.push(p);
    pushAll(files, found);
  }
  return { files, emptyDirs, unreadableDirs };
}
