// All pledges of the campaign, filtered and sorted as the URL query says (see filters.ts),
// with row actions for organisers and admins (the committee reads only). The actions' dialogs
// load on first use: the list is part of the first bundle, the dialogs and their date field not.
import { lazy, Suspense, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { FilterDisclosure } from "../../../components/FilterDisclosure";
import { ListFooter } from "../../../components/ListFooter";
import { ListTotals } from "../../../components/ListTotals";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatEuro, formatNumber } from "../../../lib/format";
import { pluralOf, useLocale, useT, type Translate } from "../../../lib/i18n";
import { useNarrow } from "../../../lib/useNarrow";
import { usePledgeList } from "../api/pledges";
import {
  activeFilterCount,
  filtersFromParams,
  isFiltered,
  listInputOf,
  NO_FILTERS,
  paramsFromFilters,
  type PledgeFilters,
} from "../filters";
import type { OpenDialog } from "./PledgeActions";
import { PledgeCards } from "./PledgeCards";
import { PledgeFilterBar } from "./PledgeFilterBar";
import { PledgeTable } from "./PledgeTable";
import "../pledges.css";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";

const ActionDialog = lazy(() => import("./ActionDialog").then((m) => ({ default: m.ActionDialog })));

export function PledgesPage() {
  const t = useT();
  useCampaignPageTitle(t("pledges.title"));
  const { locale } = useLocale();
  const navigate = useNavigate();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const writer = canWrite(campaign?.role);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const list = usePledgeList(campaignId, listInputOf(filters));
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const narrow = useNarrow();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const totals = list.data?.pages[0]?.totals;
  const sponsorName = rows[0]?.sponsorName ?? `#${filters.sponsorId}`;
  const setFilters = (next: PledgeFilters) => setParams(paramsFromFilters(next), { replace: true });

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("pledges.title")}</h1>
          {campaign && <p className="page__meta">{campaign.name}</p>}
        </div>
        {writer && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate(`/c/${campaignId}/pledges/new`)}
          >
            {t("dashboard.logPledge")}
          </button>
        )}
      </div>
      <FilterDisclosure active={activeFilterCount(filters)}>
        <PledgeFilterBar filters={filters} onChange={setFilters} />
      </FilterDisclosure>
      {filters.sponsorId && (
        <p className="filter-chip">
          <span>{t("pledges.filter.sponsor", { name: sponsorName })}</span>
          <button
            type="button"
            className="button button--small button--secondary"
            aria-label={t("pledges.filter.sponsorRemove")}
            onClick={() => setFilters({ ...filters, sponsorId: undefined })}
          >
            ✕
          </button>
        </p>
      )}
      <div className="pledge-list__meta">
        {totals && (
          <ListTotals
            text={t(`list.totals.pledges.${pluralOf(totals.count)}`, {
              count: formatNumber(totals.count, locale),
              amount: formatEuro(totals.amountCents, locale),
            })}
          />
        )}
        {campaign && !writer && <p className="muted small">{t("pledges.readOnly")}</p>}
        {campaign && (
          <div role="group" aria-label={t("export.pledges")} className="small">
            {t("export.label")}{" "}
            <a href={`/api/campaigns/${campaignId}/pledges.csv?locale=de`} download title={t("export.csvGerman.title")}>
              {t("export.csvGerman")}
            </a>
            {" · "}
            <a href={`/api/campaigns/${campaignId}/pledges.csv`} download title={t("export.csv.title")}>
              {t("export.csv")}
            </a>
            {" · "}
            <a href={`/api/campaigns/${campaignId}/pledges.xlsx?locale=${locale}`} download>
              {t("export.xlsx")}
            </a>
          </div>
        )}
      </div>
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("pledges.error")} onRetry={() => list.refetch()} />
      ) : rows.length === 0 && isFiltered(filters) ? (
        <EmptyState
          title={t("pledges.emptyFiltered")}
          action={
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}
            >
              {t("pledges.filter.reset")}
            </button>
          }
        >
          {t("pledges.filter.active", { filters: describeFilters(filters, t) })}
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title={t("pledges.empty")} />
      ) : (
        <>
          {narrow ? (
            <PledgeCards rows={rows} writer={writer} onOpen={setDialog} />
          ) : (
            <PledgeTable rows={rows} sort={filters.sort} writer={writer} onOpen={setDialog} />
          )}
          <ListFooter
            shownText={t(`pledges.shown.${pluralOf(rows.length)}`, { count: formatNumber(rows.length, locale) })}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
          />
        </>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <ActionDialog
            kind={dialog.kind}
            pledge={dialog.pledge}
            place="list"
            onClose={() => setDialog(null)}
            onProblem={setProblem}
          />
        </Suspense>
      )}
    </>
  );
}

/** The active filters in words, for the empty state: "Status „Absicht“, nur überfällige". */
function describeFilters(f: PledgeFilters, t: Translate): string {
  return [
    f.status && t("pledges.filter.active.status", { value: t(`pledgeStatus.${f.status}`) }),
    f.kind && t("pledges.filter.active.kind", { value: t(`sponsorKind.${f.kind}`) }),
    f.sponsorId && t("pledges.filter.active.sponsor", { value: `#${f.sponsorId}` }),
    f.country && t("pledges.filter.active.country", { value: f.country }),
    f.overdue && t("pledges.filter.active.overdue"),
    f.search.trim() && t("pledges.filter.active.search", { value: f.search.trim() }),
  ]
    .filter(Boolean)
    .join(", ");
}
