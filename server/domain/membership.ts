// A sponsor's membership type: free text, so "Fördermitglied" and "fördermitglied " would
// split the committee's breakdown into two rows. On the way in it is trimmed, its spaces
// folded, and matched without regard to case against the values the campaign already has, and
// against the words of the known codes (labels.ts); shown, a known code gets its word.
import { CODE_LABELS, MEMBERSHIP_CODES, type LabelLocale, type MembershipCode } from "./labels";

const fold = (text: string) => text.trim().replace(/\s+/g, " ");
const key = (text: string) => fold(text).toLocaleLowerCase("de-DE");

export function isMembershipCode(value: string): value is MembershipCode {
  return (MEMBERSHIP_CODES as readonly string[]).includes(value);
}

/**
 * The value to store for what was typed: null for nothing; the campaign's existing value that
 * matches it ignoring case and spacing; a known code whose word or code it is; else the
 * folded text.
 */
export function normaliseMembership(typed: string | null | undefined, existing: readonly string[]): string | null {
  if (typed === null || typed === undefined) return null;
  const folded = fold(typed);
  if (folded === "") return null;
  const wanted = key(folded);
  const same = existing.find((value) => key(value) === wanted);
  if (same !== undefined) return same;
  const code = MEMBERSHIP_CODES.find(
    (c) => c === wanted || Object.values(CODE_LABELS.membershipType[c]).some((word) => key(word) === wanted),
  );
  return code ?? folded;
}

/** How a membership type is shown: a known code in words, free text as it is. */
export function membershipLabel(value: string, locale: LabelLocale): string {
  return isMembershipCode(value) ? CODE_LABELS.membershipType[value][locale] : value;
}
