// The campaign's sponsors: searchable, filtered, sorted, paged, with what each has bound.
// Organisers and admins correct sponsors, merge duplicates, hand out portal links, revoke
// them, and export or erase the contact person's data; the committee only reads.
import { useState } from "react";
import { FilterDisclosure } from "../../../components/FilterDisclosure";
import { ListFooter } from "../../../components/ListFooter";
import { ListTotals } from "../../../components/ListTotals";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useCampaignId, useCurrentCampaign } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatEuro, formatNumber } from "../../../lib/format";
import { pluralOf, useLocale, useT, type Locale, type Translate } from "../../../lib/i18n";
import { useDebounced } from "../../../lib/useDebounced";
import { useNarrow } from "../../../lib/useNarrow";
import { useSponsorList, type SponsorRow } from "../api/sponsors";
import { DuplicatesPanel } from "./DuplicatesPanel";
import { SponsorCards } from "./SponsorCards";
import { SponsorDialogs, type SponsorDialog } from "./SponsorDialogs";
import { SponsorEditDialog } from "./SponsorEditDialog";
import { SponsorTable } from "./SponsorTable";
import { SponsorToolbar, type ToolbarValues } from "./SponsorToolbar";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";

export function SponsorsPage() {
  const t = useT();
  useCampaignPageTitle(t("sponsors.title"));
  const { locale } = useLocale();
  const campaignId = useCampaignId();
  const campaign = useCurrentCampaign();
  const writer = canWrite(campaign?.role);
  const [filters, setFilters] = useState<ToolbarValues>({ search: "", kind: "", country: "", sort: "name" });
  const settled = useDebounced(filters.search.trim());
  const list = useSponsorList(campaignId, {
    search: settled || undefined,
    kind: filters.kind || undefined,
    country: filters.country || undefined,
    sort: filters.sort,
  });
  const [dialog, setDialog] = useState<SponsorDialog>(null);
  const [editing, setEditing] = useState<SponsorRow | null>(null);
  const [creating, setCreating] = useState(false);
  const [showDuplicates, setShowDuplicates] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const narrow = useNarrow();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const totals = list.data?.pages[0]?.totals;
  // The edit form follows the refetched row, so a second try after a CONFLICT sends its new version.
  const editRow = editing && (rows.find((r) => r.id === editing.id) ?? editing);
  const filtered = Boolean(settled || filters.kind || filters.country);

  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("sponsors.title")}</h1>
          {campaign && <p className="page__meta">{campaign.name}</p>}
        </div>
        {campaign && (
          <div className="page__actions">
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={showDuplicates}
              onClick={() => setShowDuplicates((v) => !v)}
            >
              {showDuplicates ? t("sponsors.duplicates.hide") : t("sponsors.duplicates.show")}
            </button>
            {writer && (
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                {t("sponsors.new")}
              </button>
            )}
          </div>
        )}
      </div>
      {showDuplicates && <DuplicatesPanel campaignId={campaignId} writer={writer} onProblem={setProblem} />}
      <div className="toolbar">
        <FilterDisclosure active={[filters.search.trim(), filters.kind, filters.country].filter(Boolean).length}>
          <div className="sponsor-filters">
            <SponsorToolbar values={filters} onChange={setFilters} />
          </div>
        </FilterDisclosure>
        {campaign && !writer && <p className="muted small">{t("sponsors.readOnly")}</p>}
        {campaign && (
          <div role="group" aria-label={t("export.sponsors")} className="small">
            {t("export.label")}{" "}
            <a
              href={`/api/campaigns/${campaignId}/sponsors.csv?locale=de`}
              download
              title={t("export.csvGerman.title")}
            >
              {t("export.csvGerman")}
            </a>
            {" · "}
            <a href={`/api/campaigns/${campaignId}/sponsors.csv`} download title={t("export.csv.title")}>
              {t("export.csv")}
            </a>
            {" · "}
            <a href={`/api/campaigns/${campaignId}/sponsors.xlsx?locale=${locale}`} download>
              {t("export.xlsx")}
            </a>
            {!writer && <span className="muted"> {t("export.noContacts")}</span>}
          </div>
        )}
      </div>
      {totals && (
        <div className="list-meta">
          <ListTotals text={sponsorTotalsText(totals, t, locale)} />
        </div>
      )}
      <ProblemAlert message={problem} onClose={() => setProblem(null)} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} message={t("sponsors.error")} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={
            settled
              ? t("sponsors.emptySearch", { search: settled })
              : filtered
                ? t("sponsors.emptyFilter")
                : t("sponsors.empty")
          }
        />
      ) : (
        <>
          {narrow ? (
            <SponsorCards rows={rows} writer={writer} onOpen={setDialog} onEdit={setEditing} onProblem={setProblem} />
          ) : (
            <SponsorTable rows={rows} writer={writer} onOpen={setDialog} onEdit={setEditing} onProblem={setProblem} />
          )}
          <ListFooter
            shownText={t(`sponsors.shown.${pluralOf(rows.length)}`, { count: formatNumber(rows.length, locale) })}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
          />
        </>
      )}
      {editRow && (
        <SponsorEditDialog
          key={editRow.id}
          sponsor={editRow}
          campaignId={campaignId}
          onClose={() => setEditing(null)}
        />
      )}
      {creating && <SponsorEditDialog campaignId={campaignId} onClose={() => setCreating(false)} />}
      <SponsorDialogs dialog={dialog} onClose={() => setDialog(null)} onProblem={setProblem} />
    </>
  );
}

/** "312 Sponsoren · 1.234.567,89 € verbindlich"; with a name search the server sends no sum. */
function sponsorTotalsText(totals: { count: number; bindingCents: number | null }, t: Translate, locale: Locale) {
  const count = formatNumber(totals.count, locale);
  const plural = pluralOf(totals.count);
  return totals.bindingCents === null
    ? t(`list.totals.sponsors.${plural}`, { count })
    : t(`list.totals.sponsorsBinding.${plural}`, { count, amount: formatEuro(totals.bindingCents, locale) });
}
