// The pledge's history, oldest first as the server keeps it: what changed, the business
// date it counts from, when and by whom it was entered (Berlin time), and the reason.
import { formatDate, formatInstant } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";
import type { HistoryEvent } from "../../api/pledgeDetail";
import { describeEvent } from "../../detail/historyText";

export function HistoryList({ events }: { events: readonly HistoryEvent[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (events.length === 0) return <p className="muted">{t("history.empty")}</p>;
  return (
    <ol className="history" data-testid="pledge-history">
      {events.map((event) => (
        <li key={event.id} className={`history__item history__item--${event.kind}`} data-event-kind={event.kind}>
          <ul className="history__lines">
            {describeEvent(event, events, t, locale).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {event.reason && <p className="history__reason">{t("history.reason", { reason: event.reason })}</p>}
          <p className="history__meta">
            <span>{t("history.effective", { date: formatDate(event.at, locale) })}</span>
            <span>
              {t("history.entered", {
                when: formatInstant(event.createdAt, locale),
                user: event.userName ?? t("history.system"),
              })}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
