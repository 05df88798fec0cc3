// The pipeline: intent money not yet binding (whom to call, by how long they had waited) and
// the open conditional pledges that lapse if the application is rejected, at the end of the
// day the page shows (as known at its time of knowledge), waiting times counted to that day.
import { useId } from "react";
import { EmptyState } from "../../../components/States";
import { formatDate, formatEuro, formatNumber } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { usePipeline, type Pipeline } from "../api/pipeline";
import type { FigureView } from "../api/summary";
import { ConditionalPledges } from "./ConditionalPledges";
import { PipelineAges } from "./PipelineAges";
import { PipelineSponsors } from "./PipelineSponsors";
import { QueryBody } from "./SectionStates";

interface PipelineSectionProps {
  campaignId: number;
  view: FigureView;
  /** How many sponsors (and conditional pledges) to list; the server's default is 50. */
  limit?: number;
}

export function PipelineSection({ campaignId, view, limit }: PipelineSectionProps) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const pipeline = usePipeline(campaignId, view, limit);
  return (
    <section className="card committee-section" aria-labelledby={titleId} data-testid="pipeline-section">
      <div className="card__head">
        <h2 id={titleId} className="card__title">
          {t("report.pipeline.title")}
        </h2>
        {pipeline.data && (
          <span className="muted small">
            {t("report.pipeline.asOf", { date: formatDate(pipeline.data.asOf, locale) })}
          </span>
        )}
      </div>
      <QueryBody query={pipeline} error={t("report.pipeline.error")}>
        {(data) => <PipelineBody pipeline={data} />}
      </QueryBody>
    </section>
  );
}

function PipelineBody({ pipeline }: { pipeline: Pipeline }) {
  const t = useT();
  const { locale } = useLocale();
  if (pipeline.pledgeCount === 0 && pipeline.conditional.pledgeCount === 0) {
    return <EmptyState title={t("report.pipeline.empty.title")}>{t("report.pipeline.empty.text")}</EmptyState>;
  }
  const figures = [
    { label: t("report.pipeline.intent"), value: formatEuro(pipeline.intentCents, locale), testId: "pipeline-intent" },
    { label: t("report.pipeline.pledges"), value: formatNumber(pipeline.pledgeCount, locale) },
    { label: t("report.pipeline.sponsors"), value: formatNumber(pipeline.sponsorCount, locale) },
  ];
  return (
    <div className="committee-section__body">
      <p className="muted small">{t("report.pipeline.explain")}</p>
      <dl className="figures figures--row">
        {figures.map((f) => (
          <div className="figure" key={f.label}>
            <dt>{f.label}</dt>
            <dd data-testid={f.testId}>{f.value}</dd>
          </div>
        ))}
      </dl>
      {pipeline.pledgeCount > 0 && (
        <>
          <PipelineAges pipeline={pipeline} />
          <PipelineSponsors pipeline={pipeline} />
        </>
      )}
      <ConditionalPledges pipeline={pipeline} />
    </div>
  );
}
