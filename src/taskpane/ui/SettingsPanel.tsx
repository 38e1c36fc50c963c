/** Cài đặt: how fills are written, the language, what is checked, live mode, and the plan's rules. Saved in the workbook. */
import * as React from "react";
import { Checkbox, Dropdown, Stack } from "@fluentui/react";
import { t } from "../../i18n/index";
import type { PaneController } from "../controller";
import type { PaneState } from "../pane-state";
import type { PaneSettings } from "../pane-settings";
import { RulesSection } from "./RulesSection";

interface Props {
  readonly state: PaneState;
  readonly controller: PaneController;
  readonly open: boolean;
}

type Choice<K extends keyof PaneSettings> = { readonly key: PaneSettings[K]; readonly label: string };

export function SettingsPanel({ state, controller, open }: Props) {
  const { lang, settings: s } = state;
  const choose = <K extends "mode" | "functions" | "language" | "source">(id: string, name: K, label: string, choices: readonly Choice<K>[]) => (
    <Dropdown
      id={id}
      label={label}
      selectedKey={s[name] as string}
      options={choices.map((c) => ({ key: c.key as string, text: c.label }))}
      onChange={(_, o) => o && void controller.updateSettings({ [name]: o.key } as Partial<PaneSettings>)}
    />
  );
  return (
    <section id="settings" hidden={!open}>
      <Stack tokens={{ childrenGap: 8 }}>
        {choose("set-mode", "mode", t("pane.settings.mode", lang), [
          { key: "formulas", label: t("pane.settings.formulas", lang) },
          { key: "values", label: t("pane.settings.values", lang) },
        ])}
        {choose("set-functions", "functions", t("pane.settings.functions", lang), [
          { key: "native", label: t("pane.settings.native", lang) },
          { key: "quota", label: t("pane.settings.quota", lang) },
        ])}
        <Checkbox id="set-shortfall" label={t("pane.settings.shortfall", lang)} checked={s.addShortfall} onChange={(_, v) => void controller.updateSettings({ addShortfall: !!v })} />
        {choose("set-language", "language", t("pane.settings.language", lang), [
          { key: "auto", label: t("pane.settings.auto", lang) },
          { key: "vi", label: t("pane.settings.vi", lang) },
          { key: "en", label: t("pane.settings.en", lang) },
        ])}
        {choose("set-source", "source", t("pane.settings.source", lang), [
          { key: "used", label: t("pane.settings.used", lang) },
          { key: "selection", label: t("pane.settings.selection", lang) },
        ])}
        <Checkbox id="set-live" label={t("pane.settings.live", lang)} checked={s.live} onChange={(_, v) => void controller.updateSettings({ live: !!v })} />
      </Stack>
      <RulesSection state={state} controller={controller} />
    </section>
  );
}
