// Which reader a bank file needs, by its content: file names lie (a camt saved as .txt, an
// MT940 as .txt or .940), the first bytes do not.
import { decodeCsvBytes } from "../import/csv";

export type SniffedFormat = "camt-xml" | "camt-zip" | "mt940" | "sparkasse-csv" | "generic-csv" | "unknown";

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "camt-zip";
  const head = decodeCsvBytes(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("<")) return "camt-xml";
  // A PDF statement, a spreadsheet, an image: binary, none of the text formats.
  if (head.startsWith("%PDF") || head.includes("\u0000")) return "unknown";
  if (/^(\{1:|:20:|:\d\d[A-Z]?:)/.test(head)) return "mt940";
  const header = head.split(/\r\n?|\n/, 1)[0].toLowerCase();
  return header.includes("auftragskonto") && header.includes("buchungstag") ? "sparkasse-csv" : "generic-csv";
}
