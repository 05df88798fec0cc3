// What a run found: the counts, then the errors (nothing was written) and the warnings.
import { Link } from "react-router";
import { formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { ImportResult } from "../api/upload";
import { ProblemTable } from "./ProblemTable";

export function ImportOutcome({ result, campaignId }: { result: ImportResult; campaignId: number }) {
  const t = useT();
  const { locale } = useLocale();
  const failed = result.errors.length > 0;
  const title = failed
    ? t("import.result.failed")
    : result.dryRun
      ? t("import.result.dryRun")
      : t("import.result.done");
  const figures = [
    { label: t("import.result.rows"), value: result.rows },
    { label: result.dryRun ? t("import.result.wouldCreate") : t("import.result.created"), value: result.created },
    { label: t("import.result.duplicates"), value: result.duplicates },
    { label: t("import.result.sponsors"), value: result.sponsorsCreated },
    { label: t("import.result.warnings"), value: result.warnings.length },
    { label: t("import.result.errors"), value: result.errors.length },
  ];
  return (
    <section
      className={`import-outcome${failed ? " import-outcome--failed" : ""}`}
      aria-live="polite"
      data-testid="import-outcome"
    >
      <h2 className="section-title">{title}</h2>
      <dl className="figures import-figures">
        {figures.map((f) => (
          <div className="figure" key={f.label}>
            <dt>{f.label}</dt>
            <dd>{formatNumber(f.value, locale)}</dd>
          </div>
        ))}
      </dl>
      {result.duplicates > 0 && <p className="muted small">{t("import.result.duplicatesNote")}</p>}
      {failed && <ProblemTable problems={result.errors} caption={t("import.errors.caption")} testId="import-errors" />}
      {result.warnings.length > 0 && (
        <ProblemTable problems={result.warnings} caption={t("import.warnings.caption")} testId="import-warnings" />
      )}
      {!result.dryRun && !failed && (
        <Link className="button button--secondary" to={`/c/${campaignId}/pledges`}>
          {t("import.result.toPledges")}
        </Link>
      )}
    </section>
  );
}
