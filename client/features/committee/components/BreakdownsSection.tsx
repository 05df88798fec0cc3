// Where the counted own funds come from: by sponsor kind and country (from the summary), by
// sector, membership type and public vs private money, the largest sponsors, and who raised
// money from others (from campaign.breakdowns), all at the end of the same day.
import { useId } from "react";
import { EmptyState } from "../../../components/States";
import type { FullSummary } from "../../../lib/api/summary";
import { formatDate } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useBreakdowns, type Breakdowns } from "../api/breakdowns";
import { useFullSummary, type FigureView } from "../api/summary";
import { useCountryGroupLabel, useKindLabel, useMembershipLabel } from "../labels";
import { countryGroups } from "../selectors";
import { QueryBody } from "./SectionStates";
import { RaisedByTable, TopSponsorsTable } from "./SponsorTables";
import { ShareTable } from "./ShareTable";

/** Sectors and membership types are free text: a campaign may have dozens. */
const LONG_LIST = 8;

interface BreakdownsSectionProps {
  campaignId: number;
  view: FigureView;
  summary?: FullSummary;
  /** The printed report: without sector and membership type. */
  compact?: boolean;
}

export function BreakdownsSection({ campaignId, view, summary, compact = false }: BreakdownsSectionProps) {
  const t = useT();
  const titleId = useId();
  const own = useFullSummary(campaignId, view, !summary);
  const breakdowns = useBreakdowns(campaignId, view);
  const body = (s: FullSummary) => (
    <QueryBody query={breakdowns} error={t("report.breakdowns.error")}>
      {(b) => <BreakdownsBody summary={s} breakdowns={b} compact={compact} />}
    </QueryBody>
  );
  return (
    <section className="card committee-section" aria-labelledby={titleId} data-testid="breakdowns-section">
      <h2 id={titleId} className="card__title">
        {t("report.breakdowns.title")}
      </h2>
      {summary ? (
        body(summary)
      ) : (
        <QueryBody query={own} error={t("report.breakdowns.error")}>
          {body}
        </QueryBody>
      )}
    </section>
  );
}

function BreakdownsBody({
  summary,
  breakdowns,
  compact,
}: {
  summary: FullSummary;
  breakdowns: Breakdowns;
  compact: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const kindLabel = useKindLabel();
  const countryLabel = useCountryGroupLabel();
  const membershipLabel = useMembershipLabel();
  if (summary.countedCents === 0) {
    return <EmptyState title={t("report.breakdowns.empty.title")}>{t("report.breakdowns.empty.text")}</EmptyState>;
  }
  const day = breakdowns.asOf;
  const total = summary.countedCents;
  const byValue = (rows: Breakdowns["bySector"], labelOf: (value: string) => string = (v) => v) =>
    rows.map((r) => ({
      key: r.value ?? "",
      label: r.value === null ? t("report.noValue") : labelOf(r.value),
      countedCents: r.countedCents,
      sponsorCount: r.sponsorCount,
    }));
  return (
    <div className="committee-section__body">
      <p className="muted small">{t("report.breakdowns.explain", { date: formatDate(day, locale) })}</p>
      <div className="breakdowns">
        <ShareTable
          title={t("report.byKind.title")}
          labelHeader={t("report.col.kind")}
          day={day}
          totalCents={total}
          rows={[...summary.byKind]
            .sort((a, b) => b.countedCents - a.countedCents)
            .map((r) => ({
              key: r.kind,
              label: kindLabel(r.kind),
              countedCents: r.countedCents,
              sponsorCount: r.sponsorCount,
            }))}
          testId="breakdown-kind"
        />
        <ShareTable
          title={t("report.byCountry.title")}
          labelHeader={t("report.col.country")}
          day={day}
          totalCents={total}
          rows={countryGroups(summary.byCountry).map((r) => ({ ...r, label: countryLabel(r.key) }))}
          testId="breakdown-country"
        />
        <ShareTable
          title={t("report.publicPrivate.title")}
          labelHeader={t("report.col.origin")}
          day={day}
          totalCents={total}
          rows={breakdowns.publicPrivate.map((r) => ({
            key: r.origin,
            label: t(`report.origin.${r.origin}`),
            countedCents: r.countedCents,
            sponsorCount: r.sponsorCount,
          }))}
          testId="breakdown-public-private"
        />
        {!compact && (
          <>
            <ShareTable
              title={t("report.byMembership.title")}
              labelHeader={t("report.col.membership")}
              day={day}
              totalCents={total}
              rows={byValue(breakdowns.byMembership, membershipLabel)}
              maxRows={LONG_LIST}
              testId="breakdown-membership"
            />
            <ShareTable
              title={t("report.bySector.title")}
              labelHeader={t("report.col.sector")}
              day={day}
              totalCents={total}
              rows={byValue(breakdowns.bySector)}
              maxRows={LONG_LIST}
              testId="breakdown-sector"
            />
          </>
        )}
      </div>
      <TopSponsorsTable breakdowns={breakdowns} totalCents={total} />
      <RaisedByTable breakdowns={breakdowns} />
    </div>
  );
}
