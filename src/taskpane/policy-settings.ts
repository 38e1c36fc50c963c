/**
 * The "Quy định" (rules) section of the pane's settings and the list of rules found in the sheet's text
 * (issue 6). Plain DOM like the rest of the pane (IE11/EdgeHTML webviews), text only via textContent.
 * The form is redrawn only when the controller's edit state changes, so a redraw for another reason
 * (a status line, live mode) never wipes what the user is typing.
 */
import type { PolicyRuleKind } from "../engine/policy/index";
import { t, type Lang } from "../i18n/index";
import type { PaneController, PaneState, RuleEdit } from "./controller";
import { savedRuleItems } from "./policy-view";
import { RULE_KINDS, RULE_OPTIONS, switchKind, type RuleForm, type RuleFormField } from "./rule-form";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function clear(e: HTMLElement): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

function button(text: string, action: string, busy: boolean, data?: string): HTMLButtonElement {
  const b = el("button", `rule-${action}`, text);
  b.setAttribute("data-action", action);
  if (data !== undefined) b.setAttribute("data-key", data);
  b.disabled = busy;
  return b;
}

function select(id: string, values: readonly string[], labelKey: (v: string) => string, current: string, lang: Lang): HTMLSelectElement {
  const s = el("select");
  s.id = id;
  for (const v of values) {
    const o = el("option", undefined, t(labelKey(v), lang));
    o.value = v;
    s.appendChild(o);
  }
  s.value = current;
  return s;
}

function field(labelText: string, control: HTMLElement, error?: string): HTMLElement {
  const label = el("label", "rule-field");
  label.appendChild(el("span", undefined, labelText));
  label.appendChild(control);
  if (error) label.appendChild(el("span", "rule-error", error));
  return label;
}

function input(id: string, value: string): HTMLInputElement {
  const i = el("input");
  i.type = "text";
  i.id = id;
  i.value = value;
  return i;
}

function drawForm(host: HTMLElement, edit: RuleEdit, lang: Lang, busy: boolean): void {
  const f = edit.form;
  const errorOf = (name: RuleFormField) => {
    const e = edit.errors.filter((x) => x.field === name)[0];
    return e ? t(e.key, lang) : undefined;
  };
  host.appendChild(field(t("pane.rules.kind", lang), select("rule-kind", RULE_KINDS, (k) => `pane.rules.kind.${k}`, f.kind, lang)));
  host.appendChild(field(t("pane.rules.label", lang), input("rule-label", f.label)));
  host.appendChild(field(t(`pane.rules.first.${f.kind}`, lang), input("rule-first", f.first), errorOf("first")));
  if (f.kind !== "planTotal") host.appendChild(field(t(`pane.rules.second.${f.kind}`, lang), input("rule-second", f.second), errorOf("second")));
  host.appendChild(el("p", "rule-hint", t("pane.rules.columnHint", lang)));
  host.appendChild(field(t(`pane.rules.amount.${f.kind}`, lang), input("rule-amount", f.amount), errorOf("amount")));
  host.appendChild(
    field(t(`pane.rules.option.${f.kind}`, lang), select("rule-option", RULE_OPTIONS[f.kind], (v) => `pane.rules.value.${v}`, f.option, lang), errorOf("option")),
  );
  const actions = el("div", "rule-actions");
  const save = button(t("pane.rules.save", lang), "save", busy);
  save.className = "primary";
  actions.appendChild(save);
  actions.appendChild(button(t("pane.rules.cancel", lang), "cancel", busy));
  host.appendChild(actions);
}

/** The form's fields as typed; the scope of the rule being edited is kept (the form does not show it). */
export function readRuleForm(edit: RuleEdit | undefined): RuleForm | undefined {
  if (!edit) return undefined;
  const value = (id: string) => {
    const e = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    return e ? e.value : "";
  };
  return {
    kind: (value("rule-kind") || edit.form.kind) as PolicyRuleKind,
    label: value("rule-label"),
    first: value("rule-first"),
    second: value("rule-second"),
    amount: value("rule-amount"),
    option: value("rule-option"),
    ...(edit.form.scope ? { scope: edit.form.scope } : {}),
  };
}

let drawn: { edit?: RuleEdit; lang?: Lang; busy?: boolean } = {};

