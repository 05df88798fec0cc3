// A list of issued receipts and invoices with their download links: on the pledge's page and in
// the sponsor portal. `action` adds a control per row (staff: cancel).
import type { ReactNode } from "react";
import { documentKindKey, documentStateKey, documentUrl, type ListedDocument } from "../lib/documents";
import { formatDate, formatEuro, formatInstant } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import "../css/documents.css";

interface DocumentTableProps<D extends ListedDocument> {
  documents: readonly D[];
  testId: string;
  action?: (document: D) => ReactNode;
  /** The campaign's list names whose each document is. */
  sponsorOf?: (document: D) => string;
}

export function DocumentTable<D extends ListedDocument>({
  documents,
  testId,
  action,
  sponsorOf,
}: DocumentTableProps<D>) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <table className="table table--compact" data-testid={testId}>
      <caption className="visually-hidden">{t("documents.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("documents.number")}</th>
          {sponsorOf && <th scope="col">{t("documents.sponsor")}</th>}
          <th scope="col">{t("documents.kind")}</th>
          <th scope="col">{t("documents.issuedOn")}</th>
          <th scope="col" className="num">
            {t("documents.amount")}
          </th>
          <th scope="col">{t("documents.state")}</th>
          {action && (
            <th scope="col">
              <span className="visually-hidden">{t("documents.actions")}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}>
            <td className="nowrap">
              <a href={documentUrl(d.id)} download>
                {d.number}
              </a>
            </td>
            {sponsorOf && <td>{sponsorOf(d)}</td>}
            <td>{t(documentKindKey(d))}</td>
            <td className="nowrap">{formatDate(d.issuedOn, locale)}</td>
            <td className="num">{formatEuro(d.amountCents, locale)}</td>
            <td>
              {t(documentStateKey(d))}
              {d.cancelledBy && ` (${t("documents.cancelledBy", { number: d.cancelledBy.number })})`}
              {d.cancellation && (
                <div className="muted small">
                  {t("documents.cancelReason", {
                    date: formatInstant(d.cancellation.at, locale),
                    reason: d.cancellation.reason,
                  })}
                </div>
              )}
            </td>
            {action && <td>{action(d)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
