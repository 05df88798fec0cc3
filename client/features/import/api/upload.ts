// Sending a spreadsheet to pledge.importFile. A plain XMLHttpRequest rather than the tRPC
// client, because only XHR reports upload progress (upload.onprogress) for the bar; the body
// is the same JSON the tRPC client would send (CONTRACT.md "HTTP": not batched, no transformer).
import type { RouterOutputs } from "../../../lib/trpc";

export type ImportResult = RouterOutputs["pledge"]["importFile"];
export type ImportError = ImportResult["errors"][number];
export type ImportWarning = ImportResult["warnings"][number];

/** Imports carry the file in base64 (4/3 of its size) in a body of at most 32 MiB. */
export const MAX_FILE_BYTES = 24 * 1024 * 1024;

export type UploadPhase = { phase: "uploading"; percent: number } | { phase: "processing" };

/** Why an upload failed: the tRPC code of the answer, or NETWORK when there was none. */
export class UploadError extends Error {
  constructor(readonly code: string) {
    super(`import failed: ${code}`);
  }
}

export interface UploadInput {
  campaignId: number;
  filename: string;
  contentBase64: string;
  dryRun: boolean;
}

export function uploadImport(input: UploadInput, onPhase: (phase: UploadPhase) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/trpc/pledge.importFile");
    xhr.setRequestHeader("content-type", "application/json");
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
      if (xhr.status === 200 && body?.result) return resolve(body.result.data as ImportResult);
      reject(new UploadError(body?.error?.data?.code ?? (xhr.status === 413 ? "PAYLOAD_TOO_LARGE" : "OTHER")));
    };
    xhr.send(JSON.stringify(input));
  });
}

type Answer = { result?: { data: unknown }; error?: { data?: { code?: string } } };

function parse(text: string): Answer | null {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return null;
  }
}

/** A file's content in base64, read by the browser (no string of the bytes in between). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result); // data:<type>;base64,<content>
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}
