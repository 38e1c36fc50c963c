/**
 * Ribbon command registration. In the shared runtime this chunk loads in taskpane.html; commands.html
 * carries it too for clients that open the manifest's function file on its own.
 */
import { runRibbonValidation, RibbonEvent } from "./ribbon";

/** The FunctionName of the ExecuteFunction button in manifest.xml. */
export const VALIDATE_SHEET_ACTION = "validateSheet";

/** The part of the Office global that registration uses (a fake in tests). */
export interface OfficeActionsHost {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<unknown>;
  actions?: { associate(actionId: string, actionFunction: (arg?: unknown) => void): void };
}

export function validateSheetHandler(event: RibbonEvent): Promise<void> {
  return runRibbonValidation(event);
}

/** Associates every ribbon action once Office is ready; resolves when that is done. */
export async function registerRibbonCommands(office: OfficeActionsHost): Promise<void> {
  await office.onReady();
  // Office.actions is missing on hosts without command support (e.g. Office 2016 MSI): nothing to wire there.
  if (!office.actions) return;
  office.actions.associate(VALIDATE_SHEET_ACTION, (event) => {
    void validateSheetHandler(event as RibbonEvent);
  });
}

// Outside Office (plain browser, tests) there is no Office global: registration is skipped, not an error.
if (typeof Office !== "undefined") {
  registerRibbonCommands(Office as unknown as OfficeActionsHost).catch((error: unknown) =>
    console.error("QuotaCheck: ribbon commands not registered:", error),
  );
}
