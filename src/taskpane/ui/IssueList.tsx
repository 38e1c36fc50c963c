/**
 * The issues, grouped by table and severity, one card per cell: the card selects its cell, offers "Sửa" where a
 * fill can mend it, and carries the cell's other findings (cell-groups.ts) below a sentence on how they relate.
 */
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

/**
 * The lines under a finding's message, in order, each with its class. A new kind of line (e.g. a likely cause,
 * issue 10) is one more entry here.
 */
function detailLines(item: IssueItem): { readonly className: string; readonly text: string }[] {
  const facts = [item.expected, item.actual].filter((x): x is string => x !== undefined);
  const lines: { className: string; text: string | undefined }[] = [
    { className: "issue-values", text: facts.length > 0 ? facts.join(" · ") : undefined },
    { className: "issue-because", text: item.because },
  ];
  return lines.filter((l): l is { className: string; text: string } => l.text !== undefined);
}

function Finding({ item }: { readonly item: IssueItem }) {
  return (
    <>
      <span className="issue-message">{item.message}</span>
      {detailLines(item).map((line) => (
        <span key={line.className} className={line.className}>
          {line.text}
        </span>
      ))}
    </>
  );
}

function Issue({ item, selected, busy, lang, onSelect, onFix, onSelectCause }: { item: IssueItem; selected: boolean } & Omit<Props, "view" | "selectedKey">) {
  const related = item.related ?? [];
  return (
    <li className={`issue sev-${item.severity}${selected ? " selected" : ""}`} data-key={item.key} data-address={item.address}>
      <div className="issue-head">
        <button className="issue-main" disabled={busy} onClick={() => onSelect(item.key)}>
          <span className="issue-address">{item.address}</span>
          <Finding item={item} />
        </button>
        {item.fixable && <DefaultButton className="issue-fix" text={t("pane.fix", lang)} disabled={busy} onClick={() => onFix(item.key)} />}
      </div>
      {item.cause && (
        <button className={`issue-cause cause-${item.cause.confidence}`} disabled={busy || item.cause.address === undefined} data-address={item.cause.address} onClick={() => onSelectCause?.(item.key)}>
          {item.cause.text}
        </button>
      )}
      {related.length > 0 && (
        <div className="issue-related">
          {item.cellNote && <span className="issue-cell-note">{item.cellNote}</span>}
          <ul>
            {related.map((r) => (
              <li key={r.key} className={`related sev-${r.severity} basis-${r.basis}`} data-key={r.key}>
                <span className={`related-severity sev-${r.severity}`}>{t(`cli.severity.${r.severity}`, lang)}</span>
                <Finding item={r} />
              </li>
            ))}
          </ul>
        </div>
      )}
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
