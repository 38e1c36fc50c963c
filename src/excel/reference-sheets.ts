/**
 * The Excel side of the pane's "Đối chiếu" (issue 11): the workbook's sheet names, to choose one as the
 * reference, and one sheet's used range read by name (the same reader as "Kiểm tra"). Kept apart from
 * WorkbookGateway so the pane's other actions and their test doubles stay as they are.
 */
import type { Grid } from "../engine/grid";
import { toAdapterError } from "./errors";
import type { ExcelFeatures } from "./features";
import { readSheetGrid } from "./read-grid";
import type { ExcelRunner } from "./workbook";

export interface ReferenceGateway {
  /** Every worksheet's name, in tab order, and the active one's. */
  sheetNames(): Promise<{ readonly names: string[]; readonly active: string }>;
  readSheet(name: string): Promise<Grid>;
}

export class OfficeReferenceGateway implements ReferenceGateway {
  constructor(
    private readonly run: ExcelRunner,
    private readonly features: ExcelFeatures,
  ) {}

  private guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.run(batch).catch((e: unknown) => {
      throw toAdapterError(e);
    });
  }

  sheetNames(): Promise<{ names: string[]; active: string }> {
    return this.guarded(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      return { names: sheets.items.map((s) => s.name), active: active.name };
    });
  }

  readSheet(name: string): Promise<Grid> {
    return this.guarded((context) => readSheetGrid(context, this.features, { sheet: name }));
  }
}
