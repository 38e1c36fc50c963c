/** The cells a fill will change (old → new, formula), with "Áp dụng" and "Huỷ": nothing is written before. */
import * as React from "react";
import { DefaultButton, PrimaryButton, Stack } from "@fluentui/react";
import { t } from "../../i18n/index";
import type { PaneState } from "../pane-state";

interface Props {
  readonly state: PaneState;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  /** Picks option `option` of choice `choice` (issue 10: which cell to correct). */
  readonly onPick?: (choice: number, option: number) => void;
}

export function PreviewBox({ state, onApply, onCancel, onPick }: Props) {
  const p = state.preview;
  const lang = state.lang;
  return (
    <section id="preview" hidden={!p || (p.lines.length === 0 && !p.choices?.length)}>
      {p && (
        <>
          <h2 id="preview-title">{t("pane.preview.title", lang, { count: p.lines.length })}</h2>
          <ul id="preview-list">
            {p.lines.map((line, i) => (
              <li key={i} className={line.changesDisplayedValue ? "change shown" : "change"}>
                <span className="change-address">{line.address}</span>
                <span className="change-values">{`${line.before} → ${line.after}`}</span>
                <span className="change-reason">{line.formula ? `${line.reason}, ${t("pane.preview.formula", lang, { formula: line.formula })}` : line.reason}</span>
              </li>
            ))}
            {p.merges > 0 && <li className="change">{t("pane.preview.merges", lang, { count: p.merges })}</li>}
          </ul>
          {p.choices && p.choices.length > 0 && (
            <ul id="preview-choices">
              {p.choices.map((c, ci) => (
                <li key={ci} className={c.waiting ? "choice waiting" : "choice"}>
                  <span className="choice-text">{c.text}</span>
                  {c.options.map((o, oi) => (
                    <button key={oi} className={o.chosen ? "choice-option chosen" : "choice-option"} disabled={state.busy || o.chosen} onClick={() => onPick?.(ci, oi)}>
                      {o.label}
                    </button>
                  ))}
                </li>
              ))}
            </ul>
          )}
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton id="apply" text={t("pane.apply", lang)} disabled={state.busy} onClick={onApply} />
            <DefaultButton id="cancel" text={t("pane.cancel", lang)} onClick={onCancel} />
          </Stack>
        </>
      )}
    </section>
  );
}
