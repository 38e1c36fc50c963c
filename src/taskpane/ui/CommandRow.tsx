/**
 * The pane's one row of commands, as Office panes lay them out: the primary action ("Kiểm tra") as a prominent
 * button, every other command in a Fluent CommandBar whose items move into its "…" overflow menu when the pane
 * is too narrow for them (320–400 px), so the row never wraps. To add a command (e.g. "Đối chiếu", issue 11),
 * add an entry to `secondaryCommands`: the bar decides what fits.
 */
import * as React from "react";
import { CommandBar, type ICommandBarItemProps, PrimaryButton } from "@fluentui/react";
import { t, type Lang } from "../../i18n/index";
import type { PaneController } from "../controller";
import type { PaneState } from "../pane-state";

/**
 * The commands after the primary one, most used first: the bar keeps them from the left and overflows from the
 * right. `id` lands on the button (or, in the overflow menu, on the menu item), which tests and assistive tools use.
 */
export function secondaryCommands(state: PaneState, controller: PaneController): ICommandBarItemProps[] {
  const { lang, busy } = state;
  return [
    { key: "fill-all", id: "fill-all", text: t("pane.fillAll", lang), disabled: busy || !state.view, onClick: () => controller.previewFillAll() },
    { key: "undo", id: "undo", text: t("pane.undo", lang), disabled: busy || !state.canUndo, onClick: () => void controller.undo() },
    { key: "mark", id: "mark", text: t("pane.mark", lang), disabled: busy, onClick: () => void controller.mark() },
    { key: "clear-marks", id: "clear-marks", text: t("pane.clearMarks", lang), disabled: busy, onClick: () => void controller.clearMarks() },
  ];
}

const BAR_STYLES = { root: { padding: 0, height: 32, minWidth: 0, flex: "1 1 auto", backgroundColor: "transparent" } };

export function CommandRow({ state, controller, lang }: { readonly state: PaneState; readonly controller: PaneController; readonly lang: Lang }) {
  return (
    <div className="command-row" role="toolbar" aria-label={t("pane.commands", lang)}>
      <PrimaryButton id="validate" className="command-primary" text={t("pane.validate", lang)} disabled={state.busy} onClick={() => void controller.validate()} />
      <CommandBar
        className="command-bar"
        styles={BAR_STYLES}
        items={secondaryCommands(state, controller)}
        overflowButtonProps={{ ariaLabel: t("pane.more", lang), title: t("pane.more", lang), id: "more-commands" }}
      />
    </div>
  );
}
