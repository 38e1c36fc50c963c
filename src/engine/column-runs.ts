/**
 * Numbers stored as text come by whole columns (a table pasted from Word or exported from another
 * program): one warning a cell would bury a table's errors. The readable views (text report, task pane)
 * list MIN_COLUMN_RUN or more such warnings of one column as one entry, where the first of them stood;
 * the JSON report and the marks keep every cell.
 */
export const COLUMN_RUN_CODE = "NUMBER_AS_TEXT";
export const MIN_COLUMN_RUN = 4;

/** One listed entry: a single item, or a column's run of them (first item first). */
export type Listed<T> = { readonly item: T; readonly run?: undefined } | { readonly item: T; readonly run: readonly T[] };

/** `items` in their order, each column's run of COLUMN_RUN_CODE items folded into one entry at its first. */
export function listWithColumnRuns<T extends { readonly code: string }>(items: readonly T[], columnOf: (item: T) => string | number): Listed<T>[] {
  const runs = new Map<string | number, T[]>();
  for (const item of items) {
    if (item.code !== COLUMN_RUN_CODE) continue;
    const col = columnOf(item);
    const run = runs.get(col);
    if (run) run.push(item);
    else runs.set(col, [item]);
  }
  const listed: Listed<T>[] = [];
  for (const item of items) {
    const run = item.code === COLUMN_RUN_CODE ? runs.get(columnOf(item)) : undefined;
    if (!run || run.length < MIN_COLUMN_RUN) listed.push({ item });
    else if (run[0] === item) listed.push({ item, run });
  }
  return listed;
}
