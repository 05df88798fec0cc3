// For the payments page's picture (screenshots.ts): a statement of the demo campaign with a
// credit booked by its reference, one whose pledge is still an intent (suggested), and a
// transfer without a reference (unmatched), imported through the API as the page would.
import type { apiClient } from "./harness";

type Api = ReturnType<typeof apiClient>;
interface ListedPledge {
  id: number;
  reference: string;
  sponsorName: string;
  amountCents: number;
  receivedCents: number;
  pledgedAt: string;
}

const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export async function importDemoStatement(api: Api, campaignId: number) {
  const list = async (status: string) =>
    (await api.query("pledge.list", { campaignId, status, limit: 50 })).items as ListedPledge[];
  const open = (await list("confirmed")).find((p) => p.amountCents - p.receivedCents >= 100_000);
  const [intent] = await list("intent");
  if (!open || !intent) throw new Error("the demo campaign has no open confirmed pledge or no intent");
  const lines = [
    "Datum;Betrag;Verwendungszweck;Name;IBAN",
    `${open.pledgedAt};1.000,00;Rate ${open.reference} Foerderzusage;${open.sponsorName};DE89370400440532013000`,
    `${intent.pledgedAt};${euros(Math.min(intent.amountCents, 250_000))};Zusage ${intent.reference};${intent.sponsorName};`,
    `${open.pledgedAt};150,00;Spende Sommerfest;Max Mustermann;DE02120300000000202051`,
  ];
  await api.mutate("payment.importStatement", {
    campaignId,
    filename: "umsaetze.csv",
    contentBase64: Buffer.from(lines.join("\n")).toString("base64"),
    dryRun: false,
  });
}
