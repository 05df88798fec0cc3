// The largest sponsors by counted own funds, and the raised-by leaderboard: who brought in
// money from other sponsors (the StädteRegion's €250,000 from its companies).
import { formatEuro, formatPercent } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Breakdowns } from "../api/breakdowns";
import { useKindLabel } from "../labels";
import { percentOfTotal } from "../selectors";
import { DataTable, type Column } from "./DataTable";

type Top = Breakdowns["topSponsors"][number];
type Raiser = Breakdowns["raisedBy"][number];

export function TopSponsorsTable({ breakdowns, totalCents }: { breakdowns: Breakdowns; totalCents: number }) {
  const t = useT();
  const { locale } = useLocale();
  const kindLabel = useKindLabel();
  const rank = new Map(breakdowns.topSponsors.map((s, i) => [s.sponsorId, i + 1]));
  const share = (r: Top) => percentOfTotal(r.countedCents, totalCents);
  const columns: Column<Top>[] = [
    { header: "#", cell: (r) => rank.get(r.sponsorId), csv: (r) => rank.get(r.sponsorId), num: true },
    { header: t("report.col.sponsor"), cell: (r) => <span className="cell-main">{r.name}</span>, csv: (r) => r.name },
    { header: t("report.col.kind"), cell: (r) => kindLabel(r.kind), csv: (r) => kindLabel(r.kind) },
    { header: t("report.col.country"), cell: (r) => r.country, csv: (r) => r.country },
    {
      header: t("report.col.counted"),
      cell: (r) => formatEuro(r.countedCents, locale),
      csv: (r) => ({ cents: r.countedCents }),
      num: true,
    },
    {
      header: t("report.col.share"),
      cell: (r) => formatPercent(share(r), locale, 1),
      csv: (r) => Math.round(share(r) * 100) / 100,
      num: true,
    },
    { header: t("report.col.pledges"), cell: (r) => r.pledgeCount, csv: (r) => r.pledgeCount, num: true },
  ];
  return (
    <DataTable
      title={t("report.topSponsors.title")}
      day={breakdowns.asOf}
      columns={columns}
      rows={breakdowns.topSponsors}
      rowKey={(r) => r.sponsorId}
      testId="breakdown-top-sponsors"
    />
  );
}

export function RaisedByTable({ breakdowns }: { breakdowns: Breakdowns }) {
  const t = useT();
  const { locale } = useLocale();
  const columns: Column<Raiser>[] = [
    { header: t("report.col.raisedBy"), cell: (r) => <span className="cell-main">{r.name}</span>, csv: (r) => r.name },
    {
      header: t("report.col.counted"),
      cell: (r) => formatEuro(r.countedCents, locale),
      csv: (r) => ({ cents: r.countedCents }),
      num: true,
    },
    { header: t("report.col.sponsors"), cell: (r) => r.sponsorCount, csv: (r) => r.sponsorCount, num: true },
    { header: t("report.col.pledges"), cell: (r) => r.pledgeCount, csv: (r) => r.pledgeCount, num: true },
  ];
  return (
    <DataTable
      title={t("report.raisedBy.title")}
      day={breakdowns.asOf}
      columns={columns}
      rows={breakdowns.raisedBy}
      rowKey={(r) => `${r.raisedBySponsorId ?? "name"}-${r.name}`}
      note={t("report.raisedBy.explain")}
      testId="breakdown-raised-by"
    />
  );
}
