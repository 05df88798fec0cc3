// `/c/:campaignId/pledges/:pledgeId`: one pledge with its facts, the actions its status
// allows (organisers and admins; the committee reads only), the edit form, its payments and
// installments, its documents (attachments), and its history. A pledge of another campaign
// is "not found" here.
import { useState, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { ProblemAlert } from "../../../../components/ProblemAlert";
import { EmptyState, ErrorState, Loading } from "../../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../../lib/campaigns";
import { canWrite } from "../../../../lib/codes";
import { useT } from "../../../../lib/i18n";
import { errorCodeOf } from "../../../../lib/trpc";
import { usePledge, usePledgeHistory, type PledgeDetail } from "../../api/pledgeDetail";
import { AttachmentsSection } from "./AttachmentsSection";
import { DetailActions } from "./DetailActions";
import { DocumentsSection } from "./DocumentsSection";
import { EditPledgeForm } from "./EditPledgeForm";
import { HistoryList } from "./HistoryList";
import { LetterLinks } from "./LetterLinks";
import { LetterMailActions } from "./LetterMailActions";
import { PaymentsTable } from "./PaymentsTable";
import { PledgeFacts } from "./PledgeFacts";
import { ScheduleTable } from "./ScheduleTable";
import "../../detail/pledgeDetail.css";
import { useCampaignPageTitle } from "../../../../lib/usePageTitle";

export function PledgeDetailPage() {
  const t = useT();
  const campaignId = useCampaignId();
  const { pledgeId: param } = useParams();
  const pledgeId = /^\d+$/.test(param ?? "") ? Number(param) : Number.NaN;
  const pledge = usePledge(pledgeId);
  useCampaignPageTitle(pledge.data ? t("detail.pageTitle", { sponsor: pledge.data.sponsorName }) : t("pledges.title"));
  const listLink = <Link to={`/c/${campaignId}/pledges`}>{t("detail.back")}</Link>;

  const missing =
    Number.isNaN(pledgeId) ||
    errorCodeOf(pledge.error) === "NOT_FOUND" ||
    (pledge.data && pledge.data.campaignId !== campaignId);
  if (missing) {
    return (
      <EmptyState title={t("detail.notFound.title")} action={listLink}>
        {t("detail.notFound.text")}
      </EmptyState>
    );
  }
  if (pledge.isPending) return <Loading />;
  if (pledge.isError) {
    return (
      <>
        <p className="back-link">{listLink}</p>
        <ErrorState error={pledge.error} message={t("detail.error")} onRetry={() => pledge.refetch()} />
      </>
    );
  }
  return <PledgeDetailView pledge={pledge.data} listLink={listLink} />;
}

function PledgeDetailView({ pledge, listLink }: { pledge: PledgeDetail; listLink: ReactNode }) {
  const t = useT();
  const campaign = useCurrentCampaign();
  const writer = canWrite(campaign?.role);
  const history = usePledgeHistory(pledge.id);
  // pledge.get names the sponsor that raised it, if any.
  const raisedBySponsorName = pledge.raisedBySponsorName ?? undefined;
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const events = history.data ?? [];

  return (
    <>
      <p className="back-link">{listLink}</p>
      <div className="page__header">
        <div>
          <h1 className="pledge-detail__title">{pledge.sponsorName}</h1>
          <p className="page__meta">
            {[t("detail.meta", { reference: pledge.reference ?? `#${pledge.id}` }), campaign?.name]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <LetterLinks pledgeId={pledge.id} status={pledge.status} />
          {writer && (
            <LetterMailActions
              pledgeId={pledge.id}
              status={pledge.status}
              contactEmail={pledge.sponsorContactEmail ?? null}
              onProblem={setProblem}
            />
          )}
        </div>
        {writer && !editing && (
          <DetailActions
            pledge={pledge}
            lastEvent={events.at(-1)}
            events={events}
            onEdit={() => setEditing(true)}
            onProblem={setProblem}
          />
        )}
      </div>
      {campaign && !writer && <p className="muted small pledge-detail__read-only">{t("detail.readOnly")}</p>}
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {editing ? (
        <EditPledgeForm
          pledge={pledge}
          raisedBySponsorName={raisedBySponsorName}
          firstChangeAt={firstFigureChange(events)}
          createdPaid={events.some((e) => e.kind === "created" && e.receivedAfterCents > 0)}
          onDone={() => setEditing(false)}
          onProblem={setProblem}
        />
      ) : (
        <PledgeFacts pledge={pledge} raisedBySponsorName={raisedBySponsorName} />
      )}
      <div className="pledge-detail__money">
        <PaymentsTable pledge={pledge} />
        <ScheduleTable pledge={pledge} />
      </div>
      <DocumentsSection pledge={pledge} writer={writer} onProblem={setProblem} />
      <AttachmentsSection pledgeId={pledge.id} writer={writer} />
      <section className="card pledge-detail__history" aria-labelledby="pledge-history-title">
        <h2 id="pledge-history-title" className="card__title">
          {t("history.title")}
        </h2>
        {history.isPending ? (
          <Loading />
        ) : history.isError ? (
          <ErrorState error={history.error} message={t("history.error")} onRetry={() => history.refetch()} />
        ) : (
          <HistoryList events={events} />
        )}
      </section>
    </>
  );
}

/**
 * The earliest status move, payment or amount change: the pledge's date may not move past it
 * (nothing happens to a pledge before it was made). The server checks the same.
 */
function firstFigureChange(
  events: readonly { kind: string; at: string; amountBeforeCents: number | null; amountAfterCents: number }[],
): string | undefined {
  const dates = events
    .filter(
      (e) =>
        e.kind === "status" ||
        e.kind === "payment" ||
        (e.kind === "update" && e.amountBeforeCents !== e.amountAfterCents),
    )
    .map((e) => e.at)
    .sort();
  return dates[0];
}
