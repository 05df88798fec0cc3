// Reading a bank statement: the file is checked first (a dry run: what would be booked, what
// would wait for review, what is known already), then booked on the staff member's word.
import { useId, useState } from "react";
import { useToast } from "../../../components/Toast";
import { formatFileSize } from "../../../lib/format";
import { pluralOf, useLocale, useT } from "../../../lib/i18n";
import { errorCodeOf } from "../../../lib/trpc";
import { fileToBase64, MAX_STATEMENT_BYTES, type StatementOutcome, useImportStatement } from "../api/payments";

const ACCEPT = ".xml,.zip,.sta,.mt940,.txt,.csv,application/xml,text/xml,application/zip,text/csv";

export function StatementImport({ campaignId }: { campaignId: number }) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const toast = useToast();
  const run = useImportStatement();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [checked, setChecked] = useState<StatementOutcome | null>(null);
  const [problem, setProblem] = useState("");

  const send = (chosen: { name: string; base64: string }, dryRun: boolean) =>
    run.mutate(
      { campaignId, filename: chosen.name, contentBase64: chosen.base64, dryRun },
      {
        onSuccess: (outcome) => {
          if (dryRun) return setChecked(outcome);
          setChecked(null);
          setFile(null);
          toast(
            t("payments.import.done", {
              booked: outcome.matched.length,
              waiting: outcome.suggested.length + outcome.unmatched.length,
            }),
          );
        },
        onError: (error) =>
          setProblem(
            errorCodeOf(error) === "PAYLOAD_TOO_LARGE"
              ? t("payments.import.tooLarge", { size: formatFileSize(MAX_STATEMENT_BYTES, locale) })
              : errorCodeOf(error) === "UNSUPPORTED_MEDIA_TYPE"
                ? t("payments.import.unsupported")
                : error.message,
          ),
      },
    );

  const choose = async (chosen: File) => {
    setProblem("");
    setChecked(null);
    if (chosen.size > MAX_STATEMENT_BYTES)
      return setProblem(t("payments.import.tooLarge", { size: formatFileSize(MAX_STATEMENT_BYTES, locale) }));
    const read = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(read);
    send(read, true);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t("payments.import.title")}
      </h2>
      <p className="muted small" id={`${id}-hint`}>
        {t("payments.import.hint")}
      </p>
      <div className="field">
        <label htmlFor={id}>{t("payments.import.choose")}</label>
        <input
          id={id}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${id}-hint`}
          disabled={run.isPending}
          data-testid="statement-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) void choose(chosen);
            event.target.value = "";
          }}
        />
      </div>
      {run.isPending && <p role="status">{t("payments.import.working")}</p>}
      {problem && (
        <p className="form__error" role="alert" data-testid="statement-problem">
          {problem}
        </p>
      )}
      {checked && file && (
        <div data-testid="statement-check">
          <p>
            <strong>{file.name}</strong>:{" "}
            {t(`payments.import.read.${pluralOf(checked.entries)}`, { count: checked.entries })}
          </p>
          <ul className="small">
            <li>{t("payments.import.wouldBook", { count: checked.matched.length })}</li>
            <li>{t("payments.import.wouldWait", { count: checked.suggested.length + checked.unmatched.length })}</li>
            <li>{t("payments.import.known", { count: checked.duplicates })}</li>
          </ul>
          <div className="form__actions">
            <button
              type="button"
              className="button"
              disabled={run.isPending || checked.entries === checked.duplicates}
              onClick={() => send(file, false)}
            >
              {t("payments.import.book")}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setChecked(null);
                setFile(null);
              }}
            >
              {t("payments.import.cancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
