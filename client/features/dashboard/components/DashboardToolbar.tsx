// Above the dashboard: the day shown ("Stand am", empty = today) and whether the figures are
// live; for a past day, a notice with the way back to today. The day changes once the field
// holds a whole date (a half-typed one changes nothing).
import { Link } from "react-router";
import { isCalendarDate } from "../../../../server/domain/dates";
import { LazyDateField } from "../../../components/LazyDateField";
import { formatDate } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { LiveState } from "../api/live";

interface ToolbarProps {
  asOf: string | null;
  today: string;
  onAsOf: (day: string | null) => void;
  live: LiveState;
}

export function DashboardToolbar({ asOf, today, onAsOf, live }: ToolbarProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <div className="dashboard-toolbar">
        <LazyDateField
          label={t("asOf.label")}
          className="field--inline"
          testId="as-of"
          max={today}
          value={asOf ?? today}
          onChange={(day) => {
            if (day === "" || isCalendarDate(day)) onAsOf(day || null);
          }}
        />
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
      {asOf && (
        <div className="alert alert--warning dashboard-past" data-testid="as-of-notice">
          <span>{t("asOf.past", { date: formatDate(asOf, locale) })}</span>
          <Link to={{ search: "" }} replace>
            {t("asOf.backToToday")}
          </Link>
        </div>
      )}
    </>
  );
}
