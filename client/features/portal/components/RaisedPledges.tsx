// The pledges this sponsor raised from others (raised-by): the credit for bringing them in.
// Other sponsors appear only as far as their public listing allows: by name, with amount,
// or, when hidden, only in a total of two or more of them (the server leaves out the rest).
import { useId } from "react";
import { StatusBadge } from "../../../components/StatusBadge";
import { formatDate, formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import type { RaisedThrough } from "../api/portal";

export function RaisedPledges({ raised }: { raised: RaisedThrough }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { count, listed, hiddenCount, hiddenTotalCents } = raised;
  return (
    <section className="card portal__wide" aria-labelledby={titleId} data-testid="portal-raised">
      <h2 id={titleId} className="card__title">
        {t("portal.raised.title")}
      </h2>
      <p className="raised__summary">{t(`portal.raised.count.${pluralOf(count)}`, { count })}</p>
      {listed.length > 0 && (
        <ul className="raised-list">
          {listed.map((p, index) => (
            // Other sponsors' pledges come without ids: the position is the key.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each load
            <li key={index} className="raised-list__item">
              <span className="raised-list__name">{p.sponsorName}</span>
              {p.amountCents === null ? (
                <span className="raised-list__amount raised-list__amount--withheld">
                  {t("portal.raised.amountNotShown")}
                </span>
              ) : (
                <span className="raised-list__amount">{formatEuro(p.amountCents, locale)}</span>
              )}
              <span className="raised-list__meta">
                <StatusBadge status={p.status} />
                <span>{t(`pledgeType.${p.type}`)}</span>
                <span>{formatDate(p.pledgedAt, locale)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {hiddenCount > 0 && (
        <p className="raised__summary" data-testid="portal-raised-hidden">
          {hiddenTotalCents === null
            ? t(`portal.raised.hidden.${pluralOf(hiddenCount)}`, { count: hiddenCount })
            : t("portal.raised.hiddenTotal", {
                count: hiddenCount,
                total: formatEuro(hiddenTotalCents, locale),
              })}
        </p>
      )}
    </section>
  );
}
