// The campaign's sponsors: searchable, paged. Organisers and admins hand out portal links,
// revoke them, and export or erase the contact person's data; the committee only reads.
import { useId, useState } from "react";
import { ListFooter } from "../../../components/ListFooter";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { useDebounced } from "../../../lib/useDebounced";
import { useSponsorList } from "../api/sponsors";
import { SponsorDialogs, type SponsorDialog } from "./SponsorDialogs";
import { SponsorTable } from "./SponsorTable";

export function SponsorsPage() {
  const t = useT();
  const { locale } = useLocale();
  const searchId = useId();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const writer = canWrite(campaign?.role);
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim());
  const list = useSponsorList(campaignId, settled);
  const [dialog, setDialog] = useState<SponsorDialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("sponsors.title")}</h1>
          {campaign && <p className="page__meta">{campaign.name}</p>}
        </div>
      </div>
      <div className="toolbar">
        <div className="toolbar__field toolbar__field--grow">
          <label htmlFor={searchId}>{t("sponsors.search")}</label>
          <input id={searchId} type="search" value={search} placeholder={t("sponsors.search.placeholder")} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {campaign && !writer && <p className="muted small">{t("sponsors.readOnly")}</p>}
        {campaign && (
          <div role="group" aria-label={t("export.sponsors")} className="small">
            {t("export.label")} <a href={`/api/campaigns/${campaignId}/sponsors.csv?locale=de`} download title={t("export.csvGerman.title")}>{t("export.csvGerman")}</a>
            {" · "}<a href={`/api/campaigns/${campaignId}/sponsors.csv`} download title={t("export.csv.title")}>{t("export.csv")}</a>
            {" · "}<a href={`/api/campaigns/${campaignId}/sponsors.xlsx?locale=${locale}`} download>{t("export.xlsx")}</a>
            {!writer && <span className="muted"> {t("export.noContacts")}</span>}
          </div>
        )}
      </div>
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("sponsors.error")} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={settled ? t("sponsors.emptySearch", { search: settled }) : t("sponsors.empty")} />
      ) : (
        <>
          <SponsorTable rows={rows} writer={writer} onOpen={setDialog} onProblem={setProblem} />
          <ListFooter
            shownText={t(`sponsors.shown.${pluralOf(rows.length)}`, { count: rows.length })}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
          />
        </>
      )}
      <SponsorDialogs dialog={dialog} onClose={() => setDialog(null)} onProblem={setProblem} />
    </>
  );
}
