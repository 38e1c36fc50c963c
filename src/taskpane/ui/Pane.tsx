/**
 * The task pane, drawn from the controller's state with Fluent UI React (v8: the Fluent release that still
 * runs in Internet Explorer 11, which perpetual Office 2016/2019 uses for task panes). Every action goes
 * to the controller; nothing here talks to Excel. Texts come from the message catalogue.
 */
import * as React from "react";
import { IconButton, MessageBar, MessageBarType, Text } from "@fluentui/react";
import { t } from "../../i18n/index";
import type { PaneController } from "../controller";
import type { PaneState, PaneStatus } from "../pane-state";
import { CommandRow } from "./CommandRow";
import { FoundRules } from "./FoundRules";
import { IssueList } from "./IssueList";
import { PreviewBox } from "./PreviewBox";
import { ReconcileSection } from "./ReconcileSection";
import { SettingsPanel } from "./SettingsPanel";

const BAR_TYPE: { readonly [K in PaneStatus["kind"]]: MessageBarType } = {
  info: MessageBarType.info,
  success: MessageBarType.success,
  error: MessageBarType.error,
};

function useControllerState(controller: PaneController): PaneState {
  const [state, setState] = React.useState(controller.state);
  React.useEffect(() => {
    // A change between the first draw and this subscription would otherwise be missed.
    setState(controller.state);
    return controller.onChange(setState);
  }, [controller]);
  return state;
}

export function Pane({ controller }: { readonly controller: PaneController }) {
  const state = useControllerState(controller);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const { lang, busy } = state;

  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.body.setAttribute("data-busy", busy ? "true" : "false");
  }, [lang, busy]);

  // The pane's sections, top to bottom: a new section (e.g. "Đối chiếu", issue 11) is one more entry here.
  const sections: readonly React.ReactNode[] = [
    <SettingsPanel key="settings" state={state} controller={controller} open={settingsOpen} />,
    <div key="status" id="status" className={state.status ? `status status-${state.status.kind}` : "status"} role="status" aria-live="polite">
      {state.status && (
        <MessageBar messageBarType={BAR_TYPE[state.status.kind]} isMultiline>
          {state.status.text}
        </MessageBar>
      )}
    </div>,
    <PreviewBox key="preview" state={state} onApply={() => void controller.applyPreview()} onCancel={() => controller.cancelPreview()} onPick={(c, o) => controller.pickChoice(c, o)} />,
    <IssueList
      key="issues"
      view={state.view}
      lang={lang}
      selectedKey={state.selectedKey}
      busy={busy}
      onSelect={(key) => void controller.select(key)}
      onFix={(key) => controller.previewFix(key)}
      onSelectCause={(key) => void controller.selectCause(key)}
    />,
    <FoundRules key="found" state={state} controller={controller} />,
    <ReconcileSection key="reconcile" controller={controller} />,
  ];

  return (
    <>
      <header>
        <Text as="h1" variant="large" id="title">
          {t("pane.title", lang)}
        </Text>
        <IconButton
          id="settings-toggle"
          iconProps={{ iconName: "Settings" }}
          title={t("pane.settings", lang)}
          ariaLabel={t("pane.settings", lang)}
          checked={settingsOpen}
          aria-expanded={settingsOpen}
          onClick={() => setSettingsOpen(!settingsOpen)}
        />
      </header>
      <CommandRow state={state} controller={controller} lang={lang} />
      <main>{sections}</main>
    </>
  );
}
