// The bar while a run is under way: the upload in percent, then an indeterminate bar while
// the server checks (and, for a real import, writes) every row.
import { useId } from "react";
import { useT } from "../../../lib/i18n";
import type { UploadPhase } from "../api/upload";

export function RunProgress({ dryRun, phase }: { dryRun: boolean; phase: UploadPhase }) {
  const t = useT();
  const id = useId();
  const label =
    phase.phase === "uploading"
      ? t("import.uploading", { percent: phase.percent })
      : dryRun
        ? t("import.processing.dryRun")
        : t("import.processing");
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <p id={id}>
        <strong>{dryRun ? t("import.running.dryRun") : t("import.running.run")}</strong> {label}
      </p>
      {phase.phase === "uploading" ? (
        <progress aria-labelledby={id} max={100} value={phase.percent} />
      ) : (
        <progress aria-labelledby={id} />
      )}
    </div>
  );
}
