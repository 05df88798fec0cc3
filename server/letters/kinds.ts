// The two letters about a pledge and what they share wherever they are made: over HTTP
// (server/http/letters.ts) and attached to an e-mail when it is sent (server/mail/letterAttachment.ts).
// One place for who gets which letter and what its file is called, so both say the same.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import type { Pledge } from "../../db/schema";
import type { LetterFacts } from "../queries/letters";
import { confirmationLetter } from "./confirmation";
import type { LetterLocale } from "./format";
import { pledgeReference } from "./reference";
import { thanksLetter } from "./thanks";

export type LetterKind = "confirmation" | "thanks";

export interface Letter {
  /** The file name's first word, in both locales (as the exports' file names). */
  fileWord: string;
  /** Why this pledge gets no such letter, or null. */
  refusal: (pledge: Pledge) => string | null;
  build: (facts: LetterFacts, locale: LetterLocale) => TDocumentDefinitions;
}

export const LETTERS: Record<LetterKind, Letter> = {
  confirmation: {
    fileWord: "zusage",
    refusal: (p) => (p.status === "withdrawn" ? "a withdrawn pledge gets no confirmation" : null),
    build: confirmationLetter,
  },
  thanks: {
    fileWord: "dankesbrief",
    refusal: (p) =>
      p.status === "confirmed" || p.status === "paid" ? null : "a thank-you letter is for confirmed or paid pledges",
    build: thanksLetter,
  },
};

/** The letter's file name, e.g. zusage-AD-0042.pdf. */
export function letterFileName(kind: LetterKind, pledge: Pledge): string {
  return `${LETTERS[kind].fileWord}-${pledgeReference(pledge)}.pdf`;
}
