// The pledges this sponsor raised from others (raised-by): the credit for bringing them in.
import { useId } from "react";
import { StatusBadge } from "../../../components/StatusBadge";
import { formatDate, formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import type { RaisedPledge } from "../api/portal";

export function RaisedPledges({ pledges }: { pledges: RaisedPledge[] }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const total = pledges.reduce((sum, p) => sum + p.amountCents, 0);
  const counted = pledges.reduce((sum, p) => sum + p.countedCents, 0);
  return (
    <section className="card portal__wide" aria-labelledby={titleId} data-testid="portal-raised">
      <h2 id={titleId} className="card__title">
        {t("portal.raised.title")}
      </h2>
      <p className="raised__summary">
        {t(`portal.raised.summary.${pluralOf(pledges.length)}`, {
          count: pledges.length,
          total: formatEuro(total, locale),
          counted: formatEuro(counted, locale),
        })}
      </p>
      <ul className="raised-list">
        {pledges.map((p) => (
          <li key={p.id} className="raised-list__item">
            <span className="raised-list__name">{p.sponsorName}</span>
            <span className="raised-list__amount">{formatEuro(p.amountCents, locale)}</span>
            <span className="raised-list__meta">
              <StatusBadge status={p.status} />
              <span>{t(`pledgeType.${p.type}`)}</span>
              <span>{formatDate(p.pledgedAt, locale)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
