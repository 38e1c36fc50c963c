/**
 * The table's relations as equations over cells — the one place that knows how each relation kind reads
 * cell by cell. Everything else in src/engine/causes (localization, keystrokes, ranking) works on these
 * three generic forms only:
 *
 *   sum        output = Σ inputs                       column totals, parent = Σ parts
 *   ratio      output ≈ numerator / denominator × scale   percents, shares (at the decimals the cell shows)
 *   shortfall  output = max(0, target − achieved)        còn thiếu
 *
 * A new relation kind (breakdown shares of a base row, "Chia ra" partitions, "Trong đó" subsets …) needs
 * one entry in TOUCHING below: given the relation and a cell, the equations of that relation the cell
 * takes part in. A subset relation ("Trong đó": part ≤ whole) that is an inequality rather than an
 * equation can return [] and is then simply not used to locate causes.
 */
import type { Relation, RelationKind } from "../model";
import { judgeRatio, judgeShortfall } from "../relations/agree";
import { EPSILON, halfUnit, roundShown } from "../rounding";
import { sameCell, type CauseContext, type CellRef } from "./context";

interface Base {
  /** Stable within one table: relation index and output cell. */
  readonly key: string;
  readonly relation: number;
  readonly output: CellRef;
}
export type SumEquation = Base & { readonly form: "sum"; readonly inputs: readonly CellRef[] };
export type RatioEquation = Base & { readonly form: "ratio"; readonly numerator: CellRef; readonly denominator: CellRef; readonly scale: number };
export type ShortfallEquation = Base & { readonly form: "shortfall"; readonly target: CellRef; readonly achieved: CellRef };
export type Equation = SumEquation | RatioEquation | ShortfallEquation;

const keyOf = (relation: number, out: CellRef) => `${relation}:${out.row}:${out.col}`;

function sum(relation: number, output: CellRef, inputs: readonly CellRef[]): SumEquation {
  return { form: "sum", key: keyOf(relation, output), relation, output, inputs };
}
function ratio(relation: number, output: CellRef, numerator: CellRef, denominator: CellRef, scale: number): RatioEquation {
  return { form: "ratio", key: keyOf(relation, output), relation, output, numerator, denominator, scale };
}

const rowSets = new WeakMap<readonly number[], Set<number>>();
/** Membership in a 10,000-row list without scanning it on every trial. */
function rowSet(rows: readonly number[]): Set<number> {
  let s = rowSets.get(rows);
  if (!s) rowSets.set(rows, (s = new Set(rows)));
  return s;
}

/** One object per equation instance, so its Σ is cached once (sumState) however often it is touched. */
function memo<E extends Equation>(ctx: CauseContext, key: string, make: () => E): E {
  const k = `eq:${key}`;
  let e = ctx.cache.get(k) as E | undefined;
  if (!e) ctx.cache.set(k, (e = make()));
  return e;
}

type Touching<K extends RelationKind> = (rel: Extract<Relation, { kind: K }>, index: number, cell: CellRef, ctx: CauseContext) => Equation[];

