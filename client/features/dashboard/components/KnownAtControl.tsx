// "Wie angezeigt am": a switch, then a day and a clock time (Berlin). With it the dashboard
// shows the day's figures as they had been recorded by then, as the committee saw them on
// screen or paper. The URL changes once both fields hold a whole value; a half-typed time
// changes nothing and says what it expects when the field is left.
import { useRef, useState } from "react";
import { isCalendarDate } from "../../../../server/domain/dates";
import { CheckboxField, Field } from "../../../components/Field";
import { LazyDateField } from "../../../components/LazyDateField";
import { useT } from "../../../lib/i18n";
import { knownAtParam, knownAtParts } from "../../../lib/knownAt";
import { readClockTime } from "../clockTime";

/** Where the clock starts when the switch is turned on: the end of the day, all of it recorded by then. */
const DEFAULT_TIME = "23:59";
const WHOLE_TIME = /^\d{1,2}[:.]\d{2}$/;

interface KnownAtControlProps {
  /** The URL's time of knowledge ("2016-05-19T18:00"), null when off. */
  knownAt: string | null;
  /** The day shown (the switch starts there), and today, the latest day allowed. */
  day: string;
  today: string;
  onKnownAt: (local: string | null) => void;
}

export function KnownAtControl({ knownAt, day, today, onKnownAt }: KnownAtControlProps) {
  const t = useT();
  const [on, setOn] = useState(knownAt !== null);
  const parts = knownAt ? knownAtParts(knownAt) : { day, time: DEFAULT_TIME };
  const [shownDay, setShownDay] = useState(parts.day);
  const [timeText, setTimeText] = useState(parts.time);
  const [left, setLeft] = useState(false);
  const time = readClockTime(timeText);

  // The URL follows what the fields send a moment later, one change after the other. Only a
  // value from outside (the way back to today, a link) resets the fields: one they sent on the
  // way (23:59 from the switch while "18:00" is being typed) must not overwrite the typing.
  const sent = useRef(new Set<string | null>());
  const [synced, setSynced] = useState(knownAt);
  if (synced !== knownAt) {
    setSynced(knownAt);
    if (!sent.current.has(knownAt)) {
      sent.current = new Set();
      setOn(knownAt !== null);
      if (knownAt) {
        setShownDay(parts.day);
        setTimeText(parts.time);
      }
    }
  }

  const send = (nextDay: string, nextTime: string | null) => {
    if (!isCalendarDate(nextDay) || !nextTime) return;
    const local = knownAtParam(nextDay, nextTime);
    if (!local || local === knownAt) return;
    sent.current.add(local);
    onKnownAt(local);
  };
  const toggle = (checked: boolean) => {
    setOn(checked);
    sent.current = new Set();
    if (checked) send(shownDay, time);
    else {
      sent.current.add(null);
      onKnownAt(null);
    }
  };

  return (
    <div className="known-at" data-testid="known-at">
      <CheckboxField label={t("knownAt.toggle")} checked={on} onChange={toggle} />
      {on && (
        <>
          <LazyDateField
            label={t("knownAt.day")}
            className="field--inline"
            testId="known-at-day"
            max={today}
            value={shownDay}
            onChange={(next) => {
              setShownDay(next);
              send(next, time);
            }}
          />
          <Field
            label={t("knownAt.time")}
            className="field--inline known-at__time"
            error={left && !time ? t("knownAt.time.error") : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                data-testid="known-at-time"
                value={timeText}
                onChange={(e) => {
                  setTimeText(e.target.value);
                  setLeft(false);
                  // While typing, only a whole "18:30" counts: "1" on its way to "18" is no time yet.
                  if (WHOLE_TIME.test(e.target.value.trim())) send(shownDay, readClockTime(e.target.value));
                }}
                onBlur={() => {
                  setLeft(true);
                  if (!time) return;
                  setTimeText(time);
                  send(shownDay, time);
                }}
              />
            )}
          </Field>
        </>
      )}
    </div>
  );
}
