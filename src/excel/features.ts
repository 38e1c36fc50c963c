/**
 * Which optional Excel APIs this host has. Perpetual Office 2016/2019 and LTSC builds stop at older
 * ExcelApi sets, so everything newer than 1.1 is feature-detected once and passed down; tests pass a
 * literal instead of stubbing Office.context.requirements.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.7: Range.getResizedRange (the first-sync read window). */
  readonly resizedRange: boolean;
  /** ExcelApi 1.7: Worksheet.onChanged (live mode). */
  readonly changeEvents: boolean;
  /** ExcelApi 1.8: Workbook.readOnly. */
  readonly readOnlyFlag: boolean;
  /** ExcelApi 1.9: getSpecialCellsOrNullObject("Visible") for hidden rows, and RangeFill.pattern. */
  readonly specialCells: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup: true }) so Ctrl+Z undoes a fill in one step. */
  readonly mergeUndoGroup: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (v: string): boolean => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return {
    resizedRange: has("1.7"),
    changeEvents: has("1.7"),
    readOnlyFlag: has("1.8"),
    specialCells: has("1.9"),
    mergedAreas: has("1.13"),
    mergeUndoGroup: has("1.20"),
  };
}

/** What ExcelApi 1.1 alone offers: the adapter still reads and writes, without merges or hidden rows. */
export const BASELINE_FEATURES: ExcelFeatures = {
  resizedRange: false,
  changeEvents: false,
  readOnlyFlag: false,
  specialCells: false,
  mergedAreas: false,
  mergeUndoGroup: false,
};

/** The features of the running Office host (baseline outside Office). */
export function hostFeatures(): ExcelFeatures {
  if (typeof Office === "undefined" || !Office.context || !Office.context.requirements) return BASELINE_FEATURES;
  return detectFeatures((name, v) => Office.context.requirements.isSetSupported(name, v));
}
