// /c/:campaignId/import: choose a spreadsheet, look at its first lines, run a dry run (the
// server checks every row and counts what it would create), then import all rows or none.
import { useState } from "react";
import { EmptyState, Loading } from "../../../components/States";
import { useCampaignId, useCampaigns } from "../../../lib/campaigns";
import { canWrite } from "../../../lib/codes";
import { formatFileSize } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { MAX_FILE_BYTES } from "../api/upload";
import { useImportRun } from "../api/useImportRun";
import "../import.css";
import { FilePicker } from "./FilePicker";
import { FilePreview } from "./FilePreview";
import { FormatHelp } from "./FormatHelp";
import { ImportOutcome } from "./ImportOutcome";
import { RunProgress } from "./RunProgress";
import { useCampaignPageTitle } from "../../../lib/usePageTitle";

export function ImportPage() {
  const t = useT();
  useCampaignPageTitle(t("import.title"));
  const campaignId = useCampaignId();
  const campaigns = useCampaigns();
  const campaign = campaigns.data?.find((c) => c.id === campaignId);
  if (campaigns.isPending) return <Loading />;
  if (!campaign) return <EmptyState title={t("common.error.notFound")} />;
  return (
    <>
      <div className="page__header">
        <div>
          <h1>{t("import.title")}</h1>
          <p className="page__meta">{campaign.name}</p>
        </div>
      </div>
      <p className="import-intro">{t("import.intro")}</p>
      {canWrite(campaign.role) ? (
        <Importer campaignId={campaign.id} />
      ) : (
        <p className="muted">{t("import.readOnly")}</p>
      )}
      <FormatHelp />
    </>
  );
}

function Importer({ campaignId }: { campaignId: number }) {
  const t = useT();
  const { locale } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = useImportRun(campaignId);
  const { state } = run;
  const running = state.status === "running";
  // After a dry run with errors the real import would write nothing: fix the file first.
  const knownBad = state.status === "done" && state.dryRun && state.result.errors.length > 0;
  const imported = state.status === "done" && !state.dryRun && state.result.errors.length === 0;

  function choose(next: File) {
    run.reset();
    if (!/\.(csv|xlsx)$/i.test(next.name)) return setRefusal(t("import.wrongType"));
    if (next.size > MAX_FILE_BYTES) return setRefusal(t("import.tooLarge"));
    setRefusal(null);
    setFile(next);
  }

  return (
    <section className="card import" aria-label={t("import.file")}>
      {file ? (
        <div className="import-file">
          <p className="import-file__name">
            {t("import.chosen", { name: file.name, size: formatFileSize(file.size, locale) })}
          </p>
          <button
            type="button"
            className="button button--ghost"
            disabled={running}
            onClick={() => {
              setFile(null);
              run.reset();
            }}
          >
            {t("import.remove")}
          </button>
        </div>
      ) : (
        <FilePicker onFile={choose} disabled={running} />
      )}
      {refusal && (
        <p className="field__error" role="alert">
          {refusal}
        </p>
      )}
      {file && (
        <>
          <h2 className="subsection-title">{t("import.preview")}</h2>
          <FilePreview file={file} />
          <div className="import-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={running}
              onClick={() => run.start(file, true)}
            >
              {t("import.dryRun")}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={running || knownBad || imported}
              onClick={() => run.start(file, false)}
            >
              {t("import.run")}
            </button>
            {knownBad && <p className="muted small">{t("import.fixFirst")}</p>}
          </div>
        </>
      )}
      {state.status === "running" && <RunProgress dryRun={state.dryRun} phase={state.phase} />}
      {state.status === "failed" && (
        <p className="alert alert--warning" role="alert">
          {failureText(state.code, t)}
        </p>
      )}
      {state.status === "done" && <ImportOutcome result={state.result} campaignId={campaignId} />}
    </section>
  );
}

function failureText(code: string, t: ReturnType<typeof useT>): string {
  switch (code) {
    case "FORBIDDEN":
    case "NOT_FOUND":
    case "BAD_REQUEST":
    case "PAYLOAD_TOO_LARGE":
      return t(`import.failed.${code}`);
    case "NETWORK":
      return t("common.error.network");
    default:
      return t("import.failed.other");
  }
}
