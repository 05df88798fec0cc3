// The year-end round of collective receipts (Sammelbestätigungen): the sponsors whose donation
// payments of a year no receipt covers yet, and one button that issues theirs one after
// another (each a document.issue {sponsorId, year}, so the server stays free for others
// between them), with progress and a stop. Sponsors without a postal address are listed
// apart: their receipt would be refused until the address is entered.
import { useId, useRef, useState } from "react";
import { ErrorState, Loading } from "../../../components/States";
import { useToast } from "../../../components/Toast";
import { documentProblemOf } from "../../../lib/documentProblem";
import { formatEuro, formatNumber } from "../../../lib/format";
import { pluralOf, useLocale, useT, type Translate } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { type OpenReceipt, useIssueCollective, useOpenReceipts, useRefreshDocuments } from "../api/payments";

/** Anything but a known refusal, in general words. */
function generalProblem(error: unknown, t: Translate): string {
  const code = errorCodeOf(error);
  if (code === "FORBIDDEN") return t("common.error.forbidden");
  if (code === "NOT_FOUND") return t("common.error.notFound");
  return t("common.error.network");
}

export function YearEndReceipts({ campaignId, thisYear }: { campaignId: number; thisYear: number }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const yearId = useId();
  const [year, setYear] = useState(thisYear);
  const open = useOpenReceipts(campaignId, year);
  const issue = useIssueCollective();
  const refresh = useRefreshDocuments();
  const toast = useToast();
  const [progress, setProgress] = useState<{ done: number; of: number } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const stop = useRef(false);

  const run = async (sponsors: readonly OpenReceipt[]) => {
    stop.current = false;
    setProblems([]);
    let done = 0;
    const failed: string[] = [];
    setProgress({ done: 0, of: sponsors.length });
    for (const [i, sponsor] of sponsors.entries()) {
      if (stop.current) break;
      try {
        await issue.mutateAsync({ sponsorId: sponsor.sponsorId, year });
        done += 1;
      } catch (error) {
        failed.push(`${sponsor.name}: ${documentProblemOf(error, t, generalProblem)}`);
      }
      // Progress counts every sponsor tried; the toast counts the receipts issued.
      setProgress({ done: i + 1, of: sponsors.length });
    }
    setProblems(failed);
    setProgress(null);
    await refresh();
    toast(t(`yearEnd.issued.${pluralOf(done)}`, { count: done, year }), failed.length > 0 ? "error" : "success");
  };

  const years = [thisYear, thisYear - 1, thisYear - 2];
  const ready = open.sponsors.filter((s) => s.hasAddress);
  const noAddress = open.sponsors.filter((s) => !s.hasAddress);
  return (
    <section className="card year-end" aria-labelledby={titleId} data-testid="year-end-receipts">
      <h2 id={titleId} className="card__title">
        {t("yearEnd.title")}
      </h2>
      <p className="muted small">{t("yearEnd.intro")}</p>
      <div className="year-end__year">
        <label htmlFor={yearId}>{t("yearEnd.year")}</label>
        <select id={yearId} value={year} disabled={progress !== null} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {open.isError ? (
        <ErrorState error={open.error} message={t("yearEnd.loadFailed")} onRetry={() => open.refetch()} />
      ) : !open.complete ? (
        <Loading />
      ) : open.sponsors.length === 0 ? (
        <p data-testid="year-end-none">{t("yearEnd.none", { year })}</p>
      ) : (
        <>
          <p data-testid="year-end-summary">
            {t(`yearEnd.summary.${pluralOf(ready.length)}`, {
              count: formatNumber(ready.length, locale),
              amount: formatEuro(
                ready.reduce((sum, s) => sum + s.amountCents, 0),
                locale,
              ),
            })}
          </p>
          {progress ? (
            <p role="status" className="year-end__progress">
              {t("yearEnd.progress", { done: progress.done, of: progress.of })}{" "}
              <button type="button" className="button button--small" onClick={() => (stop.current = true)}>
                {t("yearEnd.stop")}
              </button>
            </p>
          ) : (
            ready.length > 0 && (
              <button type="button" className="button button--primary" onClick={() => void run(ready)}>
                {t("yearEnd.issue", { count: ready.length, year })}
              </button>
            )
          )}
          {noAddress.length > 0 && (
            <div className="year-end__missing">
              <p className="small">{t("yearEnd.noAddress")}</p>
              <ul className="small">
                {noAddress.map((s) => (
                  <li key={s.sponsorId}>{s.name}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {problems.length > 0 && (
        <div role="alert" className="year-end__problems">
          <p>{t("yearEnd.failed")}</p>
          <ul className="small">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