/** Relation kind → the equations of one relation instance that a cell takes part in. */
const TOUCHING: { readonly [K in RelationKind]: Touching<K> } = {
  "column-total": (rel, i, cell, ctx) => {
    // A last page's total also adds up rows on earlier sheets (engine/pages.ts), which this sheet's cells
    // cannot balance: no equation rather than a wrong one.
    if (!rel.cols.includes(cell.col) || (rel.earlierPages?.length ?? 0) > 0) return [];
    if (cell.row !== rel.row && !rowSet(rel.rows).has(cell.row)) return [];
    const out = { row: rel.row, col: cell.col };
    return [memo(ctx, keyOf(i, out), () => sum(i, out, rel.rows.map((row) => ({ row, col: cell.col }))))];
  },
  parts: (rel, i, cell, ctx) => {
    if (!ctx.figureRows.has(cell.row) || (cell.col !== rel.whole && !rel.parts.includes(cell.col))) return [];
    return [sum(i, { row: cell.row, col: rel.whole }, rel.parts.map((col) => ({ row: cell.row, col })))];
  },
  percent: (rel, i, cell, ctx) => {
    if (!ctx.figureRows.has(cell.row) || (cell.col !== rel.col && cell.col !== rel.numerator && cell.col !== rel.denominator)) return [];
    const r = cell.row;
    return [ratio(i, { row: r, col: rel.col }, { row: r, col: rel.numerator }, { row: r, col: rel.denominator }, rel.scale)];
  },
  share: (rel, i, cell, ctx) => {
    const of = (row: number) => ratio(i, { row, col: rel.col }, { row, col: rel.of }, { row: rel.totalRow, col: rel.of }, rel.scale);
    const units = ctx.table.dataRows;
    if (cell.col === rel.of && cell.row === rel.totalRow) return units.map(of);
    if ((cell.col === rel.col || cell.col === rel.of) && rowSet(units).has(cell.row)) return [of(cell.row)];
    return [];
  },
  // Row tree ("Chia ra"): the parent row = Σ its part rows, column by column — a sum like a sub-total.
  "row-parts": (rel, i, cell, ctx) => {
    if (!rel.cols.includes(cell.col)) return [];
    if (cell.row !== rel.row && !rowSet(rel.rows).has(cell.row)) return [];
    const out = { row: rel.row, col: cell.col };
    return [memo(ctx, keyOf(i, out), () => sum(i, out, rel.rows.map((row) => ({ row, col: cell.col }))))];
  },
  // "Trong đó": part ≤ whole is an inequality, not an equation; it locates no cause.
  subset: () => [],
  // One percent cell against its resolved base. A base that is a caption figure or a sum of rows has no
  // single cell to repair, so only a cell base gives an equation.
  ratio: (rel, i, cell) => {
    const d = rel.denominator;
    if (!("row" in d)) return [];
    if (!sameCell(cell, rel.at) && !sameCell(cell, rel.numerator) && !sameCell(cell, d)) return [];
    return [ratio(i, rel.at, rel.numerator, d, rel.scale)];
  },
  shortfall: (rel, i, cell, ctx) => {
    if (!ctx.figureRows.has(cell.row) || (cell.col !== rel.col && cell.col !== rel.target && cell.col !== rel.achieved)) return [];
    // A total row of a shortfall column is judged as a sum (checks/totals.ts), not as its own row's shortfall.
    if (ctx.relations.some((x) => x.kind === "column-total" && x.row === cell.row && x.cols.includes(rel.col))) return [];
    const r = cell.row;
    return [{ form: "shortfall", key: keyOf(i, { row: r, col: rel.col }), relation: i, output: { row: r, col: rel.col }, target: { row: r, col: rel.target }, achieved: { row: r, col: rel.achieved } }];
  },
};

/** Every equation of the table that `cell` takes part in. */
export function equationsTouching(ctx: CauseContext, cell: CellRef): Equation[] {
  const out: Equation[] = [];
  ctx.relations.forEach((rel, i) => {
    const f = TOUCHING[rel.kind] as Touching<RelationKind>;
    out.push(...f(rel as never, i, cell, ctx));
  });
  return out;
}

/** The equation a finding reports on: relation `relation`, output at the finding's cell. */
export function equationAt(ctx: CauseContext, relation: number, cell: CellRef): Equation | undefined {
  const rel = ctx.relations[relation];
  if (!rel) return undefined;
  const f = TOUCHING[rel.kind] as Touching<RelationKind>;
  return f(rel as never, relation, cell, ctx).find((e) => sameCell(e.output, cell));
}

export function cellsOf(eq: Equation): CellRef[] {
  switch (eq.form) {
    case "sum":
      return [eq.output, ...eq.inputs];
    case "ratio":
      return [eq.output, eq.numerator, eq.denominator];
    case "shortfall":
      return [eq.output, eq.target, eq.achieved];
  }
}

/** A value put in place of what one cell shows, to see what would hold then. */
export interface Override {
  readonly cell: CellRef;
  readonly value: number;
}

interface SumState {
  readonly sum: number;
  readonly half: number;
  readonly present: number;
  readonly fractional: number;
}

const halfOf = (x: number, decimals: number) => (Number.isInteger(x) && decimals === 0 ? 0 : halfUnit(decimals));

