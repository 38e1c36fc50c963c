/**
 * "Đối chiếu" (issue 11): the reference (a sheet of this workbook, or an .xlsx opened from disk), the column
 * pairs, the button, then the differences in the pane's issue list and every name pairing made. All actions
 * go to the ReconcileController registered by the pane's entry; without one (no Excel) nothing is drawn.
 */
import * as React from "react";
import { DefaultButton, Dropdown, PrimaryButton, Stack, TextField } from "@fluentui/react";
import { t, type Lang } from "../../i18n/index";
import type { PaneController } from "../controller";
import { reconcileController, type ReconcileController, type ReconcileState } from "../reconcile-controller";

function useReconcileState(rc: ReconcileController | undefined): ReconcileState | undefined {
  const [state, setState] = React.useState(rc?.state);
  React.useEffect(() => {
    if (!rc) return undefined;
    setState(rc.state);
    return rc.onChange(setState);
  }, [rc]);
  return state;
}

function usePaneLang(controller: PaneController): { lang: Lang; busy: boolean } {
  const [s, setS] = React.useState({ lang: controller.state.lang, busy: controller.state.busy });
  React.useEffect(() => controller.onChange((st) => setS({ lang: st.lang, busy: st.busy })), [controller]);
  return s;
}

function choiceText(state: ReconcileState, lang: Lang): string | undefined {
  const c = state.choice;
  if (!c) return undefined;
  return c.kind === "sheet" ? t("pane.reconcile.sheetChoice", lang, { sheet: c.sheet }) : t("pane.reconcile.fileChoice", lang, { file: c.name });
}

/** Reads the picked file with FileReader (IE11 has no Blob.arrayBuffer). */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function ReconcileSection({ controller }: { readonly controller: PaneController }) {
  const rc = reconcileController();
  const state = useReconcileState(rc);
  const { lang, busy: paneBusy } = usePaneLang(controller);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [compare, setCompare] = React.useState(state?.compare ?? "");
  if (!rc || !state) return null;
  const busy = state.busy || paneBusy;
  const current = choiceText(state, lang);
  const sheetOptions = state.sheets.map((s) => ({ key: s, text: s }));
  if (state.choice?.kind === "sheet" && !state.sheets.includes(state.choice.sheet)) sheetOptions.push({ key: state.choice.sheet, text: state.choice.sheet });

  const onFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files && e.target.files[0];
    e.target.value = "";
    if (file) void readBytes(file).then((bytes) => rc.chooseFile(file.name, bytes));
  };

  return (
    <section id="reconcile" className="reconcile">
      <h2 className="reconcile-title">{t("pane.reconcile.title", lang)}</h2>
      <p className="reconcile-intro">{t("pane.reconcile.intro", lang)}</p>
      <Stack tokens={{ childrenGap: 6 }}>
        <Dropdown
          id="reconcile-sheet"
          label={t("pane.reconcile.sheet", lang)}
          placeholder={t("pane.reconcile.pickSheet", lang)}
          options={sheetOptions}
          selectedKey={state.choice?.kind === "sheet" ? state.choice.sheet : null}
          disabled={busy}
          onClick={() => void rc.listSheets()}
          onFocus={() => void rc.listSheets()}
          onChange={(_, option) => option && void rc.chooseSheet(String(option.key))}
        />
        <input ref={fileInput} id="reconcile-file" type="file" accept=".xlsx,.xlsm" hidden onChange={onFile} />
        <DefaultButton id="reconcile-open" text={t("pane.reconcile.openFile", lang)} disabled={busy} onClick={() => fileInput.current?.click()} />
        {current && <div id="reconcile-current">{t("pane.reconcile.current", lang, { reference: current })}</div>}
        <TextField
          id="reconcile-compare"
          label={t("pane.reconcile.compare", lang)}
          value={compare}
          disabled={busy}
          onChange={(_, v) => setCompare(v ?? "")}
          onBlur={() => void rc.setCompare(compare)}
        />
        <PrimaryButton
          id="reconcile-run"
          text={t("pane.reconcile.run", lang)}
          disabled={busy}
          onClick={() => void rc.setCompare(compare).then(() => rc.compare())}
        />
      </Stack>
      {state.status && (
        <div id="reconcile-status" className={`status status-${state.status.kind}`} role="status">
          {state.status.text}
        </div>
      )}
      {state.view && (
        // The pane's issue cards (same classes as IssueList), without its page-wide ids.
        <ul id="reconcile-issues" className="issue-list">
          {state.view.tables.flatMap((tg) =>
            tg.groups.flatMap((g) =>
              g.items.map((item) => (
                <li key={item.key} className={`issue sev-${item.severity}${item.key === state.selectedKey ? " selected" : ""}`} data-key={item.key} data-code={item.code}>
                  <button className="issue-main" disabled={busy} onClick={() => void rc.select(item.key)}>
                    <span className="issue-address">{item.address}</span>
                    <span className="issue-message">{item.message}</span>
                  </button>
                </li>
              )),
            ),
          )}
        </ul>
      )}
      {state.pairings.some((p) => p.items.length > 0) && (
        <details id="reconcile-pairings">
          <summary>{t("pane.reconcile.pairings", lang)}</summary>
          <ul>
            {state.pairings.flatMap((p) =>
              p.items.map((i) => (
                <li key={`${i.row}-${i.referenceRow}`} className={`pairing match-${i.match}`}>
                  {t("reconcile.report.pairing", lang, {
                    row: String(i.row),
                    unit: i.unit,
                    referenceRow: String(i.referenceRow),
                    reference: i.reference,
                    match: t(`reconcile.match.${i.match}`, lang),
                  })}
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </section>
  );
}
