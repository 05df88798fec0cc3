// The bank credits waiting for staff, oldest first: what came in, from whom, with which text,
// why it was not booked, and the pledge suggested. Each is assigned (to the suggestion or to
// a pledge chosen) or marked as not the campaign's money; those so marked can be shown again
// and still be assigned, should that have been a mistake.
import { useId, useState } from "react";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useToast } from "../../../components/Toast";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { type ReviewItem, useAssignEntry, useDismissEntry, useReviewQueue } from "../api/payments";
import { PledgePicker } from "./PledgePicker";

export function ReviewQueue({ campaignId }: { campaignId: number }) {
  const t = useT();
  const id = useId();
  const [show, setShow] = useState<"waiting" | "dismissed">("waiting");
  const queue = useReviewQueue(campaignId, show);
  const dismissed = show === "dismissed";
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="review-queue">
      <h2 id={`${id}-title`} className="card__title">
        {t(dismissed ? "payments.review.dismissedTitle" : "payments.review.title")}
        {queue.data && queue.data.total > 0 && <span className="pill"> {queue.data.total}</span>}
      </h2>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-pressed={dismissed}
        onClick={() => setShow(dismissed ? "waiting" : "dismissed")}
      >
        {t(dismissed ? "payments.review.showWaiting" : "payments.review.showDismissed")}
      </button>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorState
          error={queue.error}
          message={t("payments.review.loadFailed")}
          onRetry={() => void queue.refetch()}
        />
      ) : queue.data.items.length === 0 ? (
        dismissed ? (
          <p className="muted">{t("payments.review.noneDismissed")}</p>
        ) : (
          <EmptyState title={t("payments.review.empty")}>{t("payments.review.empty.hint")}</EmptyState>
        )
      ) : (
        <ul className="review-list">
          {queue.data.items.map((item) => (
            <ReviewEntry key={item.id} campaignId={campaignId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewEntry({ campaignId, item }: { campaignId: number; item: ReviewItem }) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const assign = useAssignEntry();
  const dismiss = useDismissEntry();
  const [problem, setProblem] = useState("");
  const busy = assign.isPending || dismiss.isPending;
  const assignTo = (pledgeId: number, reference: string) => {
    setProblem("");
    assign.mutate(
      { entryId: item.id, pledgeId },
      {
        onSuccess: () => toast(t("payments.assign.done", { amount: formatEuro(item.amountCents, locale), reference })),
        onError: (error) => setProblem(error.message),
      },
    );
  };
  const suggestion = item.suggestion;
  return (
    <li className="review-entry" data-testid="review-entry" data-entry-id={item.id}>
      <div className="review-entry__head">
        <strong data-testid="review-amount">{formatEuro(item.amountCents, locale)}</strong>
        <span>{formatDate(item.bookedOn, locale)}</span>
        <span>{[item.name, item.iban].filter(Boolean).join(" · ") || t("payments.review.noPayer")}</span>
      </div>
      <p className="review-entry__text">{item.text || t("payments.review.noText")}</p>
      <p className="muted small">
        {item.reason ? t(`payments.reason.${item.reason}` as "payments.reason.no_reference") : ""}
      </p>
      {suggestion && (
        <p data-testid="review-suggestion">
          {t("payments.review.suggestion", {
            reference: suggestion.reference,
            sponsor: suggestion.sponsorName ?? "",
            open: formatEuro(suggestion.openCents, locale),
          })}
        </p>
      )}
      <div className="review-entry__actions">
        {suggestion && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => assignTo(suggestion.pledgeId, suggestion.reference)}
          >
            {t("payments.assign.toSuggestion", { reference: suggestion.reference })}
          </button>
        )}
        <details>
          <summary>{t("payments.assign.other")}</summary>
          <PledgePicker campaignId={campaignId} amountCents={item.amountCents} disabled={busy} onPick={assignTo} />
        </details>
        {item.state !== "dismissed" && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              dismiss.mutate(
                { entryId: item.id },
                { onSuccess: () => toast(t("payments.dismiss.done")), onError: (e) => setProblem(e.message) },
              )
            }
          >
            {t("payments.dismiss")}
          </button>
        )}
      </div>
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
