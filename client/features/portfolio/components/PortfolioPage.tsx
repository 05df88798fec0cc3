// /portfolio: the funder's view across campaigns (admins see it too): per campaign its target,
// the own funds counted, whether it is eligible, and the state's grant, calls and receipts,
// as of today. Read-only; a funder has no campaign screens to go to from here.
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { usePageTitle } from "../../../lib/usePageTitle";
import { type PortfolioLine, usePortfolio } from "../api/portfolio";

export function PortfolioPage() {
  const t = useT();
  const portfolio = usePortfolio();
  usePageTitle(t("portfolio.title"));
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("portfolio.title")}</h1>
          <p className="page__meta">{t("portfolio.intro")}</p>
        </div>
      </div>
      {portfolio.isPending ? (
        <Loading />
      ) : portfolio.isError ? (
        <ErrorState error={portfolio.error} message={t("portfolio.error")} onRetry={() => void portfolio.refetch()} />
      ) : portfolio.data.length === 0 ? (
        <EmptyState title={t("portfolio.empty")}>{t("portfolio.empty.text")}</EmptyState>
      ) : (
        <PortfolioTable lines={portfolio.data} />
      )}
    </>
  );
}

function PortfolioTable({ lines }: { lines: PortfolioLine[] }) {
  const t = useT();
  const { locale } = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  return (
    <div className="table-scroll">
      <table className="table" data-testid="portfolio-table">
        <caption className="visually-hidden">{t("portfolio.tableTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("portfolio.col.name")}</th>
            <th scope="col" className="num">
              {t("portfolio.col.target")}
            </th>
            <th scope="col" className="num">
              {t("portfolio.col.counted")}
            </th>
            <th scope="col">{t("portfolio.col.eligible")}</th>
            <th scope="col" className="num">
              {t("portfolio.col.committed")}
            </th>
            <th scope="col" className="num">
              {t("portfolio.col.called")}
            </th>
            <th scope="col" className="num">
              {t("portfolio.col.received")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.campaignId} data-testid={`portfolio-row-${line.campaignId}`}>
              <th scope="row">{line.name}</th>
              <td className="num">{euro(line.targetCents)}</td>
              <td className="num">{euro(line.countedCents)}</td>
              <td>{line.eligible ? t("portfolio.eligible.yes") : t("portfolio.eligible.no")}</td>
              <td className="num">{euro(line.stateCommittedCents)}</td>
              <td className="num">{euro(line.stateCalledCents)}</td>
              <td className="num">{euro(line.stateReceivedCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
