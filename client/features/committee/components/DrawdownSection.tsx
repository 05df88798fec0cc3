// "Landesmittel": the state's share beside the cash flow. Once the grant is recorded: granted,
// retention, called, received and what may be called at most now (campaign.drawdown); before,
// that nothing can be called yet. On today's view organisers and admins record calls and
// receipts here, and an admin the grant once the application is approved (a past day's view
// only shows).
import { useId } from "react";
import type { CampaignListItem } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatDate, formatEuro } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useDrawdown, type Drawdown } from "../api/drawdown";
import type { FigureView } from "../api/summary";
import { GrantForm } from "./GrantForm";
import { QueryBody } from "./SectionStates";
import { StatePaymentForms } from "./StatePaymentForms";

interface DrawdownSectionProps {
  campaignId: number;
  view: FigureView;
  /** The campaign as the caller's list has it (its role, grant, retention, version). */
  campaign: CampaignListItem | undefined;
  /** The view is today's, as recorded now: the only one changes are made on. */
  today: boolean;
}

export function DrawdownSection({ campaignId, view, campaign, today }: DrawdownSectionProps) {
  const t = useT();
  const titleId = useId();
  const drawdown = useDrawdown(campaignId, view.asOf);
  return (
    <section className="card committee-section" aria-labelledby={titleId} data-testid="drawdown-section">
      <h2 id={titleId} className="card__title">
        {t("drawdown.title")}
      </h2>
      <QueryBody query={drawdown} error={t("drawdown.error")}>
        {(data) => <DrawdownBody drawdown={data} asOf={view.asOf} campaign={campaign} today={today} />}
      </QueryBody>
    </section>
  );
}

function DrawdownBody({
  drawdown,
  asOf,
  campaign,
  today,
}: {
  drawdown: Drawdown;
  asOf?: string;
  campaign: CampaignListItem | undefined;
  today: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const euro = (cents: number) => formatEuro(cents, locale);
  const grantForm =
    today && campaign?.role === "admin" && campaign.applicationStatus === "approved" ? (
      <GrantForm key={campaign.version} campaign={campaign} />
    ) : null;
  if (drawdown.grantCents === 0)
    return (
      <div className="committee-section__body">
        <p className="muted" data-testid="drawdown-no-grant">
          {t("drawdown.noGrant", { own: euro(drawdown.ownReceivedCents) })}
        </p>
        {grantForm && <div className="drawdown__forms">{grantForm}</div>}
      </div>
    );
  const retentionPercent = campaign?.retentionPercent ?? 10;
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
      {today && canWrite(campaign?.role) && campaign && (
        <StatePaymentForms campaignId={campaign.id} callableCents={drawdown.callableCents} />
      )}
      {grantForm && <div className="drawdown__forms">{grantForm}</div>}
    </div>
  );
}
