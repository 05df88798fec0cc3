// "Landesmittel": the state's share beside the cash flow. Once the grant is recorded: granted,
// retention, called, received and what may be called at most now (campaign.drawdown); before,
// that nothing can be called yet. Organisers and admins record calls and receipts here, on
// today's view (a past day's view only shows).
import { useId } from "react";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useDrawdown, type Drawdown } from "../api/drawdown";
import type { FigureView } from "../api/summary";
import { QueryBody } from "./SectionStates";
import { StatePaymentForms } from "./StatePaymentForms";

interface DrawdownSectionProps {
  campaignId: number;
  view: FigureView;
  retentionPercent: number;
  /** Organisers and admins on today's view: the call and receipt forms. */
  canRecord: boolean;
}

export function DrawdownSection({ campaignId, view, retentionPercent, canRecord }: DrawdownSectionProps) {
  const t = useT();
  const titleId = useId();
  const drawdown = useDrawdown(campaignId, view.asOf);
  return (
    <section className="card committee-section" aria-labelledby={titleId} data-testid="drawdown-section">
      <h2 id={titleId} className="card__title">
        {t("drawdown.title")}
      </h2>
      <QueryBody query={drawdown} error={t("drawdown.error")}>
        {(data) => (
          <DrawdownBody
            campaignId={campaignId}
            drawdown={data}
            asOf={view.asOf}
            retentionPercent={retentionPercent}
            canRecord={canRecord}
          />
        )}
      </QueryBody>
    </section>
  );
}

function DrawdownBody({
  campaignId,
  drawdown,
  asOf,
  retentionPercent,
  canRecord,
}: {
  campaignId: number;
  drawdown: Drawdown;
  asOf?: string;
  retentionPercent: number;
  canRecord: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  if (drawdown.grantCents === 0)
    return (
      <p className="muted" data-testid="drawdown-no-grant">
        {t("drawdown.noGrant", { own: euro(drawdown.ownReceivedCents) })}
      </p>
    );
  const figures = [
    { label: t("drawdown.granted"), value: drawdown.grantCents, testId: "drawdown-granted" },
    {
      label: t("drawdown.retention", { percent: retentionPercent }),
      value: drawdown.retentionCents,
      testId: "drawdown-retention",
    },
    { label: t("drawdown.ownReceived"), value: drawdown.ownReceivedCents, testId: "drawdown-own" },
    { label: t("drawdown.called"), value: drawdown.calledCents, testId: "drawdown-called" },
    { label: t("drawdown.received"), value: drawdown.receivedCents, testId: "drawdown-received" },
    { label: t("drawdown.callable"), value: drawdown.callableCents, testId: "drawdown-callable" },
  ];
  return (
    <div className="committee-section__body">
      <p className="muted small">{t("drawdown.explain")}</p>
      {asOf && <p className="muted small">{t("drawdown.asOf", { date: formatDate(asOf, locale) })}</p>}
      <dl className="figures figures--row">
        {figures.map((f) => (
          <div className="figure" key={f.testId}>
            <dt>{f.label}</dt>
            <dd data-testid={f.testId}>{euro(f.value)}</dd>
          </div>
        ))}
      </dl>
      {canRecord && <StatePaymentForms campaignId={campaignId} callableCents={drawdown.callableCents} />}
    </div>
  );
}
