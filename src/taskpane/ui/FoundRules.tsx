/** Rules the captions above a table state, each with its sentence; applied only once the user adds them. */
import * as React from "react";
import { DefaultButton } from "@fluentui/react";
import { t } from "../../i18n/index";
import type { PaneController } from "../controller";
import type { PaneState } from "../pane-state";

export function FoundRules({ state, controller }: { readonly state: PaneState; readonly controller: PaneController }) {
  const items = state.found ?? [];
  const lang = state.lang;
  return (
    <section id="found" hidden={items.length === 0}>
      {items.length > 0 && <h2 className="found-title">{t("pane.found.title", lang)}</h2>}
      <ul className="found-list">
        {items.map((item) => (
          <li className="found" key={item.key}>
            <span className="found-text">{`${item.text} (${item.confidence})`}</span>
            <span className="found-source">{item.source}</span>
            {item.saved ? (
              <span className="found-saved">{t("pane.found.saved", lang)}</span>
            ) : (
              <DefaultButton data-action="adopt" text={t("pane.found.adopt", lang)} disabled={state.busy} onClick={() => void controller.adoptFoundRule(item.key)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
