/** The issues, grouped by table and severity: each a card that selects its cell, with "Sửa" where a fill can mend it. */
import * as React from "react";
import { DefaultButton } from "@fluentui/react";
import { t, type Lang } from "../../i18n/index";
import type { IssueItem, IssueView } from "../view-model";

interface Props {
  readonly view: IssueView | undefined;
  readonly lang: Lang;
  readonly selectedKey: string | undefined;
  readonly busy: boolean;
  readonly onSelect: (key: string) => void;
  readonly onFix: (key: string) => void;
  /** Clicking an issue's likely cause selects the cause's cell (issue 10). */
  readonly onSelectCause?: (key: string) => void;
}

function Issue({ item, selected, busy, lang, onSelect, onFix, onSelectCause }: { item: IssueItem; selected: boolean } & Omit<Props, "view" | "selectedKey">) {
  const facts = [item.expected, item.actual].filter((x): x is string => x !== undefined);
  return (
    <li className={`issue sev-${item.severity}${selected ? " selected" : ""}`} data-key={item.key} data-address={item.address}>
      <button className="issue-main" disabled={busy} onClick={() => onSelect(item.key)}>
        <span className="issue-address">{item.address}</span>
        <span className="issue-message">{item.message}</span>
        {facts.length > 0 && <span className="issue-values">{facts.join(" · ")}</span>}
        {item.because && <span className="issue-because">{item.because}</span>}
      </button>
      {item.cause && (
        <button className={`issue-cause cause-${item.cause.confidence}`} disabled={busy || item.cause.address === undefined} data-address={item.cause.address} onClick={() => onSelectCause?.(item.key)}>
          {item.cause.text}
        </button>
      )}
      {item.fixable && <DefaultButton className="issue-fix" text={t("pane.fix", lang)} disabled={busy} onClick={() => onFix(item.key)} />}
    </li>
  );
}

export function IssueList({ view, lang, selectedKey, busy, onSelect, onFix, onSelectCause }: Props) {
  return (
    <>
      <div id="summary">{view ? view.summary.text : ""}</div>
      <div id="issues">
        {(view?.tables ?? []).map((table, ti) => (
          <section className="table-group" key={ti}>
            <h2 className="table-title">{table.title}</h2>
            {table.groups.map((group) => (
              <React.Fragment key={group.severity}>
                <h3 className={`severity-title sev-${group.severity}`}>{`${group.title} (${group.items.length})`}</h3>
                <ul className="issue-list">
                  {group.items.map((item) => (
                    <Issue key={item.key} item={item} selected={item.key === selectedKey} busy={busy} lang={lang} onSelect={onSelect} onFix={onFix} onSelectCause={onSelectCause} />
                  ))}
                </ul>
              </React.Fragment>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
