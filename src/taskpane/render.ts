/**
 * Draws the controller's state into the pane's page (taskpane.html). Plain DOM, no framework: the pane
 * must run in Office 2016/2019's Internet Explorer 11 and EdgeHTML webviews (see docs/taskpane.md), and
 * every text goes in through textContent, never as HTML.
 */
import { t, type Lang } from "../i18n/index";
import type { PaneState } from "./controller";
import type { IssueView } from "./view-model";
import { renderFoundRules, renderRules } from "./policy-settings";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`taskpane.html has no #${id}`);
  return e as T;
}

function clear(e: HTMLElement): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

/** Static labels, redrawn when the language changes. */
function renderLabels(lang: Lang): void {
  document.documentElement.lang = lang;
  const labels: [string, string][] = [
    ["title", "pane.title"],
    ["validate", "pane.validate"],
    ["mark", "pane.mark"],
    ["clear-marks", "pane.clearMarks"],
    ["fill-all", "pane.fillAll"],
    ["undo", "pane.undo"],
    ["settings-toggle", "pane.settings"],
    ["apply", "pane.apply"],
    ["cancel", "pane.cancel"],
    ["label-mode", "pane.settings.mode"],
    ["opt-formulas", "pane.settings.formulas"],
    ["opt-values", "pane.settings.values"],
    ["label-functions", "pane.settings.functions"],
    ["opt-native", "pane.settings.native"],
    ["opt-quota", "pane.settings.quota"],
    ["label-shortfall", "pane.settings.shortfall"],
    ["label-language", "pane.settings.language"],
    ["opt-auto", "pane.settings.auto"],
    ["label-live", "pane.settings.live"],
    ["label-source", "pane.settings.source"],
    ["opt-used", "pane.settings.used"],
    ["opt-selection", "pane.settings.selection"],
  ];
  for (const [id, key] of labels) byId(id).textContent = t(key, lang);
}

function renderIssues(view: IssueView | undefined, lang: Lang, selectedKey: string | undefined, busy: boolean): void {
  const host = byId("issues");
  clear(host);
  const summary = byId("summary");
  summary.textContent = view ? view.summary.text : "";
  if (!view) return;
  for (const table of view.tables) {
    const section = el("section", "table-group");
    section.appendChild(el("h2", "table-title", table.title));
    for (const group of table.groups) {
      section.appendChild(el("h3", `severity-title sev-${group.severity}`, `${group.title} (${group.items.length})`));
      const list = el("ul", "issue-list");
      for (const item of group.items) {
        const li = el("li", `issue sev-${item.severity}${item.key === selectedKey ? " selected" : ""}`);
        li.setAttribute("data-key", item.key);
        li.setAttribute("data-address", item.address);
        const main = el("button", "issue-main");
        main.setAttribute("data-action", "select");
        main.setAttribute("data-key", item.key);
        main.disabled = busy;
        main.appendChild(el("span", "issue-address", item.address));
        main.appendChild(el("span", "issue-message", item.message));
        const facts = [item.expected, item.actual].filter((x): x is string => x !== undefined);
        if (facts.length > 0) main.appendChild(el("span", "issue-values", facts.join(" · ")));
        if (item.because) main.appendChild(el("span", "issue-because", item.because));
        li.appendChild(main);
        if (item.fixable) {
          const fix = el("button", "issue-fix", t("pane.fix", lang));
          fix.setAttribute("data-action", "fix");
          fix.setAttribute("data-key", item.key);
          fix.disabled = busy;
          li.appendChild(fix);
        }
        list.appendChild(li);
      }
      section.appendChild(list);
    }
    host.appendChild(section);
  }
}

function renderPreview(state: PaneState): void {
  const box = byId("preview");
  const list = byId("preview-list");
  clear(list);
  const p = state.preview;
  box.hidden = !p || p.lines.length === 0;
  if (!p) return;
  byId("preview-title").textContent = t("pane.preview.title", state.lang, { count: p.lines.length });
  for (const line of p.lines) {
    const li = el("li", line.changesDisplayedValue ? "change shown" : "change");
    li.appendChild(el("span", "change-address", line.address));
    li.appendChild(el("span", "change-values", `${line.before} → ${line.after}`));
    li.appendChild(el("span", "change-reason", line.formula ? `${line.reason}, ${t("pane.preview.formula", state.lang, { formula: line.formula })}` : line.reason));
    list.appendChild(li);
  }
  if (p.merges > 0) list.appendChild(el("li", "change", t("pane.preview.merges", state.lang, { count: p.merges })));
  (byId("apply") as HTMLButtonElement).disabled = state.busy;
}

function renderSettings(state: PaneState): void {
  const s = state.settings;
  (byId("set-mode") as HTMLSelectElement).value = s.mode;
  (byId("set-functions") as HTMLSelectElement).value = s.functions;
  (byId("set-shortfall") as HTMLInputElement).checked = s.addShortfall;
  (byId("set-language") as HTMLSelectElement).value = s.language;
  (byId("set-source") as HTMLSelectElement).value = s.source;
  (byId("set-live") as HTMLInputElement).checked = s.live;
}

export function render(state: PaneState): void {
  renderLabels(state.lang);
  const status = byId("status");
  status.textContent = state.status ? state.status.text : "";
  status.className = state.status ? `status status-${state.status.kind}` : "status";
  for (const id of ["validate", "mark", "clear-marks"]) (byId(id) as HTMLButtonElement).disabled = state.busy;
  (byId("fill-all") as HTMLButtonElement).disabled = state.busy || !state.view;
  (byId("undo") as HTMLButtonElement).disabled = state.busy || !state.canUndo;
  renderIssues(state.view, state.lang, state.selectedKey, state.busy);
  renderPreview(state);
  renderSettings(state);
  renderRules(state);
  renderFoundRules(state);
  document.body.setAttribute("data-busy", state.busy ? "true" : "false");
}
