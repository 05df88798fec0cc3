// Pledge references (AD-0042, server/domain/reference.ts) in a remittance text. People and
// banks write them every way: "AD 00 42", "ad0042", "AD-\n0042", and a statement splits them
// where its lines end (camt Ustrd, MT940 ?2x). So spaces, hyphens and line breaks are ignored
// between its characters, and case is too (banks upper-case, people lower-case).
// A reference has four digits, or more without a leading zero (AD-10042), so the digits are
// read in the groups the text writes them: groups are joined until there are four, and a
// longer first group must be a whole reference. "AD-00421" is no reference (it is neither
// AD-0042 nor AD-421); "AD-0042 1 Stück" is AD-0042. A prefix inside a word (BAD0042) is none.

import { REFERENCE_PREFIX } from "../domain/reference";

const SEPARATORS = "[\\s\\-\\u00AD\\u2010-\\u2015]*";

/** The references found, formatted (AD-0042), each once, in the order they appear. */
export function findReferences(text: string, prefixes: readonly string[]): string[] {
  const found: { at: number; reference: string }[] = [];
  // Longer prefixes first, so ADB-0042 is not read as prefix AD.
  const valid = prefixes.filter((prefix) => REFERENCE_PREFIX.test(prefix));
  for (const prefix of valid.sort((a, b) => b.length - a.length)) {
    const letters = [...prefix].map(escapeRegExp).join(SEPARATORS);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${letters}${SEPARATORS}((?:\\d${SEPARATORS})+)`, "giu");
    for (const match of text.matchAll(pattern)) {
      const digits = numberOf(match[1]);
      if (digits !== null) found.push({ at: match.index ?? 0, reference: `${prefix}-${digits}` });
    }
  }
  return orderedUnique(found);
}

/** The digit groups joined until they make a number of four or more digits, if they do. */
function numberOf(groupsText: string): string | null {
  const groups = groupsText.split(/[^\d]+/).filter(Boolean);
  let digits = "";
  for (const group of groups) {
    digits += group;
    if (digits.length >= 4) break;
  }
  if (digits.length < 4) return null;
  return digits.length === 4 || digits[0] !== "0" ? digits : null;
}

function orderedUnique(hits: { at: number; reference: string }[]): string[] {
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((hit) => hit.reference))];
}

const escapeRegExp = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
