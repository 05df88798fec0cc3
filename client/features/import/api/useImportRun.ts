// One run of the import (a dry run or the real one) and where it stands: uploading the
// file (with progress), the server at work, the result or the failure.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { uploadImport, UploadError, type ImportResult, type UploadPhase } from "./upload";

export type RunState =
  | { status: "idle" }
  | { status: "running"; dryRun: boolean; phase: UploadPhase }
  | { status: "done"; dryRun: boolean; result: ImportResult }
  | { status: "failed"; dryRun: boolean; code: string };

export function useImportRun(campaignId: number) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RunState>({ status: "idle" });

  const start = useCallback(
    async (file: File, dryRun: boolean) => {
      setState({ status: "running", dryRun, phase: { phase: "uploading", percent: 0 } });
      try {
        const result = await uploadImport({ campaignId, file, dryRun }, (phase) =>
          setState({ status: "running", dryRun, phase }),
        );
        setState({ status: "done", dryRun, result });
        // New pledges and sponsors change every list and figure of the campaign.
        if (!dryRun && result.created > 0) await queryClient.invalidateQueries();
      } catch (error) {
        const code = error instanceof UploadError ? error.code : "OTHER";
        // A session that ended: refetching auth.me sends the app to the sign-in page.
        if (code === "UNAUTHORIZED") void queryClient.invalidateQueries();
        setState({ status: "failed", dryRun, code });
      }
    },
    [campaignId, queryClient],
  );
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, start, reset };
}
