// The README's outbox picture (screenshots.ts): mail of the Aachen demo in each state, sent
// by the server's own sender (SMTP_URL) to a local SMTP server that refuses two mailboxes.
// A refused mail is tried again after minutes and hours; to show one that failed for good,
// a second sender on the same database, its clock moved on by hours, makes its six attempts.
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase } from "../../db/open";
import { createServices } from "../../server/services";
import type { apiClient, RunningServer } from "./harness";
import { testSender } from "../api/mailHelpers";

type Api = ReturnType<typeof apiClient>;
interface MailRow {
  status: string;
  error?: string;
}

/** Waits until the outbox's rows (newest first) pass `done`. */
async function outboxUntil(api: Api, done: (items: MailRow[]) => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (done((await api.query("mail.list", { campaignId: 1 })).items)) return;
    await sleep(200);
  }
  throw new Error("the outbox did not reach the state for its picture");
}

/** Queues and sends the mail; `refuseTo` and `deferTo` are the SMTP server's lists of addresses it refuses (550) and defers (451). */
export async function fillOutbox(
  server: RunningServer,
  api: Api,
  smtpUrl: string,
  smtpLists: { refuseTo: string[]; deferTo: string[] },
) {
  const { refuseTo, deferTo } = smtpLists;
  const confirmed = (await api.query("pledge.list", { campaignId: 1, status: "confirmed", limit: 30 })).items as {
    id: number;
    sponsorName: string;
  }[];
  const emailOf = async (name: string): Promise<string | null> =>
    (await api.query("sponsor.list", { campaignId: 1, search: name })).items[0]?.contactEmail ?? null;
  // Four pledges of sponsors with a contact e-mail (not every demo sponsor has one).
  const pledges: { id: number; sponsorName: string; email: string }[] = [];
  for (const pledge of confirmed) {
    const email = await emailOf(pledge.sponsorName);
    if (email && !pledges.some((p) => p.email === email)) pledges.push({ ...pledge, email });
    if (pledges.length === 4) break;
  }
  const [sent1, sent2, retried, failed] = pledges;

  // Failed for good: a mailbox that does not exist (550) fails at its first attempt.
  refuseTo.push(failed.email);
  await api.mutate("pledge.sendThanks", { pledgeId: failed.id });
  const db = openDatabase(server.databaseFile);
  const sender = testSender(createServices(db), smtpUrl, () => new Date(), server.url);
  await sender.sendDue();
  await sender.stop();
  db.$client.close();
  await outboxUntil(api, (items) => items[0]?.status === "failed");

  // Sent by the server: a sponsor's link and two letters.
  const [region] = (await api.query("sponsor.list", { campaignId: 1, search: "StädteRegion" })).items;
  await api.mutate("sponsor.sendAccessLink", { sponsorId: region.id });
  await api.mutate("pledge.sendConfirmation", { pledgeId: sent1.id });
  await api.mutate("pledge.sendThanks", { pledgeId: sent2.id });
  await outboxUntil(api, (items) => items.slice(0, 3).every((m) => m.status === "sent"));

  // Deferred once (451, try later), queued for its next attempt.
  deferTo.push(retried.email);
  await api.mutate("pledge.sendConfirmation", { pledgeId: retried.id });
  await outboxUntil(api, (items) => items.length === 5 && Boolean(items[0].error));
}
