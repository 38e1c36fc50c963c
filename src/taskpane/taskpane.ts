/**
 * The task pane's entry: connects the controller to Excel and draws the pane (ui/Pane.tsx) into #root.
 * `Office.onReady` guards everything that needs a host; outside Office (host null, or no Office global
 * at all) the pane still renders, and its actions explain that Excel is needed — which is also the seam
 * the browser test uses, with its own Office stand-in.
 */
// First, before any Fluent UI module reads it.
import "./ui/fabric-config";
import { ExcelAdapterError } from "../excel/errors";
import { hostFeatures } from "../excel/features";
import { onRibbonResult, takeRibbonResult } from "../excel/ribbon-validate";
import { memorySettingsStore, officeSettingsStore, type SettingsStore } from "../excel/settings";
import { OfficeWorkbook, officeRunner, type WorkbookGateway } from "../excel/workbook";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { PaneController } from "./controller";
import { OfficeReferenceGateway } from "../excel/reference-sheets";
import { ReconcileController, registerReconcileController } from "./reconcile-controller";
import { readReferenceFile } from "./reconcile-file";
import { registerPaneIcons } from "./ui/icons";
import { Pane } from "./ui/Pane";

/** Outside Excel every action fails with the "open in Excel" message. */
function noHostWorkbook(): WorkbookGateway {
  const refuse = () => Promise.reject(new ExcelAdapterError("no-host"));
  return {
    nativeUndo: false,
    readGrid: refuse,
    selectCell: refuse,
    applyPlan: refuse,
    mark: refuse,
    clearMarks: refuse,
    watchActiveSheet: refuse,
  };
}

function start(inExcel: boolean): void {
  const store: SettingsStore = inExcel ? officeSettingsStore(Office.context.document.settings) : memorySettingsStore();
  const workbook = inExcel ? new OfficeWorkbook(officeRunner, hostFeatures(), store) : noHostWorkbook();
  const controller = new PaneController({ workbook, store, displayLanguage: inExcel ? Office.context.displayLanguage : undefined });
  // Issue 11's "Đối chiếu": only in Excel (it reads other sheets of the workbook).
  if (inExcel) {
    const reference = new OfficeReferenceGateway(officeRunner, hostFeatures());
    registerReconcileController(new ReconcileController({ workbook, reference, store, lang: () => controller.state.lang, readFile: readReferenceFile }));
  }
  registerPaneIcons();
  ReactDOM.render(React.createElement(Pane, { controller }), document.getElementById("root"));
  const fromRibbon = takeRibbonResult();
  if (fromRibbon) controller.showRibbonResult(fromRibbon);
  onRibbonResult((r) => controller.showRibbonResult(r));
  if (inExcel) void controller.applyLiveMode().catch(() => undefined);
}

function boot(): void {
  if (typeof Office === "undefined") {
    start(false);
    return;
  }
  void Office.onReady((info) => start(info.host === Office.HostType.Excel));
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
}
