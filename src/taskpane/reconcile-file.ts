/**
 * Reads a reference .xlsx picked in the pane. JSZip and the reader come in a chunk of their own, fetched
 * the first time a user opens a file, so the pane's first load stays within its budget (docs/taskpane.md).
 */
import type { Grid } from "../engine/grid";

export async function readReferenceFile(bytes: ArrayBuffer): Promise<Grid[]> {
  const [zip, reader] = await Promise.all([import(/* webpackChunkName: "reference-file" */ "jszip"), import(/* webpackChunkName: "reference-file" */ "./xlsx-reader")]);
  const JSZip = (zip as unknown as { default?: typeof import("jszip") }).default ?? (zip as unknown as typeof import("jszip"));
  return reader.readXlsxGrids(JSZip, bytes);
}
