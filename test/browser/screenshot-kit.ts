/**
 * What the browser test needs to take the docs' screenshots reproducibly (issue 13): a bundled font, so the
 * pictures do not change with the fonts of the machine that runs the test, and a drawn sheet beside the pane,
 * so a reader sees the cells the pane talks about.
 *
 * The font is Noto Sans from the @fontsource/noto-sans npm package (SIL Open Font License), inlined as data:
 * URLs into a style the TEST adds to the page: the pane itself asks no host for fonts (intranet installs,
 * docs/intranet.md) and keeps its Segoe UI stack for real Office.
 */
import * as fs from "fs";
import * as path from "path";
import type { Grid } from "../../src/engine/grid";

const FONT_DIR = path.dirname(require.resolve("@fontsource/noto-sans/package.json"));
/** Vietnamese needs three subsets: Latin, Latin Extended (Ơ, Ư …) and Vietnamese (ạ, ế, ỗ …). */
const SUBSETS = ["latin", "latin-ext", "vietnamese"];

/** @font-face rules for Noto Sans 400/600/700 with the fonts inlined, and a rule that makes every element use it. */
export function bundledFontCss(): string {
  const faces: string[] = [];
  for (const weight of [400, 600, 700]) {
    const css = fs.readFileSync(path.join(FONT_DIR, `${weight}.css`), "utf8");
    for (const block of css.split("@font-face").slice(1)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !SUBSETS.some((s) => file === `noto-sans-${s}-${weight}-normal.woff2`)) continue;
      const data = fs.readFileSync(path.join(FONT_DIR, "files", file)).toString("base64");
      faces.push(
        `@font-face { font-family: "QC Noto Sans"; font-style: normal; font-weight: ${weight}; font-display: block;` +
          ` src: url(data:font/woff2;base64,${data}) format("woff2");${range ? ` unicode-range: ${range};` : ""} }`,
      );
    }
  }
  return `${faces.join("\n")}\n* { font-family: "QC Noto Sans", sans-serif !important; }`;
}

function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function shown(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(v);
  if (typeof v === "object" && v && "error" in v) return String((v as { error: string }).error);
  return String(v);
}

export interface SheetPicture {
  /** 0-based rows to draw, in order; a gap between two is drawn as one "⋮" row. */
  readonly rows: readonly number[];
  /** 0-based columns to draw. */
  readonly cols: readonly number[];
  /** The selected cell ("C60"), outlined the way Excel outlines it. */
  readonly selected?: string;
  readonly width: number;
  /** Each drawn column's width in px (the row-number column is 32). */
  readonly colWidths: readonly number[];
}

/** An Excel-like grid of the sheet's cells (letters, row numbers, gridlines, the selected cell), as HTML. */
export function sheetHtml(grid: Grid, pic: SheetPicture): string {
  const cell = (r: number, c: number) => {
    const rr = r - grid.top;
    const cc = c - grid.left;
    return rr >= 0 && cc >= 0 && rr < grid.values.length ? (grid.values[rr] as unknown[])[cc] : null;
  };
  const head = `<tr><th class="corner"></th>${pic.cols.map((c) => `<th>${columnLetter(c)}</th>`).join("")}</tr>`;
  const body: string[] = [];
  pic.rows.forEach((r, i) => {
    if (i > 0 && r > pic.rows[i - 1] + 1) body.push(`<tr class="gap"><th>⋮</th>${pic.cols.map(() => "<td></td>").join("")}</tr>`);
    const values = pic.cols.map((c) => cell(r, c));
    // A title line (text in the first column only) runs across the row, as Excel lets text overflow empty cells.
    if (values.slice(1).every((v) => v === null || v === undefined || v === "")) {
      body.push(`<tr><th>${r + 1}</th><td class="title" colspan="${pic.cols.length}">${escape(shown(values[0]))}</td></tr>`);
      return;
    }
    // A header line (text only): wrapped and centred, as appendix tables format their headers.
    const header = values.every((v) => typeof v !== "number");
    const tds = pic.cols.map((c) => {
      const v = cell(r, c);
      const address = `${columnLetter(c)}${r + 1}`;
      const next = pic.cols.indexOf(c) + 1 < pic.cols.length ? cell(r, pic.cols[pic.cols.indexOf(c) + 1]) : 0;
      // Text spills into an empty neighbour, as in Excel ("TỔNG CỘNG" over A60:B60).
      const spill = typeof v === "string" && !header && (next === null || next === undefined || next === "");
      const cls = [typeof v === "number" ? "num" : "", header ? "head" : "", spill ? "spill" : "", address === pic.selected ? "selected" : ""].filter(Boolean).join(" ");
      return `<td${cls ? ` class="${cls}"` : ""} title="${address}">${escape(shown(v))}</td>`;
    });
    body.push(`<tr><th>${r + 1}</th>${tds.join("")}</tr>`);
  });
  return `<div class="sheet" style="width:${pic.width}px"><div class="formula-bar"><span>${pic.selected ?? ""}</span><span>fx</span><span>${escape(
    pic.selected ? shown(cellAt(grid, pic.selected)) : "",
  )}</span></div><table style="width:${32 + pic.colWidths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:32px">${pic.colWidths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>${head}${body.join("")}</table><div class="tabs"><span>${escape(grid.sheet)}</span></div></div>`;
}

function cellAt(grid: Grid, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const rr = Number(m[2]) - 1 - grid.top;
  const cc = col - 1 - grid.left;
  return rr >= 0 && cc >= 0 && rr < grid.values.length ? (grid.values[rr] as unknown[])[cc] : null;
}

/** The page: the drawn sheet on the left, the pane (an iframe of taskpane.html) on the right, like Excel's window. */
export function besidePaneHtml(sheet: string, paneUrl: string, paneWidth: number, height: number, fontCss: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${fontCss}
body { margin: 0; display: flex; background: #fff; height: ${height}px; overflow: hidden; font-size: 12px; color: #201f1e; }
.sheet { flex: 0 0 auto; border-right: 1px solid #c8c6c4; overflow: hidden; display: flex; flex-direction: column; }
.formula-bar { display: flex; gap: 12px; padding: 4px 8px; border-bottom: 1px solid #e1dfdd; background: #fff; }
.formula-bar span:first-child { width: 48px; border-right: 1px solid #e1dfdd; }
.formula-bar span:nth-child(2) { color: #605e5c; font-style: italic; }
table { border-collapse: collapse; table-layout: fixed; }
th { background: #f3f2f1; color: #605e5c; font-weight: 400; border: 1px solid #e1dfdd; padding: 0 4px; height: 20px; min-width: 28px; }
td { border: 1px solid #e1dfdd; padding: 0 4px; height: 20px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
td.num { text-align: right; }
td.title, td.spill { overflow: visible; text-overflow: clip; }
td.head { white-space: normal; text-align: center; font-weight: 600; font-size: 11px; line-height: 14px; padding: 2px; height: auto; }
td.selected { outline: 2px solid #107c41; outline-offset: -2px; background: #fde7e9; }
tr.gap th, tr.gap td { height: 14px; }
.tabs { margin-top: auto; border-top: 1px solid #e1dfdd; background: #f3f2f1; padding: 2px 8px; }
.tabs span { background: #fff; padding: 2px 12px; border-bottom: 2px solid #107c41; color: #107c41; font-weight: 600; }
iframe { border: 0; width: ${paneWidth}px; height: ${height}px; flex: 0 0 auto; }
</style></head><body>${sheet}<iframe id="pane" src="${paneUrl}"></iframe></body></html>`;
}
