// Names made safe for files and links: "Köln – digital!" → "koeln-digital" (ASCII) or
// "köln-digital" (any script). Used for download names on the server and in the browser.

const GERMAN_FOLDS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
const MAX_SLUG = 60;

function tidy(slug: string): string {
  return slug.replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, MAX_SLUG).replace(/-$/, "");
}

/** "Köln – digital!" → "koeln-digital": German umlauts spelled out, other accents dropped. */
export function asciiSlug(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => GERMAN_FOLDS[c])
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  return tidy(folded.replace(/[^a-z0-9]+/g, "-")) || "kampagne";
}

/** "Köln – digital!" → "köln-digital": letters and digits of any script kept. */
export function unicodeSlug(name: string): string {
  return (
    tidy(
      name
        .normalize("NFC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "-"),
    ) || asciiSlug(name)
  );
}
