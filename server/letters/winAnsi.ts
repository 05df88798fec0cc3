// The standard 14 fonts (Helvetica) know only the WinAnsi characters (Latin-1 and a few more
// such as € and „“). Anything else would print as garbage, so names like "Łódź" or "Çağlar"
// are folded to their base letters ("Lódz", "Caglar") before they reach the PDF.

/** The characters cp1252 has beyond Latin-1. */
const CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
/** Letters without a Unicode decomposition to a base letter. */
const FOLDED: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", ı: "i", Ħ: "H", ħ: "h" };

function printable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return ch === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.includes(ch);
}

/** "Łódź – Çağlar 😀" → "Lódz – Çaglar ?": what Helvetica can print, letter for letter where possible. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    if (printable(ch)) out += ch;
    else if (FOLDED[ch]) out += FOLDED[ch];
    else {
      const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base !== "" && [...base].every(printable) ? base : "?";
    }
  }
  return out;
}

/** Every string of a document definition folded, except the QR payload (UTF-8 by design). */
export function foldStrings<T>(value: T): T {
  if (typeof value === "string") return toWinAnsi(value) as T;
  if (Array.isArray(value)) return value.map(foldStrings) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "qr" ? v : foldStrings(v)])) as T;
  return value;
}
