// File names as uploaders send them (`x-filename`, URI-encoded) are only for display and
// for the name a download is saved under. They never touch the disk: files are stored under
// a random name. Tidying keeps the last path segment, drops control and bidi characters and
// makes the ending match the type the bytes have.
import { EXTENSIONS } from "./sniff";
import type { AttachmentType } from "../domain/codes";

const MAX_LENGTH = 200;
const FALLBACK = "unterlagen";
/** Endings of every allowed type: a wrong one of these is replaced, any other ending kept. */
const KNOWN_ENDINGS = new Set(Object.values(EXTENSIONS).flat());

/** The header's value decoded, or null when it is not valid percent-encoding. */
export function decodeFilenameHeader(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** "../../etc/passwd.pdf" → "passwd.pdf"; "Zusage" (a PDF) → "Zusage.pdf"; "scan.pdf" (a PNG) → "scan.png". */
export function displayFilename(raw: string, type: AttachmentType): string {
  const lastSegment =
    raw
      .split(/[/\\]/)
      .filter((s) => s.trim() !== "")
      .at(-1) ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    .replace(/\s+/g, " ")
    // Control characters, and format characters such as U+202E that turn "gpj.exe" around.
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/["<>:|?*]/g, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  return withEnding(cleaned || FALLBACK, type);
}

function withEnding(name: string, type: AttachmentType): string {
  const dot = name.lastIndexOf(".");
  const ending = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const allowed = EXTENSIONS[type];
  const fits = allowed.includes(ending);
  // A fitting ending stays as typed ("Scan.JPEG"); another allowed type's ending is replaced.
  const base = fits || KNOWN_ENDINGS.has(ending) ? name.slice(0, dot) : name;
  const suffix = fits ? name.slice(dot) : `.${allowed[0]}`;
  // Cut by code points, so a long name never ends in half a surrogate pair.
  const room = MAX_LENGTH - suffix.length;
  const points = [...base];
  return (points.length > room ? points.slice(0, room).join("").trimEnd() : base) + suffix;
}

/** RFC 8187 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `inline; filename="Zusage_Muller.pdf"; filename*=UTF-8''Zusage_M%C3%BCller.pdf`; `attachment` when asked or for other types. */
export function dispositionHeader(filename: string, inline: boolean): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(filename)}`;
}
