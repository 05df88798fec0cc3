// Checks the page makes before an upload (the server checks again, by the file's bytes),
// what a refused upload means, and how a file's type is shown (its size: lib/format.ts).

/** As the server: 10 MiB a file. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp";

const BY_ENDING: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
};
const ALLOWED = new Set(Object.values(BY_ENDING));

export type UploadProblem =
  | "tooLarge"
  | "wrongType"
  | "empty"
  | "invalid"
  | "full"
  | "signedOut"
  | "forbidden"
  | "notFound"
  | "network";

/** The type to declare for the file, or a problem that makes uploading pointless. */
export function checkUpload(file: {
  name: string;
  type: string;
  size: number;
}): { ok: true; contentType: string } | { ok: false; problem: UploadProblem } {
  const ending = file.name.split(".").at(-1)?.toLowerCase() ?? "";
  // Browsers name some types differently (image/jpg, or nothing at all): the ending decides then.
  const contentType = ALLOWED.has(file.type) ? file.type : BY_ENDING[ending];
  if (!contentType) return { ok: false, problem: "wrongType" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, problem: "tooLarge" };
  return { ok: true, contentType };
}

/** The HTTP status of a refused upload as the page explains it. */
export function uploadProblemOf(status: number): UploadProblem {
  switch (status) {
    case 413:
      return "tooLarge";
    case 415:
      return "wrongType";
    case 400:
      return "invalid";
    case 409:
      return "full";
    case 401:
      return "signedOut";
    case 403:
      return "forbidden";
    case 404:
      return "notFound";
    default:
      return "network";
  }
}

export type TypeLabel = "pdf" | "png" | "jpeg" | "webp" | "other";

export function typeLabelOf(contentType: string): TypeLabel {
  const label = ({ "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" } as const)[
    contentType
  ];
  return label ?? "other";
}
