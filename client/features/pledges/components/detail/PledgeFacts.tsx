// The pledge at a glance: amount and status first, then what was received and is open,
// then type, donation or sponsoring (with the net that counts as own funds), date, condition,
// who raised it, description and note.
import type { ReactNode } from "react";
import { ownFundsCents } from "../../../../../server/domain/vat";
import { formatDate, formatEuro } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import type { PledgeDetail } from "../../api/pledgeDetail";

interface PledgeFactsProps {
  pledge: PledgeDetail;
  raisedBySponsorName: string | undefined;
}

export function PledgeFacts({ pledge, raisedBySponsorName }: PledgeFactsProps) {
  const t = useT();
  const { locale } = useLocale();
  const none = <span aria-hidden="true">{t("common.none")}</span>;
  const raisedBy = raisedBySponsorName ?? pledge.raisedByName;
  return (
    <section className="card pledge-facts" aria-label={t("detail.facts")}>
      <dl className="pledge-facts__lead">
        <div>
          <dt>{t("detail.amount")}</dt>
          <dd className="pledge-facts__amount" data-testid="pledge-amount">
            {formatEuro(pledge.amountCents, locale)}
          </dd>
        </div>
        <div>
          <dt>{t("detail.status")}</dt>
          <dd>
            <span className={`badge badge--${pledge.status}`} data-testid="pledge-status">
              {t(`pledgeStatus.${pledge.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("detail.received")}</dt>
          <dd data-testid="pledge-received">{formatEuro(pledge.receivedCents, locale)}</dd>
        </div>
        <div>
          <dt>{t("detail.outstanding")}</dt>
          <dd data-testid="pledge-outstanding">{formatEuro(pledge.outstandingCents, locale)}</dd>
        </div>
      </dl>
      <dl className="pledge-facts__list">
        <Fact label={t("detail.type")}>{t(`pledgeType.${pledge.type}`)}</Fact>
        <Fact label={t("contribution.label")}>
          {pledge.contribution === "sponsoring"
            ? t("contribution.sponsoring.withRate", { rate: pledge.vatRatePercent ?? 19 })
            : pledge.waivesReimbursement
              ? `${t("contribution.donation")} · ${t("contribution.waiver.fact")}`
              : t("contribution.donation")}
        </Fact>
        {pledge.contribution === "sponsoring" && (
          <Fact label={t("contribution.net")}>
            <span data-testid="pledge-net">
              {formatEuro(ownFundsCents(pledge.amountCents, "sponsoring", pledge.vatRatePercent), locale)}
            </span>
          </Fact>
        )}
        <Fact label={t("detail.pledgedAt")}>{formatDate(pledge.pledgedAt, locale)}</Fact>
        <Fact label={t("detail.conditional")}>
          {pledge.conditional ? t("detail.conditional.yes") : t("detail.conditional.no")}
        </Fact>
        <Fact label={t("detail.raisedBy")}>{raisedBy ?? none}</Fact>
        <Fact label={t("detail.description")} wide>
          {pledge.description ?? none}
        </Fact>
        <Fact label={t("detail.note")} wide>
          {pledge.note ? <span className="pledge-facts__text">{pledge.note}</span> : none}
        </Fact>
      </dl>
    </section>
  );
}

function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "pledge-facts__item pledge-facts__item--wide" : "pledge-facts__item"}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
