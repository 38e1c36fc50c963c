/**
 * The task pane's entry: wires the page's buttons to the controller and the controller to Excel.
 * `Office.onReady` guards everything that needs a host; outside Office (host null, or no Office global
 * at all) the pane still renders, and its actions explain that Excel is needed — which is also the seam
 * the browser test uses, with its own Office stand-in.
 */
import { ExcelAdapterError } from "../excel/errors";
import { hostFeatures } from "../excel/features";
import { onRibbonResult, takeRibbonResult } from "../excel/ribbon-validate";
import { memorySettingsStore, officeSettingsStore, type SettingsStore } from "../excel/settings";
import { OfficeWorkbook, officeRunner, type WorkbookGateway } from "../excel/workbook";
import { PaneController } from "./controller";
import type { PaneSettings } from "./pane-settings";
import { render } from "./render";
import { bindRules } from "./policy-settings";

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

function on(id: string, event: string, handler: (e: Event) => void): void {
  const e = document.getElementById(id);
  if (e) e.addEventListener(event, handler);
}

function bind(c: PaneController): void {
  on("validate", "click", () => void c.validate());
  on("mark", "click", () => void c.mark());
  on("clear-marks", "click", () => void c.clearMarks());
  on("fill-all", "click", () => c.previewFillAll());
  on("undo", "click", () => void c.undo());
  on("apply", "click", () => void c.applyPreview());
  on("cancel", "click", () => c.cancelPreview());
  on("settings-toggle", "click", () => {
    const box = document.getElementById("settings");
    if (box) box.hidden = !box.hidden;
  });
  on("issues", "click", (e) => {
    let target = e.target as HTMLElement | null;
    while (target && !target.getAttribute("data-action")) target = target.parentElement;
    if (!target) return;
    const key = target.getAttribute("data-key") ?? "";
    if (target.getAttribute("data-action") === "fix") c.previewFix(key);
    else void c.select(key);
  });
  const value = (id: string) => (document.getElementById(id) as HTMLSelectElement).value;
  const checked = (id: string) => (document.getElementById(id) as HTMLInputElement).checked;
  on("set-mode", "change", () => void c.updateSettings({ mode: value("set-mode") as PaneSettings["mode"] }));
  on("set-functions", "change", () => void c.updateSettings({ functions: value("set-functions") as PaneSettings["functions"] }));
  on("set-shortfall", "change", () => void c.updateSettings({ addShortfall: checked("set-shortfall") }));
  on("set-language", "change", () => void c.updateSettings({ language: value("set-language") as PaneSettings["language"] }));
  on("set-source", "change", () => void c.updateSettings({ source: value("set-source") as PaneSettings["source"] }));
  on("set-live", "change", () => void c.updateSettings({ live: checked("set-live") }));
}

function start(inExcel: boolean): void {
  const store: SettingsStore = inExcel ? officeSettingsStore(Office.context.document.settings) : memorySettingsStore();
  const workbook = inExcel ? new OfficeWorkbook(officeRunner, hostFeatures(), store) : noHostWorkbook();
  const controller = new PaneController({ workbook, store, displayLanguage: inExcel ? Office.context.displayLanguage : undefined });
  controller.onChange(render);
  bind(controller);
  bindRules(controller);
  render(controller.state);
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
