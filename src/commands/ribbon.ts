/**
 * What the ribbon's "Kiểm tra" (validateSheet) button does. Kept apart from commands.ts so it can be tested with
 * fakes and so the task pane work can replace the body with the real validation (one call into src/excel)
 * without touching the registration.
 */
import { hostFeatures } from "../excel/features";
import { loadPolicyRules } from "../excel/policy-store";
import { validateActiveSheetFromRibbon } from "../excel/ribbon-validate";
import { memorySettingsStore, officeSettingsStore, type SettingsStore } from "../excel/settings";
import { OfficeWorkbook, officeRunner } from "../excel/workbook";

/** The part of Office.AddinCommands.Event the handler uses. */
export interface RibbonEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** What the handler needs from Office; `officeRibbonHost()` supplies the real one. */
export interface RibbonHost {
  showTaskpane(): Promise<void>;
  reportError(error: unknown): void;
  /**
   * Added by PANE: validates the active sheet, marks the issue cells and opens the pane (through
   * showTaskpane) only when there are errors. Without it the handler just opens the pane.
   */
  validate?(): Promise<void>;
}

/** Document settings where Office has them (the marks' previous fills are kept there), else memory. */
function ribbonSettingsStore(): SettingsStore {
  const settings = typeof Office !== "undefined" && Office.context && Office.context.document ? Office.context.document.settings : undefined;
  return settings ? officeSettingsStore(settings) : memorySettingsStore();
}

/** Reads Office.addin lazily: it exists only in a shared runtime (SharedRuntime 1.1). */
export function officeRibbonHost(): RibbonHost {
  const host: RibbonHost = {
    validate: async () => {
      const store = ribbonSettingsStore();
      const workbook = new OfficeWorkbook(officeRunner, hostFeatures(), store);
      // The rules saved in the pane's "Quy định" section; an unreadable setting checks without them.
      const { rules } = loadPolicyRules(store);
      await validateActiveSheetFromRibbon({ workbook, showPane: () => host.showTaskpane(), rules });
    },
    showTaskpane: () => {
      const addin = typeof Office !== "undefined" ? Office.addin : undefined;
      if (!addin || typeof addin.showAsTaskpane !== "function") {
        return Promise.reject(new Error("Office.addin.showAsTaskpane is not available (no shared runtime)"));
      }
      return addin.showAsTaskpane();
    },
    reportError: (error) => console.error("QuotaCheck validateSheet:", error),
  };
  return host;
}

/**
 * Checks the active sheet and marks the issue cells, opening the task pane on the results when there are
 * errors (hosts without `validate` just open the pane). Office waits for event.completed() before it runs
 * another command, so it is called on every path, errors included.
 */
export async function runRibbonValidation(event: RibbonEvent, host: RibbonHost = officeRibbonHost()): Promise<void> {
  try {
    if (host.validate) await host.validate();
    else await host.showTaskpane();
  } catch (error) {
    host.reportError(error);
  } finally {
    event.completed();
  }
}
