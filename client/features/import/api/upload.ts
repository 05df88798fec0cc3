// Sending a spreadsheet to the import route, POST /api/campaigns/:id/imports (docs/api.md):
// the file itself is the body, so the server never parses megabytes of JSON for it. A plain
// XMLHttpRequest, because only XHR reports upload progress (upload.onprogress) for the bar.
import type { RouterOutputs } from "../../../lib/trpc";

export type ImportResult = RouterOutputs["pledge"]["importFile"];
export type ImportError = ImportResult["errors"][number];
export type ImportWarning = ImportResult["warnings"][number];

/** The route takes files of at most 24 MiB (server/import/limits.ts). */
export const MAX_FILE_BYTES = 24 * 1024 * 1024;

export type UploadPhase = { phase: "uploading"; percent: number } | { phase: "processing" };

/** Why an upload failed: the error code of the answer, or NETWORK when there was none. */
export class UploadError extends Error {
  constructor(readonly code: string) {
    super(`import failed: ${code}`);
  }
}

export interface UploadInput {
  campaignId: number;
  file: File;
  dryRun: boolean;
}

export function uploadImport(input: UploadInput, onPhase: (phase: UploadPhase) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/campaigns/${input.campaignId}/imports?dryRun=${input.dryRun}`);
    xhr.setRequestHeader("x-filename", encodeURIComponent(input.file.name));
    // Same origin: the session cookie goes along, as with fetch's credentials "same-origin".
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onPhase({ phase: "uploading", percent: Math.round((event.loaded / event.total) * 100) });
    };
    // Sent: the server now reads and writes every row, which may take a while for large files.
    xhr.upload.onload = () => onPhase({ phase: "processing" });
    xhr.onerror = () => reject(new UploadError("NETWORK"));
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 200 && body && !("error" in body)) return resolve(body as ImportResult);
      const code = body && "error" in body ? body.error?.code : undefined;
      reject(new UploadError(code ?? (xhr.status === 413 ? "PAYLOAD_TOO_LARGE" : "OTHER")));
    };
    xhr.send(input.file);
  });
}

type Answer = ImportResult | { error?: { code?: string } };

function parse(text: string): Answer | null {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return null;
  }
}
