/**
 * What a table's numbers promise: inferred from the header tree and confirmed by the data (DESIGN.md,
 * "relations"). Conservative by design: a false relation produces false errors, which users hate more
 * than a missed one. The order is stable (totals, header parts, data parts, percents/shares, shortfalls)
 * because issues point at relations by index.
 */
import type { Grid } from "../grid";
import type { Relation, Table } from "../model";
import { tableValues } from "./values";
import { columnTotalRelations } from "./totals";
import { dataPartsRelations, headerPartsRelations } from "./parts";
import { percentRelations, shortfallRelations } from "./percent";

export function inferRelations(grid: Grid, table: Table): Relation[] {
  if (table.dataRows.length === 0) return [];
  const v = tableValues(grid, table);
  const relations: Relation[] = [...columnTotalRelations(table), ...headerPartsRelations(table, v)];
  relations.push(...dataPartsRelations(table, v, relations));
  relations.push(...percentRelations(table, v));
  relations.push(...shortfallRelations(v));
  return relations;
}
