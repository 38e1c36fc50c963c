/**
 * Formula texts the fill writes. Native by default (SUM, ROUND, IF, MAX compute in every Excel and in
 * LibreOffice); the QUOTA.* forms only where the user asked for the add-in's functions.
 */
import { a1 } from "../grid";

export type FunctionStyle = "native" | "quota";

export interface StatusWords {
  readonly met: string; // "Đạt"
  readonly exceeded: string; // "Vượt"
  readonly behind: string; // "Chưa đạt"
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function sumFormula(args: string): string {
  return `=SUM(${args})`;
}

/**
 * num/den as percent points (scale 100, ROUND(…,d)) or as a fraction for a %-formatted cell (scale 1,
 * ROUND(…,d+2) so 58.36% stays 58.36%). A zero or blank denominator shows nothing rather than #DIV/0!.
 */
export function percentFormula(num: string, den: string, scale: 100 | 1, decimals: number, style: FunctionStyle): string {
  if (style === "quota" && scale === 100) return `=QUOTA.RATE(${num},${den},${decimals})`;
  const ratio = scale === 100 ? `${num}/${den}*100` : `${num}/${den}`;
  const d = scale === 100 ? decimals : decimals + 2;
  return `=IF(${den}=0,"",ROUND(${ratio},${d}))`;
}

/** Còn thiếu: what is left of the target, never negative. */
export function shortfallFormula(target: string, achieved: string, style: FunctionStyle): string {
  return style === "quota" ? `=QUOTA.SHORTFALL(${target},${achieved})` : `=MAX(0,${target}-${achieved})`;
}

/** Đạt / Vượt / Chưa đạt; nothing where no target was assigned. */
export function statusFormula(target: string, achieved: string, words: StatusWords, style: FunctionStyle): string {
  if (style === "quota") return `=QUOTA.STATUS(${achieved},${target})`;
  return (
    `=IF(${target}=0,"",IF(${achieved}>${target},${quoted(words.exceeded)},` +
    `IF(${achieved}=${target},${quoted(words.met)},${quoted(words.behind)})))`
  );
}

/** An absolute reference ($C$24) for a cell every row points at (the total row of a breakdown table). */
export function absolute(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}
