// Pledge references: short and stable, e.g. AD-0042 — the campaign's prefix and the pledge's
// number within the campaign. Letters quote them, and bank lines are matched by them, so a
// reference never changes once given: a campaign's prefix is fixed from its first pledge on.

import { badField } from "./errors";

/** 2–6 capital letters A–Z. */
export const REFERENCE_PREFIX = /^[A-Z]{2,6}$/;
export const REFERENCE_PREFIX_MESSAGE = "Expected 2 to 6 capital letters A–Z";

const SPELLED: Record<string, string> = { Ä: "AE", Ö: "OE", Ü: "UE", ß: "SS" };

/** Capital letters A–Z of a word, umlauts spelled out (Düren → DUEREN). */
function lettersOf(word: string): string {
  return word
    .toUpperCase()
    .replace(/[ÄÖÜß]/g, (c) => SPELLED[c] ?? c)
    .normalize("NFD")
    .replace(/[^A-Z]/g, "");
}

/**
 * A prefix from a campaign's name: the initials of its words ("Aachen digitalisiert" → AD,
 * "Digitale Region Testland" → DRT), or the start of a single word ("Euregio" → EU).
 */
export function prefixFromName(name: string): string {
  const words = name
    .split(/[^\p{L}\p{N}]+/u)
    .map(lettersOf)
    .filter(Boolean);
  const initials = words.map((w) => w[0]).join("");
  if (initials.length >= 2) return initials.slice(0, 6);
  const joined = words.join("");
  // A name without two letters (a number, a single letter): K for Kampagne fills up.
  return joined.length >= 2 ? joined.slice(0, 3) : `${joined}KK`.slice(0, 2);
}

/** `wanted`, or the first free one after it: AD, ADA, ADB, … (within six letters). */
export function freePrefix(wanted: string, taken: (prefix: string) => boolean): string {
  if (!taken(wanted)) return wanted;
  const stem = wanted.slice(0, 5);
  for (let length = stem.length; length >= 1; length--) {
    const base = stem.slice(0, length);
    for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
      const candidate = `${base}${letter}`;
      if (candidate.length >= 2 && !taken(candidate)) return candidate;
    }
  }
  // 26 × 5 neighbours all taken: count on in two letters more, 676 at most, then give up
  // (a bounded search, whatever the campaigns are called).
  for (let n = 0; n < 26 * 26; n++) {
    const candidate = `${stem.slice(0, 4)}${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`;
    if (!taken(candidate)) return candidate;
  }
  throw badField("referencePrefix", "no free prefix is left near this name: choose one");
}

/** AD-0042: at least four digits, more when a campaign has more pledges. */
export function formatReference(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(4, "0")}`;
}
