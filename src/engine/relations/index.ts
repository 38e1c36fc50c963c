/**
 * What a table's numbers promise: inferred from the header tree and confirmed by the data (DESIGN.md,
 * "relations"). Conservative by design: a false relation produces false errors, which users hate more
 * than a missed one. The order is stable (totals, header parts, data parts, percents/shares, shortfalls)
 * because issues point at relations by index.
 */
import type { Grid } from "../grid";
import type { Relation, Table } from "../model";
import { tableValues, type TableValues } from "./values";
import { columnTotalRelations } from "./totals";
import { dataPartsRelations, headerPartsRelations } from "./parts";
import { percentRelations, shortfallRelations } from "./percent";
import { familyRelations, ratioRelations } from "../rows/relations";
import { headerGroupParts, namedBasePercents, pairPercents } from "../rows/columns";

export function inferRelations(grid: Grid, table: Table): Relation[] {
  if (table.dataRows.length === 0) return [];
  const v = tableValues(grid, table);
  const relations: Relation[] = [...columnTotalRelations(table), ...headerPartsRelations(table, v)];
  relations.push(...dataPartsRelations(table, v, relations));
  relations.push(...percentRelations(table, v));
  relations.push(...shortfallRelations(v));
  const structure = structureRelations(table, v, relations);
  // A percent column the row tree explains cell by cell (shares of their own parent rows) is not a share of the total row.
  const byCell = new Set(structure.flatMap((r) => (r.kind === "ratio" ? [r.at.col] : [])));
  return [...relations.filter((r) => !(r.kind === "share" && byCell.has(r.col))), ...structure];
}

/**
 * Issue 9, appended so the relations above keep their indexes: what the header and the row tree state
 * even with too few rows to confirm it from the data, and one ratio per percent cell whose base is a row.
 */
function structureRelations(table: Table, v: TableValues, known: readonly Relation[]): Relation[] {
  const out: Relation[] = [...headerGroupParts(table, v, known)];
  out.push(...namedBasePercents(table, v, [...known, ...out]));
  out.push(...pairPercents(table, v, [...known, ...out]));
  if (!table.rowTree) return out;
  out.push(...familyRelations(table, v));
  const byColumn = new Set([...known, ...out].flatMap((r) => (r.kind === "percent" ? [r.col] : [])));
  out.push(...ratioRelations(table, v, v.numericCols.filter((c) => c.role === "percent" && !byColumn.has(c.col))));
  return out;
}
