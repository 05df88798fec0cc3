// The pledge confirmation for the sponsor to sign: what it pledges (amount, kind, condition),
// when it pays (the installments), how (account, reference, GiroCode), and lines to sign on.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { LetterFacts } from "../queries/letters";
import { letterhead, paymentBlock, senderName } from "./blocks";
import { euro, shortDay, type LetterLocale } from "./format";
import { pledgeReference } from "./reference";
import { WORDING, type Wording } from "./wording";

function scheduleTable(facts: LetterFacts, words: Wording, locale: LetterLocale): Content[] {
  const header = [words.columns.number, words.columns.dueOn, words.columns.amount].map((text, i) => ({
    text,
    bold: true,
    alignment: i === 2 ? ("right" as const) : ("left" as const),
  }));
  const rows = facts.installments.map((i) => [
    String(i.number),
    shortDay(i.dueOn, locale),
    { text: euro(i.amountCents, locale), alignment: "right" as const },
  ]);
  return [
    { text: words.scheduleIntro, margin: [0, 8, 0, 4] },
    {
      table: { headerRows: 1, widths: ["auto", "auto", 90], body: [header, ...rows] },
      layout: "lightHorizontalLines",
    },
  ];
}

function signatureLines(sponsorName: string, words: Wording): Content {
  const line = (label: string): Content => ({
    stack: [
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }] },
      { text: label, fontSize: 8, margin: [0, 2, 0, 0] },
    ],
  });
  return { columns: [line(words.placeDate), line(words.signature(sponsorName))], columnGap: 40, margin: [0, 48, 0, 0] };
}

export function confirmationLetter(facts: LetterFacts, locale: LetterLocale): TDocumentDefinitions {
  const words = WORDING[locale];
  const { campaign, sponsor, pledge } = facts;
  const reference = pledgeReference(pledge);
  const amount = euro(pledge.amountCents, locale);
  const cash = pledge.type === "cash";
  return {
    info: { title: words.confirmationSubject(reference) },
    content: [
      ...letterhead(campaign, sponsor, facts.today, words.confirmationSubject(reference), locale),
      { text: words.greeting(sponsor.contactName), margin: [0, 0, 0, 8] },
      { text: words.confirms(sponsor.name, amount, campaign.name, senderName(campaign)), margin: [0, 0, 0, 6] },
      { text: cash ? words.cash : words.inKind(pledge.description), margin: [0, 0, 0, 6] },
      { text: pledge.conditional ? words.conditional : words.unconditional },
      ...(cash ? scheduleTable(facts, words, locale) : []),
      ...(cash ? paymentBlock(campaign, reference, facts.installments, words, locale) : []),
      signatureLines(sponsor.name, words),
    ],
  };
}
