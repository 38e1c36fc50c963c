/** The name a new summary gives a unit's row: what the unit's workbook says about itself (engine/units/unit-caption.ts). */
import type { UnitFile } from "../engine/reconcile/summary";
import { unitNameOf } from "../engine/units/unit-caption";

export function unitNameFromCaptions(unit: UnitFile): string {
  const captions = unit.sheets.flatMap((s) => s.tables.flatMap((t) => t.table.captions));
  return unitNameOf(captions, unit.sheets.map((s) => s.grid.sheet), unit.file);
}
