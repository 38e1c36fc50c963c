/**
 * A reference workbook opened from disk in the task pane (issue 11), read into Grids without ExcelJS:
 * ExcelJS would more than double the pane's scripts, while a reference table needs only what this reads —
 * sheet names, cell values (shared strings, inline strings, numbers, booleans, errors, cached formula
 * results), formulas, number formats, merged areas and hidden rows/columns. The zip is opened with JSZip,
 * which the pane loads as a separate chunk only when the user picks a file (reconcile-file.ts); the XML is
 * read with a few regular expressions rather than DOMParser so the same code runs in IE11, in Node (tests)
 * and in every browser alike. Dates stay serial numbers, as Office.js reports them.
 */
import type JSZip from "jszip";
import type { CellValue, Grid, MergedArea } from "../engine/grid";
import { columnIndex } from "../engine/grid";

/** Excel's built-in number formats that reference tables use (ECMA-376 18.8.30). */
const BUILTIN_FORMATS: { readonly [id: number]: string } = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  14: "m/d/yyyy",
  49: "@",
};

const ENTITIES: { readonly [name: string]: string } = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ENTITIES[n])
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The attributes of one start tag, by local name (prefixes dropped: r:id → id). */
function attributes(tag: string): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1].replace(/^.*:/, "")] = decode(m[2] ?? m[3] ?? "");
  return out;
}

/** Every element `name` (with or without a namespace prefix): its start tag and inner XML. */
function elements(xml: string, name: string): { attrs: { [name: string]: string }; inner: string }[] {
  const out: { attrs: { [name: string]: string }; inner: string }[] = [];
  const re = new RegExp(`<(?:\\w+:)?${name}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push({ attrs: attributes(m[1] ?? ""), inner: m[3] ?? "" });
  return out;
}

/** The text of all <t> elements inside (a shared or inline rich string's runs joined), phonetic runs left out. */
function textOf(inner: string): string {
  const withoutPhonetic = inner.replace(/<(?:\w+:)?rPh[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  return elements(withoutPhonetic, "t")
    .map((e) => decode(e.inner))
    .join("");
}

function cellRef(ref: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : undefined;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

function resolveTarget(target: string): string {
  const t = target.replace(/^\//, "");
  return t.startsWith("xl/") ? t : `xl/${t}`;
}

interface Styles {
  readonly formatOfStyle: readonly string[];
}

function readStyles(xml: string | undefined): Styles {
  if (!xml) return { formatOfStyle: [] };
  const custom: { [id: number]: string } = {};
  for (const f of elements(xml, "numFmt")) custom[Number(f.attrs.numFmtId)] = f.attrs.formatCode;
  const cellXfs = elements(xml, "cellXfs")[0];
  const xfs = cellXfs ? elements(cellXfs.inner, "xf") : [];
  return {
    formatOfStyle: xfs.map((x) => {
      const id = Number(x.attrs.numFmtId ?? 0);
      return custom[id] ?? BUILTIN_FORMATS[id] ?? "General";
    }),
  };
}

interface RawCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  format: string;
}

function readCellValue(type: string | undefined, v: string | undefined, inner: string, shared: readonly string[]): CellValue {
  if (type === "inlineStr") return textOf(inner);
  if (v === undefined) return null;
  const raw = decode(v);
  switch (type) {
    case "s":
      return shared[Number(raw)] ?? null;
    case "str":
      return raw;
    case "b":
      return raw === "1";
    case "e":
      return { error: raw };
    default: {
      const n = Number(raw);
      return raw.trim() === "" || !Number.isFinite(n) ? raw : n;
    }
  }
}

/**
 * One worksheet's XML → Grid. Shared formulas: only the master cell's text is in the file, so a shared
 * child keeps its cached value and no formula (reconciliation compares values, never formulas).
 */
export function sheetXmlToGrid(name: string, xml: string, shared: readonly string[], styles: Styles): Grid {
  const cells: RawCell[] = [];
  const hiddenRows: number[] = [];
  for (const row of elements(xml, "row")) {
    const r = Number(row.attrs.r) - 1;
    if (row.attrs.hidden === "1" || row.attrs.hidden === "true") hiddenRows.push(r);
    for (const c of elements(row.inner, "c")) {
      const at = cellRef(c.attrs.r ?? "");
      if (!at) continue;
      const v = elements(c.inner, "v")[0]?.inner;
      const f = elements(c.inner, "f")[0];
      const value = readCellValue(c.attrs.t, v, c.inner, shared);
      const formula = f && f.inner.trim() !== "" ? `=${decode(f.inner)}` : null;
      if (value === null && formula === null) continue;
      cells.push({ ...at, value, formula, format: styles.formatOfStyle[Number(c.attrs.s ?? 0)] ?? "General" });
    }
  }
  const merges: MergedArea[] = [];
  for (const m of elements(xml, "mergeCell")) {
    const [a, b] = (m.attrs.ref ?? "").split(":");
    const p = cellRef(a);
    const q = cellRef(b ?? a);
    if (p && q) merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  const hiddenCols: number[] = [];
  for (const col of elements(xml, "col")) {
    if (col.attrs.hidden !== "1" && col.attrs.hidden !== "true") continue;
    for (let c = Number(col.attrs.min) - 1; c <= Number(col.attrs.max) - 1 && c < 16384; c++) hiddenCols.push(c);
  }
  if (cells.length === 0 && merges.length === 0) {
    return { sheet: name, top: 0, left: 0, values: [], formulas: [], numberFormats: [], merges, hiddenRows, hiddenCols };
  }
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const grow = (r0: number, c0: number, r1: number, c1: number) => {
    top = Math.min(top, r0);
    left = Math.min(left, c0);
    bottom = Math.max(bottom, r1);
    right = Math.max(right, c1);
  };
  for (const c of cells) grow(c.row, c.col, c.row, c.col);
  for (const m of merges) grow(m.top, m.left, m.bottom, m.right);
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => Array.from({ length: width }, (): CellValue => null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => Array.from({ length: width }, (): string | null => null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => Array.from({ length: width }, (): string | null => "General"));
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    formulas[c.row - top][c.col - left] = c.formula;
    numberFormats[c.row - top][c.col - left] = c.format;
  }
  return {
    sheet: name,
    top,
    left,
    values,
    formulas,
    numberFormats,
    merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows,
    hiddenCols: hiddenCols.filter((c) => c >= left && c <= right),
  };
}

/** Every worksheet of an .xlsx file's bytes, in workbook order; throws when the bytes are no .xlsx. */
export async function readXlsxGrids(jszip: typeof JSZip, bytes: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const zip = await jszip.loadAsync(bytes);
  const workbook = await text(zip, "xl/workbook.xml");
  if (!workbook) throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets: { [id: string]: string } = {};
  for (const r of elements(rels, "Relationship")) targets[r.attrs.Id] = r.attrs.Target;
  const sharedXml = await text(zip, "xl/sharedStrings.xml");
  const shared = sharedXml ? elements(sharedXml, "si").map((si) => textOf(si.inner)) : [];
  const styles = readStyles(await text(zip, "xl/styles.xml"));
  const grids: Grid[] = [];
  for (const s of elements(workbook, "sheet")) {
    const target = targets[s.attrs.id];
    const xml = target ? await text(zip, resolveTarget(target)) : undefined;
    if (xml !== undefined) grids.push(sheetXmlToGrid(s.attrs.name, xml, shared, styles));
  }
  return grids;
}
