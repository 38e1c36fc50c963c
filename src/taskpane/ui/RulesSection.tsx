/**
 * "Quy định" in the settings (issue 6): the saved rules with Sửa / Xoá, "Thêm quy định", and the form
 * while a rule is added or edited. The form is controlled by the controller's `ruleEdit`, so what is typed
 * lives in one place and survives every redraw.
 */
import * as React from "react";
import { ChoiceGroup, DefaultButton, Dropdown, PrimaryButton, Stack, TextField } from "@fluentui/react";
import type { PolicyRuleKind } from "../../engine/policy/index";
import { t, type Lang } from "../../i18n/index";
import type { PaneController } from "../controller";
import type { PaneState, RuleEdit } from "../pane-state";
import { savedRuleItems } from "../policy-view";
import { RULE_KINDS, RULE_OPTIONS, switchKind, type RuleForm, type RuleFormField } from "../rule-form";

interface FormProps {
  readonly edit: RuleEdit;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly controller: PaneController;
}

function RuleFormView({ edit, lang, busy, controller }: FormProps) {
  const f = edit.form;
  const errorOf = (name: RuleFormField) => {
    const e = edit.errors.filter((x) => x.field === name)[0];
    return e ? t(e.key, lang) : undefined;
  };
  const update = (patch: Partial<RuleForm>) => controller.updateRuleForm({ ...f, ...patch });
  const text = (id: string, field: "label" | "first" | "second" | "amount", label: string, error?: string) => (
    <TextField id={id} label={label} value={f[field]} errorMessage={error} onChange={(_, v) => update({ [field]: v ?? "" })} />
  );
  return (
    <div id="rule-form">
      <div id="rule-kind">
        <ChoiceGroup
          label={t("pane.rules.kind", lang)}
          selectedKey={f.kind}
          // `value` lands on each radio input, so the choice can be named in tests and by assistive tools.
          options={RULE_KINDS.map((k) => ({ key: k, value: k, text: t(`pane.rules.kind.${k}`, lang) }))}
          onChange={(_, o) => o && controller.updateRuleForm(switchKind(f, o.key as PolicyRuleKind))}
        />
      </div>
      {text("rule-label", "label", t("pane.rules.label", lang))}
      {text("rule-first", "first", t(`pane.rules.first.${f.kind}`, lang), errorOf("first"))}
      {f.kind !== "planTotal" && text("rule-second", "second", t(`pane.rules.second.${f.kind}`, lang), errorOf("second"))}
      <p className="rule-hint">{t("pane.rules.columnHint", lang)}</p>
      {text("rule-amount", "amount", t(`pane.rules.amount.${f.kind}`, lang), errorOf("amount"))}
      <Dropdown
        id="rule-option"
        label={t(`pane.rules.option.${f.kind}`, lang)}
        selectedKey={f.option}
        errorMessage={errorOf("option")}
        options={RULE_OPTIONS[f.kind].map((v) => ({ key: v, text: t(`pane.rules.value.${v}`, lang) }))}
        onChange={(_, o) => o && update({ option: String(o.key) })}
      />
      <Stack horizontal tokens={{ childrenGap: 8 }} className="rule-actions">
        <PrimaryButton data-action="save" text={t("pane.rules.save", lang)} disabled={busy} onClick={() => void controller.saveRuleForm(f)} />
        <DefaultButton data-action="cancel" text={t("pane.rules.cancel", lang)} disabled={busy} onClick={() => controller.cancelRuleEdit()} />
      </Stack>
    </div>
  );
}

export function RulesSection({ state, controller }: { readonly state: PaneState; readonly controller: PaneController }) {
  const { lang, busy, ruleEdit } = state;
  const items = savedRuleItems(state.rules, lang);
  return (
    <section id="rules">
      <h2 id="rules-title">{t("pane.rules.title", lang)}</h2>
      {state.rulesProblem && <p id="rules-problem" className="status status-error">{state.rulesProblem}</p>}
      <ul id="rules-list">
        {items.length === 0 && <li className="rule-none">{t("pane.rules.none", lang)}</li>}
        {items.map((item) => (
          <li className="rule" key={item.index}>
            <span className="rule-text">{item.text}</span>
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton data-action="edit" text={t("pane.rules.edit", lang)} disabled={busy || !!ruleEdit} onClick={() => controller.editRule(item.index)} />
              <DefaultButton data-action="remove" text={t("pane.rules.remove", lang)} disabled={busy || !!ruleEdit} onClick={() => void controller.removeRule(item.index)} />
            </Stack>
          </li>
        ))}
      </ul>
      {ruleEdit ? (
        <RuleFormView edit={ruleEdit} lang={lang} busy={busy} controller={controller} />
      ) : (
        <DefaultButton id="rule-add" text={t("pane.rules.add", lang)} disabled={busy} onClick={() => controller.editRule()} />
      )}
    </section>
  );
}