/** Σ inputs once per equation: a 10,000-unit column total is read once, then each trial is O(1). */
function sumState(ctx: CauseContext, eq: SumEquation): SumState {
  const k = `sum:${eq.key}`;
  const hit = ctx.cache.get(k) as SumState | undefined;
  if (hit) return hit;
  let s = 0;
  let half = 0;
  let present = 0;
  let fractional = 0;
  for (const c of eq.inputs) {
    const x = ctx.read(c);
    if (Number.isNaN(x)) continue;
    s += x;
    present++;
    half += halfOf(x, ctx.decimals(c));
    if (!Number.isInteger(x)) fractional++;
  }
  const state = { sum: s, half, present, fractional };
  ctx.cache.set(k, state);
  return state;
}

function read(ctx: CauseContext, cell: CellRef, o?: Override): number {
  return o && sameCell(o.cell, cell) ? o.value : ctx.read(cell);
}

/**
 * Whether the equation holds (undefined: nothing to compare, e.g. a blank total), judged exactly as the
 * checks judge it: whole numbers exactly, shown decimals as intervals, percents at their shown decimals
 * (truncation accepted).
 */
export function holds(ctx: CauseContext, eq: Equation, o?: Override): boolean | undefined {
  switch (eq.form) {
    case "sum": {
      const st = sumState(ctx, eq);
      let { sum: s, half, present, fractional } = st;
      if (o && !sameCell(o.cell, eq.output) && eq.inputs.some((c) => sameCell(c, o.cell))) {
        const old = ctx.read(o.cell);
        const d = ctx.decimals(o.cell);
        if (!Number.isNaN(old)) {
          s -= old;
          half -= halfOf(old, d);
          present--;
          if (!Number.isInteger(old)) fractional--;
        }
        s += o.value;
        half += halfOf(o.value, d);
        present++;
        if (!Number.isInteger(o.value)) fractional++;
      }
      const out = read(ctx, eq.output, o);
      if (Number.isNaN(out) || present === 0) return undefined;
      if (fractional === 0 && Number.isInteger(out)) return Math.abs(s - out) <= EPSILON * Math.max(1, Math.abs(out));
      const tol = half + halfOf(out, ctx.decimals(eq.output)) + EPSILON * Math.max(1, Math.abs(out));
      return Math.abs(s - out) <= tol;
    }
    case "ratio": {
      const j = judgeRatio(read(ctx, eq.output, o), ctx.decimals(eq.output), read(ctx, eq.numerator, o), read(ctx, eq.denominator, o), eq.scale);
      return j ? j.verdict !== "mismatch" : undefined;
    }
    case "shortfall":
      return judgeShortfall(read(ctx, eq.output, o), read(ctx, eq.target, o), read(ctx, eq.achieved, o))?.ok;
  }
}

/**
 * After `o`, does the equation hold? A formula in its output cell (other than the changed cell) is
 * recalculated by Excel, so it follows the change and holds.
 */
export function holdsAfter(ctx: CauseContext, eq: Equation, o: Override): boolean | undefined {
  if (!sameCell(eq.output, o.cell) && ctx.hasFormula(eq.output)) return true;
  return holds(ctx, eq, o);
}

/** The one value of `cell` that makes the equation hold, where there is one (the output; an input of a sum). */
export function solveExact(ctx: CauseContext, eq: Equation, cell: CellRef): number | undefined {
  const clean = (x: number) => Math.round(x * 1e9) / 1e9;
  switch (eq.form) {
    case "sum": {
      const st = sumState(ctx, eq);
      if (sameCell(cell, eq.output)) return st.present > 0 ? clean(st.sum) : undefined;
      const out = ctx.read(eq.output);
      const old = ctx.read(cell);
      if (Number.isNaN(out) || Number.isNaN(old)) return undefined;
      return clean(out - (st.sum - old));
    }
    case "ratio": {
      if (!sameCell(cell, eq.output)) return undefined;
      const num = ctx.read(eq.numerator);
      const den = ctx.read(eq.denominator);
      if (Number.isNaN(num) || Number.isNaN(den) || den === 0) return undefined;
      return roundShown((num / den) * eq.scale, ctx.decimals(eq.output));
    }
    case "shortfall": {
      const [out, t, a] = [eq.output, eq.target, eq.achieved].map((c) => ctx.read(c));
      if (sameCell(cell, eq.output)) return Number.isNaN(t) || Number.isNaN(a) ? undefined : Math.max(0, t - a);
      if (Number.isNaN(out) || out <= 0) return undefined;
      if (sameCell(cell, eq.target)) return Number.isNaN(a) ? undefined : a + out;
      return Number.isNaN(t) ? undefined : t - out;
    }
  }
}
