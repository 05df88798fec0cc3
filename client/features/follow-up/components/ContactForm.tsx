// Logging a contact with a sponsor from the call list: when, how, a note, and when to get in
// touch next (empty: not planned). Field errors from the server show at their field.
import { useState, type FormEvent } from "react";
import { DateField } from "../../../components/DateField";
import { Field } from "../../../components/Field";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { useT } from "../../../lib/i18n";
import { fieldErrorsOf } from "../../../lib/trpc";
import { useLogContact } from "../api/followUp";
import { CHANNELS, type Channel } from "../channels";

interface ContactFormProps {
  sponsorId: number;
  today: string;
  onDone: () => void;
}

export function ContactForm({ sponsorId, today, onDone }: ContactFormProps) {
  const t = useT();
  const log = useLogContact();
  const [at, setAt] = useState(today);
  const [channel, setChannel] = useState<Channel>("phone");
  const [note, setNote] = useState("");
  const [next, setNext] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(
      { sponsorId, at, channel, note: note.trim() || null, nextContactOn: next || null },
      {
        onSuccess: onDone,
        onError: (error) => setErrors(translateFieldErrors(fieldErrorsOf(error), t)),
      },
    );
  };

  return (
    <form className="contact-form" onSubmit={submit} aria-label={t("followUp.log.title")}>
      <DateField label={t("followUp.log.at")} value={at} onChange={setAt} max={today} error={errors.at} />
      <Field label={t("followUp.log.channel")} error={errors.channel}>
        {(control) => (
          <select {...control} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`followUp.channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("followUp.log.note")} error={errors.note} className="contact-form__note">
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <DateField
        label={t("followUp.log.next")}
        hint={t("followUp.log.next.hint")}
        value={next}
        onChange={setNext}
        min={today}
        error={errors.nextContactOn}
      />
      <div className="contact-form__actions">
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          {t("followUp.log.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
