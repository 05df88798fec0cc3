// Above the dashboard: the day shown ("Stand am", empty = today), optionally the time its
// figures are shown as known at ("Wie angezeigt am"), and whether the figures are live; for a
// past view, a notice with the way back to today. The day changes once the field holds a
// whole date (a half-typed one changes nothing).
import { lazy, Suspense } from "react";
import { Link, useSearchParams } from "react-router";
import { isCalendarDate } from "../../../../server/domain/dates";
import { LazyDateField } from "../../../components/LazyDateField";
import { formatDate, formatInstant } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { berlinInstant } from "../../../lib/knownAt";
import type { LiveState } from "../api/live";
import { searchForToday, type ViewParams } from "../asOfParam";

// Most visits never set a time of knowledge: its switch and fields load after the figures.
const KnownAtControl = lazy(() => import("./KnownAtControl").then((m) => ({ default: m.KnownAtControl })));

interface ToolbarProps {
  view: ViewParams;
  today: string;
  live: LiveState;
}

export function DashboardToolbar({ view, today, live }: ToolbarProps) {
  const t = useT();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const { asOf, knownAt } = view;
  const day = asOf ?? today;
  return (
    <>
      <div className="dashboard-toolbar">
        <div className="dashboard-toolbar__view">
          <LazyDateField
            label={t("asOf.label")}
            className="field--inline"
            testId="as-of"
            max={today}
            value={day}
            onChange={(next) => {
              if (next === "" || isCalendarDate(next)) view.setAsOf(next || null);
            }}
          />
          <Suspense fallback={null}>
            <KnownAtControl knownAt={knownAt} day={day} today={today} onKnownAt={view.setKnownAt} />
          </Suspense>
        </div>
        {live !== "off" && (
          <p
            className={`live-status live-status--${live}`}
            data-testid="live-status"
            data-state={live}
            aria-live="polite"
            title={t("live.explain")}
          >
            <span className="live-status__dot" aria-hidden="true" />
            {live === "live" ? t("live.on") : live === "connecting" ? t("live.connecting") : t("live.lost")}
          </p>
        )}
      </div>
      {(asOf || knownAt) && (
        <div className="alert alert--warning dashboard-past" data-testid="as-of-notice">
          <span>
            {knownAt
              ? t("asOf.pastKnown", {
                  date: formatDate(day, locale),
                  time: formatInstant(berlinInstant(knownAt), locale),
                })
              : t("asOf.past", { date: formatDate(day, locale) })}
          </span>
          <Link to={{ search: searchForToday(params) }} replace>
            {t("asOf.backToToday")}
          </Link>
        </div>
      )}
    </>
  );
}
