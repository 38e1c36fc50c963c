/**
 * The task pane, drawn from the controller's state with Fluent UI React (v8: the Fluent release that still
 * runs in Internet Explorer 11, which perpetual Office 2016/2019 uses for task panes). Every action goes
 * to the controller; nothing here talks to Excel. Texts come from the message catalogue.
 */
import * as React from "react";
import { DefaultButton, type IButtonStyles, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from "@fluentui/react";
import { t } from "../../i18n/index";
import type { PaneController } from "../controller";
import type { PaneState, PaneStatus } from "../pane-state";
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

/** Toolbar buttons as wide as their words: a task pane is about 320–400 px wide. */
const COMPACT: IButtonStyles = { root: { minWidth: 0, padding: "0 12px" } };

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

  return (
    <>
      <header>
        <Text as="h1" variant="large" id="title">
          {t("pane.title", lang)}
        </Text>
      </header>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} className="toolbar">
        <PrimaryButton id="validate" styles={COMPACT} text={t("pane.validate", lang)} disabled={busy} onClick={() => void controller.validate()} />
        <DefaultButton id="mark" styles={COMPACT} text={t("pane.mark", lang)} disabled={busy} onClick={() => void controller.mark()} />
        <DefaultButton id="clear-marks" styles={COMPACT} text={t("pane.clearMarks", lang)} disabled={busy} onClick={() => void controller.clearMarks()} />
        <DefaultButton id="fill-all" styles={COMPACT} text={t("pane.fillAll", lang)} disabled={busy || !state.view} onClick={() => controller.previewFillAll()} />
        <DefaultButton id="undo" styles={COMPACT} text={t("pane.undo", lang)} disabled={busy || !state.canUndo} onClick={() => void controller.undo()} />
        <DefaultButton id="settings-toggle" styles={COMPACT} text={t("pane.settings", lang)} checked={settingsOpen} onClick={() => setSettingsOpen(!settingsOpen)} />
      </Stack>
      <main>
        <SettingsPanel state={state} controller={controller} open={settingsOpen} />
        <div id="status" className={state.status ? `status status-${state.status.kind}` : "status"} role="status" aria-live="polite">
          {state.status && (
            <MessageBar messageBarType={BAR_TYPE[state.status.kind]} isMultiline>
              {state.status.text}
            </MessageBar>
          )}
        </div>
        <PreviewBox state={state} onApply={() => void controller.applyPreview()} onCancel={() => controller.cancelPreview()} />
        <IssueList
          view={state.view}
          lang={lang}
          selectedKey={state.selectedKey}
          busy={busy}
          onSelect={(key) => void controller.select(key)}
          onFix={(key) => controller.previewFix(key)}
        />
        <FoundRules state={state} controller={controller} />
        <ReconcileSection controller={controller} />
      </main>
    </>
  );
}
