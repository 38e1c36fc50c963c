/**
 * Where every part of a corpus spec lands on its worksheet (1-based Excel rows and columns). The builder
 * writes cells there and the scorer turns "key:COL" names into A1 addresses with the same function, so the
 * two cannot drift apart.
 */
import type { Block, CellInput, CorpusTable, Line, SheetSpec } from "./types";

export interface PlacedRow {
  readonly row: number;
  readonly kind: "caption" | "header" | "line" | "note";
  readonly block: Block;
  /** For "header": which header row (0-based); for "line": the line; for caption/note: the text. */
  readonly headerRow?: number;
  readonly line?: Exclude<Line, "header" | "blank">;
  readonly text?: string;
  /** A header band that repeats one above (a new printed page). */
  readonly repeated?: boolean;
}

export interface SheetLayout {
  readonly sheet: SheetSpec;
  readonly rows: readonly PlacedRow[];
  /** Row key → Excel row. */
  readonly keys: ReadonlyMap<string, number>;
}

/** The number of columns a block spans (its header band's width). */
export function blockWidth(block: Block): number {
  return Math.max(...block.header.map((h) => h.c + (h.cols ?? 1)));
}

export function layoutSheet(sheet: SheetSpec): SheetLayout {
  const rows: PlacedRow[] = [];
  const keys = new Map<string, number>();
  let row = 1;
  sheet.blocks.forEach((block, b) => {
    if (b > 0) row += 2;
    for (const text of block.captions) rows.push({ row: row++, kind: "caption", block, text });
    if (block.captions.length > 0) row++;
    const band = (repeated: boolean) => {
      for (let h = 0; h < block.headerRows; h++) rows.push({ row: row++, kind: "header", block, headerRow: h, repeated });
    };
    band(false);
    for (const line of block.lines) {
      if (line === "blank") row++;
      else if (line === "header") band(true);
      else {
        if (line.key) {
          if (keys.has(line.key)) throw new Error(`${sheet.name}: row key "${line.key}" used twice`);
          keys.set(line.key, row);
        }
        rows.push({ row: row++, kind: "line", block, line });
      }
    }
    if (block.after && block.after.length > 0) {
      row++;
      for (const text of block.after) rows.push({ row: row++, kind: "note", block, text });
    }
  });
  return { sheet, rows, keys };
}

/** "key:COL" or "Sheet!key:COL" → { sheet, a1 }. */
export function resolveCell(table: CorpusTable, name: string): { sheet: string; a1: string; row: number; col: number } {
  const bang = name.indexOf("!");
  const sheetName = bang >= 0 ? name.slice(0, bang) : table.sheets[0].name;
  const rest = bang >= 0 ? name.slice(bang + 1) : name;
  const m = /^(.+):([A-Z]+)$/.exec(rest);
  if (!m) throw new Error(`${table.name}: bad cell name "${name}" (want key:COL)`);
  const sheet = table.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`${table.name}: no sheet "${sheetName}"`);
  const row = layoutSheet(sheet).keys.get(m[1]);
  if (row === undefined) throw new Error(`${table.name}: no row key "${m[1]}" on sheet "${sheetName}"`);
  return { sheet: sheetName, a1: `${m[2]}${row}`, row, col: colNumber(m[2]) };
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The spec with its planted slip typed in (the "-slip" variant). */
export function withSlip(table: CorpusTable): CorpusTable {
  const slip = table.slip;
  if (!slip) throw new Error(`${table.name} has no slip`);
  const at = resolveCell(table, slip.at);
  const key = slip.at.replace(/^.*!/, "").replace(/:[A-Z]+$/, "");
  const sheets = table.sheets.map((s) =>
    s.name !== at.sheet
      ? s
      : {
          ...s,
          blocks: s.blocks.map((b) => ({
            ...b,
            lines: b.lines.map((l) => {
              if (l === "header" || l === "blank" || l.key !== key) return l;
              const cells: CellInput[] = [...l.cells];
              while (cells.length < at.col) cells.push(null);
              cells[at.col - 1] = slip.typed;
              return { ...l, cells };
            }),
          })),
        },
  );
  return { ...table, name: `${table.name}-slip`, sheets };
}
