/**
 * Collects a table's issues so that each problem is reported once, at the cell where it is: one issue per
 * cell (the most severe, the first found among equals), and cells already found wrong are remembered so
 * that relations built on them (a percent of a wrong total) are not flagged a second time.
 */
import { a1, valueAt, type Grid } from "../grid";
import { SEVERITY, type Issue, type IssueCode, type Table } from "../model";
import { normalizeText } from "../text";

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** One number per cell (Excel has at most 16,384 columns): cheaper than string keys on 300,000 cells. */
const cellKey = (row: number, col: number) => row * 16384 + col;

export interface IssueInput {
  readonly code: IssueCode;
  readonly row: number;
  readonly col: number;
  readonly expected?: number;
  readonly actual?: number | string;
  readonly relation?: number;
  readonly params?: { readonly [name: string]: string | number };
}

export class IssueCollector {
  private readonly byCell = new Map<number, Issue>();
  private readonly order: number[] = [];
  private readonly wrong = new Set<number>();
  private readonly wrongCols = new Set<number>();

  constructor(
    private readonly grid: Grid,
    private readonly table: Table,
  ) {}

  add(input: IssueInput): void {
    const key = cellKey(input.row, input.col);
    const params: { [name: string]: string | number } = { cell: a1(input.row, input.col) };
    const header = this.table.columns.find((c) => c.col === input.col)?.header;
    if (header) params.header = header;
    const unit = this.unitName(input.row);
    if (unit) params.unit = unit;
    if (input.expected !== undefined) params.expected = input.expected;
    if (input.actual !== undefined) params.actual = input.actual;
    const issue: Issue = {
      code: input.code,
      severity: SEVERITY[input.code],
      row: input.row,
      col: input.col,
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      ...(input.actual !== undefined ? { actual: input.actual } : {}),
      ...(input.relation !== undefined ? { relation: input.relation } : {}),
      params: { ...params, ...input.params },
    };
    if (issue.severity === "error") {
      this.wrong.add(key);
      this.wrongCols.add(input.col);
    }
    const held = this.byCell.get(key);
    if (!held) {
      this.order.push(key);
      this.byCell.set(key, issue);
    } else if (RANK[issue.severity] < RANK[held.severity]) {
      this.byCell.set(key, issue);
    }
  }

  /** True when any issue is already reported at this cell. */
  has(row: number, col: number): boolean {
    return this.byCell.has(cellKey(row, col));
  }

  /** True when an error is already reported at this cell. */
  isWrong(row: number, col: number): boolean {
    return this.wrong.has(cellKey(row, col));
  }

  /** True when an error is already reported at any of `rows` in column `col` (fast when the column has none). */
  anyWrong(rows: readonly number[], col: number): boolean {
    return this.wrongCols.has(col) && rows.some((r) => this.wrong.has(cellKey(r, col)));
  }

  issues(): Issue[] {
    return this.order.map((k) => this.byCell.get(k) as Issue);
  }

  /** The unit's name on a row ("Đảng bộ xã An Hòa"), from the label column, for messages. */
  unitName(row: number): string | undefined {
    const cols = this.table.labelCols;
    const label = this.table.columns.find((c) => c.role === "label" && cols.includes(c.col))?.col ?? cols[cols.length - 1];
    if (label === undefined) return undefined;
    const v = valueAt(this.grid, row, label);
    return typeof v === "string" && normalizeText(v) !== "" ? normalizeText(v) : undefined;
  }
}

/** "C13, C15" style list of A1 cells for messages, shortened after a few. */
export function cellList(rows: readonly number[], col: number, max = 8): string {
  const cells = rows.slice(0, max).map((r) => a1(r, col));
  return rows.length > max ? `${cells.join(", ")} …` : cells.join(", ");
}

/** "13–23" or "13, 15, 17" style list of Excel row numbers for messages. */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${sorted[0] + 1}–${sorted[sorted.length - 1] + 1}`;
  const shown = sorted.slice(0, 10).map((r) => String(r + 1));
  return sorted.length > 10 ? `${shown.join(", ")} …` : shown.join(", ");
}
