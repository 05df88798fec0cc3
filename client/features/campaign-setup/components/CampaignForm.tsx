// The setup form, for a new campaign and for a campaign's settings: its sections, the
// reading of what is typed, and the server's answer shown at the fields. What is sent and
// where to go afterwards is the page's (onSubmit); a stale version is its too (onConflict).
import { useState, type FormEvent } from "react";
import { useT } from "../../../lib/i18n";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { setupErrorsFromServer } from "../serverErrors";
import type { CampaignInput, SetupErrors, SetupReading, SetupValues } from "../setupForm";
import { BankSection } from "./BankSection";
import { BasicsSection } from "./BasicsSection";
import { IssuerSection } from "./IssuerSection";
import { RemindersSection } from "./RemindersSection";
import { RulesSection } from "./RulesSection";
import { SenderSection } from "./SenderSection";
import { TermsSection } from "./TermsSection";

interface CampaignFormProps {
  initial: SetupValues;
  submitLabel: string;
  /** What is typed → the input to send, or a message per field (a new campaign and settings differ). */
  read: (values: SetupValues) => SetupReading;
  onSubmit: (input: CampaignInput) => Promise<unknown>;
  /** A CONFLICT: the page reloads the campaign and says why. */
  onConflict?: () => void;
}

export function CampaignForm({ initial, submitLabel, read: readValues, onSubmit, onConflict }: CampaignFormProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [problem, setProblem] = useState("");
  const [pending, setPending] = useState(false);
  const set = (field: keyof SetupValues, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const showError = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === "BAD_REQUEST") {
      const fields = setupErrorsFromServer(fieldErrorsOf(error), t);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setProblem(t("common.error.invalid"));
    } else if (code === "CONFLICT" && onConflict) onConflict();
    else setProblem(code === "FORBIDDEN" ? t("common.error.forbidden") : t("common.error.network"));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readValues(values);
    setProblem("");
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    setPending(true);
    try {
      await onSubmit(read.input);
    } catch (error) {
      showError(error);
    } finally {
      setPending(false);
    }
  };

  const sections = { values, errors, set };
  return (
    <form className="form form--page" onSubmit={submit} noValidate data-testid="campaign-setup">
      <BasicsSection {...sections} />
      <TermsSection {...sections} />
      <RulesSection {...sections} />
      <BankSection {...sections} />
      <SenderSection {...sections} />
      <IssuerSection {...sections} />
      <RemindersSection {...sections} />
      <p className="form__error" role="alert">
        {problem}
      </p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("form.submitting") : submitLabel}
        </button>
      </div>
    </form>
  );
}
