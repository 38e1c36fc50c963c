/**
 * ExcelJS expands every merged area into one cell object per covered cell while it loads a workbook, so a
 * merge A1:XFD1048576 runs the process out of memory before any of our code sees the sheet. Before
 * ExcelJS loads the package, a merged area larger than the sheet's cells is clipped to the rectangle of
 * cells the sheet really has (the rest of it is blank). The change is only in what we read: `fix` refuses
 * such a workbook rather than write a copy whose merge differs from the original.
 */
import JSZip from "jszip";
import { DENSE_CELLS } from "../engine/blocks";
import { a1Range, parseA1 } from "../engine/grid";

export interface ClippedMerge {
  /** The worksheet part ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  /** The merge as written in the file ("A1:XFD1048576"). */
  readonly range: string;
}

const MERGE_RE = /<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"[^>]*\/>/g;
const CELL_RE = /<c\b[^>]*\br="([A-Z]+)(\d+)"/g;

function mergeArea(from: string, to: string): { top: number; left: number; bottom: number; right: number } | null {
  const a = parseA1(from);
  const b = parseA1(to);
  return a && b ? { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) } : null;
}

/** The sheet XML with its oversized merges clipped to its cells (or dropped), and what was clipped. */
function clipSheet(xml: string): { xml: string; clipped: string[] } | null {
  let huge = false;
  for (const m of xml.matchAll(MERGE_RE)) {
    const area = mergeArea(m[1], m[2]);
    if (area && (area.bottom - area.top + 1) * (area.right - area.left + 1) > DENSE_CELLS) huge = true;
  }
  if (!huge) return null;
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const c of xml.matchAll(CELL_RE)) {
    const p = parseA1(`${c[1]}${c[2]}`);
    if (!p) continue;
    top = Math.min(top, p.row);
    bottom = Math.max(bottom, p.row);
    left = Math.min(left, p.col);
    right = Math.max(right, p.col);
  }
  const clipped: string[] = [];
  const out = xml.replace(MERGE_RE, (whole, from: string, to: string) => {
    const m = mergeArea(from, to);
    if (!m || (m.bottom - m.top + 1) * (m.right - m.left + 1) <= DENSE_CELLS) return whole;
    clipped.push(`${from}:${to}`);
    const c = { top: Math.max(m.top, top), left: Math.max(m.left, left), bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) };
    // Nothing left to merge, or a merge still spanning a mostly empty sheet (values at its far corners): dropped.
    const cells = (c.bottom - c.top + 1) * (c.right - c.left + 1);
    if (c.top > c.bottom || c.left > c.right || cells <= 1 || cells > DENSE_CELLS) return "";
    return whole.replace(`${from}:${to}`, a1Range(c.top, c.left, c.bottom, c.right));
  });
  return { xml: out, clipped };
}

/**
 * The package with oversized merges clipped, or the same bytes when it has none. A package JSZip cannot
 * open is returned unchanged: ExcelJS then reports it as damaged.
 */
export async function clipOversizedMerges(bytes: Buffer): Promise<{ bytes: Buffer; clipped: ClippedMerge[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { bytes, clipped: [] };
  }
  const clipped: ClippedMerge[] = [];
  for (const part of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))) {
    const xml = await zip.file(part)?.async("string");
    if (!xml || !xml.includes("<mergeCell")) continue;
    const result = clipSheet(xml);
    if (!result) continue;
    zip.file(part, result.xml);
    for (const range of result.clipped) clipped.push({ part, range });
  }
  if (clipped.length === 0) return { bytes, clipped };
  return { bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), clipped };
}
