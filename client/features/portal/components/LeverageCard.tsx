// What the sponsor's money does, as a sentence (data-testid portal-leverage) and two figures.
import { useId } from "react";
import { formatEuro, formatPercent } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { Portal } from "../api/portal";
import { leverageSentences } from "../leverageText";

export function LeverageCard({ portal }: { portal: Portal }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { leverage, campaign } = portal;
  const sentences = leverageSentences(
    {
      leverage,
      pledges: portal.pledges,
      matchCapCents: campaign.matchCapCents,
      matchRatio: campaign.matchRatio,
      applicationStatus: campaign.applicationStatus,
    },
    t,
    locale,
  );
  return (
    <section className="card card--leverage portal__wide" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("leverage.title")}
      </h2>
      <p className="leverage__sentence" data-testid="portal-leverage">
        {sentences.join(" ")}
      </p>
      {leverage.countedCents > 0 && (
        <dl className="figures leverage__figures">
          <div className="figure">
            <dt>{t("leverage.figure.counted")}</dt>
            <dd>{formatEuro(leverage.countedCents, locale)}</dd>
          </div>
          <div className="figure">
            <dt>{t("leverage.figure.share")}</dt>
            <dd>{formatPercent(leverage.shareBasisPoints / 100, locale)}</dd>
          </div>
          <div className="figure figure--large">
            <dt>{leverage.eligible ? t("leverage.figure.unlocked") : t("leverage.figure.unlockable")}</dt>
            <dd>{formatEuro(leverage.unlockedCents, locale)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
