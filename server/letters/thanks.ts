// The thank-you letter for a binding pledge: thanks, what has arrived, and for what is still
// open the same payment instructions as the confirmation.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import type { LetterFacts } from "../queries/letters";
import { letterhead, paymentBlock, senderName } from "./blocks";
import { euro, type LetterLocale } from "./format";
import { pledgeReference } from "./reference";
import { WORDING } from "./wording";

export function thanksLetter(facts: LetterFacts, locale: LetterLocale): TDocumentDefinitions {
  const words = WORDING[locale];
  const { campaign, sponsor, pledge } = facts;
  const reference = pledgeReference(pledge);
  const open = Math.max(0, pledge.amountCents - pledge.receivedCents);
  const cash = pledge.type === "cash";
  const paidText =
    open === 0 ? words.fullyPaid : words.partlyPaid(euro(pledge.receivedCents, locale), euro(open, locale));
  return {
    info: { title: words.thanksSubject(reference) },
    content: [
      ...letterhead(campaign, sponsor, facts.today, words.thanksSubject(reference), locale),
      { text: words.greeting(sponsor.contactName), margin: [0, 0, 0, 8] },
      { text: words.thanks(euro(pledge.amountCents, locale), campaign.name), margin: [0, 0, 0, 6] },
      ...(cash ? [{ text: paidText }] : []),
      ...(cash && open > 0 ? paymentBlock(campaign, reference, facts.installments, words, locale) : []),
      { text: words.regards, margin: [0, 24, 0, 24] },
      { text: campaign.senderContactName ?? "" },
      { text: senderName(campaign) },
    ],
  };
}
