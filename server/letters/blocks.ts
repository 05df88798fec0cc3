// The parts both letters share: the letterhead (sender, recipient, date, subject) and the
// payment instructions with their GiroCode.
import type { Content } from "pdfmake/interfaces";
import type { Campaign, Sponsor } from "../../db/schema";
import { nextOpenInstallment, type Installment } from "../domain/schedule";
import { addressLines, euro, groupedIban, longDay, type LetterLocale } from "./format";
import { giroCodePayload } from "./giroCode";
import type { Wording } from "./wording";

/** Who writes: the campaign's sender, or its name when no sender is set. */
export function senderName(campaign: Campaign): string {
  return campaign.senderName?.trim() || campaign.name;
}

/** Sender line and contact at the top right, the sponsor's address at the left, the date, the subject. */
export function letterhead(
  campaign: Campaign,
  sponsor: Sponsor,
  today: string,
  subject: string,
  locale: LetterLocale,
): Content[] {
  const contact = [campaign.senderContactName, campaign.senderContactEmail].filter(Boolean).join(" · ");
  return [
    {
      stack: [{ text: senderName(campaign), bold: true }, ...addressLines(campaign.senderAddress), contact],
      alignment: "right",
      fontSize: 9,
    },
    { stack: [sponsor.name, ...addressLines(sponsor.address)], margin: [0, 24, 0, 24] },
    { text: longDay(today, locale), alignment: "right" },
    { text: subject, bold: true, margin: [0, 18, 0, 12] },
  ];
}

/** What the letter asks to be paid now: the next open installment, if there is one. */
function giroCodeFor(campaign: Campaign, reference: string, installments: readonly Installment[]) {
  const open = nextOpenInstallment(installments);
  if (!open || !campaign.bankIban) return null;
  const payload = giroCodePayload({
    name: campaign.bankHolder?.trim() || senderName(campaign),
    iban: campaign.bankIban,
    bic: campaign.bankBic,
    amountCents: open.amountCents - open.paidCents,
    remittance: reference,
  });
  return { open, payload };
}

/** The account, the reference as Verwendungszweck, and a GiroCode for the next open installment. */
export function paymentBlock(
  campaign: Campaign,
  reference: string,
  installments: readonly Installment[],
  words: Wording,
  locale: LetterLocale,
): Content[] {
  if (!campaign.bankIban) return [{ text: words.noAccount, margin: [0, 8, 0, 0] }];
  const rows: [string, string][] = [
    [words.holder, campaign.bankHolder?.trim() || senderName(campaign)],
    [words.iban, groupedIban(campaign.bankIban)],
    ...(campaign.bankBic ? [[words.bic, campaign.bankBic] as [string, string]] : []),
    [words.purpose, reference],
  ];
  const details: Content = {
    table: { widths: ["auto", "*"], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: "noBorders",
  };
  const code = giroCodeFor(campaign, reference, installments);
  const left: Content = { stack: [{ text: words.payInto, margin: [0, 0, 0, 4] }, details] };
  if (!code) return [left];
  const remaining = euro(code.open.amountCents - code.open.paidCents, locale);
  return [
    {
      columns: [
        { width: "*", stack: [left] },
        {
          width: 130,
          stack: [
            { qr: code.payload, eccLevel: "M", fit: 110, margin: [0, 0, 0, 4] },
            { text: words.giroCode(code.open.number, remaining), fontSize: 8 },
          ],
        },
      ],
      columnGap: 12,
      margin: [0, 8, 0, 0],
    },
  ];
}
