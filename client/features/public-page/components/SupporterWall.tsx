// The supporters who consented to be named: the name, and the amount where they agreed.
import { useId } from "react";
import { formatEuro } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import type { Supporter } from "../api/publicCampaign";

export function SupporterWall({ supporters }: { supporters: Supporter[] }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="card portal__wide" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("public.supporters.title")}
      </h2>
      {supporters.length === 0 ? (
        <p className="muted">{t("public.supporters.empty")}</p>
      ) : (
        <>
          <p className="muted small">
            {t(`public.supporters.intro.${pluralOf(supporters.length)}`, { count: supporters.length })}
          </p>
          <ul className="supporter-wall" data-testid="supporter-wall">
            {supporters.map((s) => (
              <li key={s.name} className="supporter">
                <span className="supporter__name">{s.name}</span>
                {s.amountCents !== null && (
                  <span className="supporter__amount">{formatEuro(s.amountCents, locale)}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