/** The saved rules with Sửa / Xoá, "Thêm quy định", and the form while a rule is added or edited. */
export function renderRules(state: PaneState): void {
  const host = document.getElementById("rules");
  if (!host) return;
  const { lang, busy } = state;
  const title = document.getElementById("rules-title");
  if (title) title.textContent = t("pane.rules.title", lang);
  const problem = document.getElementById("rules-problem") as HTMLElement;
  problem.textContent = state.rulesProblem ?? "";
  problem.hidden = !state.rulesProblem;

  const list = document.getElementById("rules-list") as HTMLElement;
  clear(list);
  if (state.rules.length === 0) list.appendChild(el("li", "rule-none", t("pane.rules.none", lang)));
  for (const item of savedRuleItems(state.rules, lang)) {
    const li = el("li", "rule");
    li.appendChild(el("span", "rule-text", item.text));
    li.appendChild(button(t("pane.rules.edit", lang), "edit", busy || !!state.ruleEdit, String(item.index)));
    li.appendChild(button(t("pane.rules.remove", lang), "remove", busy || !!state.ruleEdit, String(item.index)));
    list.appendChild(li);
  }
  const add = document.getElementById("rule-add") as HTMLButtonElement;
  add.textContent = t("pane.rules.add", lang);
  add.hidden = !!state.ruleEdit;
  add.disabled = busy;

  const form = document.getElementById("rule-form") as HTMLElement;
  if (drawn.edit === state.ruleEdit && drawn.lang === lang && drawn.busy === busy) return;
  drawn = { edit: state.ruleEdit, lang, busy };
  clear(form);
  form.hidden = !state.ruleEdit;
  if (state.ruleEdit) drawForm(form, state.ruleEdit, lang, busy);
}

/** The rules the captions state, each with its sentence and "Thêm vào quy định" (or "Đã có"). */
export function renderFoundRules(state: PaneState): void {
  const host = document.getElementById("found");
  if (!host) return;
  clear(host);
  const items = state.found ?? [];
  host.hidden = items.length === 0;
  if (items.length === 0) return;
  host.appendChild(el("h2", "found-title", t("pane.found.title", state.lang)));
  const list = el("ul", "found-list");
  for (const item of items) {
    const li = el("li", "found");
    li.appendChild(el("span", "found-text", `${item.text} (${item.confidence})`));
    li.appendChild(el("span", "found-source", item.source));
    if (item.saved) li.appendChild(el("span", "found-saved", t("pane.found.saved", state.lang)));
    else li.appendChild(button(t("pane.found.adopt", state.lang), "adopt", state.busy, item.key));
    list.appendChild(li);
  }
  host.appendChild(list);
}

function actionTarget(e: Event): HTMLElement | null {
  let target = e.target as HTMLElement | null;
  while (target && !target.getAttribute("data-action")) target = target.parentElement;
  return target;
}

/** Wires the section's buttons (one delegated listener each for the rules and the found list). */
export function bindRules(c: PaneController): void {
  const rules = document.getElementById("rules");
  if (rules) {
    rules.addEventListener("click", (e) => {
      const target = actionTarget(e);
      if (!target) return;
      const index = Number(target.getAttribute("data-key"));
      const form = readRuleForm(c.state.ruleEdit);
      switch (target.getAttribute("data-action")) {
        case "add":
          return c.editRule();
        case "edit":
          return c.editRule(index);
        case "remove":
          return void c.removeRule(index);
        case "save":
          if (form) void c.saveRuleForm(form);
          return;
        case "cancel":
          return c.cancelRuleEdit();
      }
    });
    // Another kind shows other fields: redraw the form, keeping what was typed.
    rules.addEventListener("change", (e) => {
      const target = e.target as HTMLElement | null;
      const form = readRuleForm(c.state.ruleEdit);
      if (target && target.id === "rule-kind" && form) c.updateRuleForm(switchKind(form, form.kind));
    });
  }
  const found = document.getElementById("found");
  if (found) {
    found.addEventListener("click", (e) => {
      const target = actionTarget(e);
      if (target && target.getAttribute("data-action") === "adopt") void c.adoptFoundRule(target.getAttribute("data-key") || "");
    });
  }
}
