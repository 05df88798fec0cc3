// Every receipt and invoice of the campaign, newest first, with whose it is and its download:
// the treasurer finds a document here without knowing its pledge. Fifty at a time.
import { useId } from "react";
import { DocumentTable } from "../../../components/DocumentTable";
import { ErrorState, Loading } from "../../../components/States";
import { useT } from "../../../lib/i18n";
import { useCampaignDocuments } from "../api/payments";

export function CampaignDocuments({ campaignId }: { campaignId: number }) {
  const t = useT();
  const titleId = useId();
  const list = useCampaignDocuments(campaignId);
  const documents = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card campaign-documents" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("documents.all.title")}
      </h2>
      {list.isError ? (
        <ErrorState error={list.error} message={t("documents.error")} onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <Loading />
      ) : documents.length === 0 ? (
        <p className="muted">{t("documents.none")}</p>
      ) : (
        <>
          <div className="campaign-documents__scroll">
            <DocumentTable documents={documents} testId="campaign-documents" sponsorOf={(d) => d.sponsorName} />
          </div>
          {list.hasNextPage && (
            <button
              type="button"
              className="button button--small"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t("documents.all.more")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
