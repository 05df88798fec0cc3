// The pledge's receipts and invoices: each with its download; for organisers and admins, an
// "issue" button per payment that has none in force yet (a receipt for a donation, an invoice
// for sponsoring), and a cancel per document in force. Issued documents never change: a
// cancellation writes a Stornorechnung or a replacing receipt (document.cancel).
import { useState } from "react";
import { DocumentTable } from "../../../../components/DocumentTable";
import { ErrorState, Loading } from "../../../../components/States";
import { useToast } from "../../../../components/Toast";
import type { DocumentItem } from "../../../../lib/documents";
import { formatDate, formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import { standingPaymentIds } from "../../../../../server/domain/standingPayments";
import { useCancelDocument, useIssueDocument, usePledgeDocuments } from "../../api/documents";
import type { PledgeDetail } from "../../api/pledgeDetail";
import { documentProblemOf } from "../../../../lib/documentProblem";
import { problemOf } from "../../problem";

interface DocumentsSectionProps {
  pledge: PledgeDetail;
  writer: boolean;
  onProblem: (message: string | null) => void;
}

export function DocumentsSection({ pledge, writer, onProblem }: DocumentsSectionProps) {
  const t = useT();
  const list = usePledgeDocuments(pledge.campaignId, pledge.id);
  return (
    <section
      className="card pledge-detail__documents"
      aria-labelledby="pledge-documents-title"
      data-testid="pledge-documents"
    >
      <h2 id="pledge-documents-title" className="card__title">
        {t("documents.title")}
      </h2>
      {list.isError ? (
        <ErrorState error={list.error} message={t("documents.error")} onRetry={() => list.refetch()} />
      ) : !list.complete ? (
        <Loading />
      ) : (
        <>
          {list.documents.length === 0 ? (
            <p className="muted">{t("documents.none")}</p>
          ) : (
            <DocumentTable
              documents={list.documents}
              testId="pledge-documents-table"
              action={writer ? (d) => <CancelButton document={d} onProblem={onProblem} /> : undefined}
            />
          )}
          {writer && <IssueButtons pledge={pledge} documents={list.documents} onProblem={onProblem} />}
        </>
      )}
    </section>
  );
}

/** One button per standing payment that is on no document in force. */
function IssueButtons({
  pledge,
  documents,
  onProblem,
}: {
  pledge: PledgeDetail;
  documents: readonly DocumentItem[];
  onProblem: (message: string | null) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const issue = useIssueDocument();
  if (pledge.type === "in_kind") return <p className="muted small">{t("documents.inKind")}</p>;
  const taken = new Set(documents.filter((d) => d.inForce).flatMap((d) => d.paymentIds));
  const standing = standingPaymentIds(pledge.payments);
  const open = pledge.payments.filter((p) => standing.has(p.id) && !taken.has(p.id));
  if (open.length === 0) return null;
  const donation = pledge.contribution === "donation";
  const label = donation ? "documents.issue.receipt" : "documents.issue.invoice";
  // A collective receipt is the sponsor's for a year: every open donation payment of it, this pledge's and others'.
  const years = donation ? [...new Set(open.map((p) => Number(p.paidAt.slice(0, 4))))] : [];
  const run = (input: { paymentId: number } | { sponsorId: number; year: number }) => {
    onProblem(null);
    issue.mutate(input, {
      onSuccess: (issued) => toast(t("documents.issued", { number: issued.number }), "success"),
      onError: (error) => onProblem(documentProblemOf(error, t, problemOf)),
    });
  };
  return (
    <ul className="documents__issue">
      {open.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className="button button--small"
            disabled={issue.isPending}
            onClick={() => run({ paymentId: p.id })}
          >
            {t(label, { date: formatDate(p.paidAt, locale), amount: formatEuro(p.amountCents, locale) })}
          </button>
        </li>
      ))}
      {years.map((year) => (
        <li key={year}>
          <button
            type="button"
            className="button button--small"
            disabled={issue.isPending}
            onClick={() => run({ sponsorId: pledge.sponsorId, year })}
          >
            {t("documents.issue.collective", { year, sponsor: pledge.sponsorName })}
          </button>
        </li>
      ))}
    </ul>
  );
}

function CancelButton({
  document,
  onProblem,
}: {
  document: DocumentItem;
  onProblem: (message: string | null) => void;
}) {
  const t = useT();
  const toast = useToast();
  const cancel = useCancelDocument();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  if (!document.inForce) return null;
  if (!asking)
    return (
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        {t("documents.cancel")}
      </button>
    );
  return (
    <form
      className="documents__cancel"
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return;
        onProblem(null);
        cancel.mutate(
          { documentId: document.id, reason: reason.trim() },
          {
            onSuccess: ({ correction }) => {
              setAsking(false);
              toast(
                correction
                  ? t("documents.cancelled.with", { number: document.number, correction: correction.number })
                  : t("documents.cancelled", { number: document.number }),
                "success",
              );
            },
            onError: (error) => onProblem(documentProblemOf(error, t, problemOf)),
          },
        );
      }}
    >
      <input
        aria-label={t("documents.cancel.reason")}
        placeholder={t("documents.cancel.reason")}
        value={reason}
        maxLength={1000}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="button button--small" disabled={cancel.isPending || !reason.trim()}>
        {t("documents.cancel.confirm")}
      </button>
    </form>
  );
}
