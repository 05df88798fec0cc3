// Paged lists take {cursor?, limit?} and return {items, nextCursor}, null at the end.
import { describe, expect, it } from "vitest";
import { pledgeWithPayments, withIssuer } from "./documentsHelpers";
import { addPledge, addSponsor, expectFieldError, setup, type Setup } from "./helpers";

describe("sponsor.list", () => {
  it("pages through every sponsor in name order, case-insensitively, with nextCursor null at the end", async () => {
    const s = await setup();
    const names = ["delta AG", "Alpha GmbH", "Charlie KG", "bravo e.V.", "Echo SE"];
    for (const name of names) await addSponsor(s.as.organiser, s.campaign.id, { name });
    const seen: string[] = [];
    const cursors: (string | null)[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.as.committee.sponsor.list({ campaignId: s.campaign.id, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((x) => x.name));
      cursors.push(page.nextCursor);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["Alpha GmbH", "bravo e.V.", "Charlie KG", "delta AG", "Echo SE"]);
    expect(cursors).toHaveLength(3); // 2 + 2 + 1
    expect(cursors.at(-1)).toBeNull();
  });

  it("ends with nextCursor null when the last page is exactly full", async () => {
    const s = await setup();
    for (const name of ["A", "B", "C", "D"]) await addSponsor(s.as.organiser, s.campaign.id, { name });
    const first = await s.as.organiser.sponsor.list({ campaignId: s.campaign.id, limit: 2 });
    const second = await s.as.organiser.sponsor.list({
      campaignId: s.campaign.id,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.items.map((x) => x.name)).toEqual(["C", "D"]);
    expect(second.nextCursor).toBeNull();
  });

  it("searches names up to case and spacing, and pages within the search", async () => {
    const s = await setup();
    for (const name of [
      "Printen Werke GmbH",
      "Aachener  Printen AG",
      "Dom Bau GmbH",
      "printen-haus KG",
      "100% Printen",
      "Tuch_Werk",
    ]) {
      await addSponsor(s.as.organiser, s.campaign.id, { name });
    }
    const search = (text: string, limit?: number, cursor?: string) =>
      s.as.organiser.sponsor.list({ campaignId: s.campaign.id, search: text, limit, cursor });
    expect((await search("PRINTEN")).items.map((x) => x.name)).toEqual([
      "100% Printen",
      "Aachener  Printen AG",
      "Printen Werke GmbH",
      "printen-haus KG",
    ]);
    expect((await search("aachener printen")).items.map((x) => x.name)).toEqual(["Aachener  Printen AG"]);
    // % and _ are searched literally, not as LIKE wildcards
    expect((await search("%")).items.map((x) => x.name)).toEqual(["100% Printen"]);
    expect((await search("_")).items.map((x) => x.name)).toEqual(["Tuch_Werk"]);
    const first = await search("printen", 3);
    expect(first.items).toHaveLength(3);
    const rest = await search("printen", 3, first.nextCursor!);
    expect(rest).toMatchObject({ items: [{ name: "printen-haus KG" }], nextCursor: null });
  });

  it("lists only the campaign's own sponsors, 50 by default", async () => {
    const s = await setup();
    for (let i = 0; i < 51; i++)
      await addSponsor(s.as.organiser, s.campaign.id, { name: `Firma ${String(i).padStart(2, "0")}` });
    await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Firma Bonn" });
    const page = await s.as.organiser.sponsor.list({ campaignId: s.campaign.id });
    expect(page.items).toHaveLength(50);
    expect(page.nextCursor).not.toBeNull();
    expect(page.items.every((x) => x.campaignId === s.campaign.id)).toBe(true);
    const last = await s.as.organiser.sponsor.list({ campaignId: s.campaign.id, cursor: page.nextCursor! });
    expect(last).toMatchObject({ items: [{ name: "Firma 50" }], nextCursor: null });
  });
});

describe("pledge.list", () => {
  it("pages newest first with nextCursor null at the end", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) ids.push((await addPledge(s.as.organiser, s.campaign.id, sponsor.id, i * 100)).id);
    const first = await s.as.committee.pledge.list({ campaignId: s.campaign.id, limit: 2 });
    const second = await s.as.committee.pledge.list({ campaignId: s.campaign.id, limit: 2, cursor: first.nextCursor! });
    const third = await s.as.committee.pledge.list({ campaignId: s.campaign.id, limit: 2, cursor: second.nextCursor! });
    expect([first, second, third].map((p) => p.items.map((x) => x.id))).toEqual([
      [ids[4], ids[3]],
      [ids[2], ids[1]],
      [ids[0]],
    ]);
    expect(third.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({ amountCents: 500, sponsorName: sponsor.name, sponsorKind: "company" });
  });

  it("filters by status and by sponsor", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const a = await addSponsor(o, s.campaign.id);
    const b = await addSponsor(o, s.campaign.id, { name: "Raiser AG" });
    const intent = await addPledge(o, s.campaign.id, a.id, 100, { status: "intent" });
    const confirmed = await addPledge(o, s.campaign.id, a.id, 200);
    const raised = await addPledge(o, s.campaign.id, b.id, 300, { status: "paid" });
    const byRaiser = await addPledge(o, s.campaign.id, a.id, 400, { raisedBySponsorId: b.id });
    const list = async (filter: { status?: "intent" | "confirmed" | "paid" | "withdrawn"; sponsorId?: number }) =>
      (await o.pledge.list({ campaignId: s.campaign.id, ...filter })).items.map((x) => x.id);
    expect(await list({ status: "intent" })).toEqual([intent.id]);
    expect(await list({ status: "confirmed" })).toEqual([byRaiser.id, confirmed.id]);
    expect(await list({ status: "paid" })).toEqual([raised.id]);
    expect(await list({ status: "withdrawn" })).toEqual([]);
    expect(await list({ sponsorId: b.id })).toEqual([raised.id]);
    expect(await list({ sponsorId: a.id, status: "confirmed" })).toEqual([byRaiser.id, confirmed.id]);
    const [withRaiser] = (await o.pledge.list({ campaignId: s.campaign.id, limit: 1 })).items;
    expect(withRaiser).toMatchObject({ id: byRaiser.id, raisedBySponsorId: b.id, raisedBySponsorName: "Raiser AG" });
  });
});

describe("document.list", () => {
  /** A receipt for each of `count` payments of one pledge, and one of another pledge: the ids, oldest first. */
  async function issued(s: Setup, count: number) {
    const o = s.as.organiser;
    await withIssuer(s);
    const paid = Array.from({ length: count }, () => ["2016-05-10", 10_000] as [string, number]);
    const { sponsor, pledge, paymentIds } = await pledgeWithPayments(o, s.campaign.id, paid);
    const other = await pledgeWithPayments(o, s.campaign.id, [["2016-05-11", 20_000]], {}, sponsor);
    const ids: number[] = [];
    for (const [i, paymentId] of paymentIds.entries()) {
      ids.push((await o.document.issue({ paymentId })).documentId);
      // Interleaved with the pledge's own, so a page of the pledge's skips a foreign row.
      if (i === 1) await o.document.issue({ paymentId: other.paymentIds[0] });
    }
    return { pledgeId: pledge.id, ids };
  }

  it("pages a pledge's documents newest first across page boundaries, with nextCursor null at the end", async () => {
    const s = await setup();
    const { pledgeId, ids } = await issued(s, 5);
    const pages: number[][] = [];
    let cursor: number | undefined;
    do {
      const page = await s.as.committee.document.list({ campaignId: s.campaign.id, pledgeId, limit: 2, cursor });
      pages.push(page.items.map((d) => d.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);
    const full = await s.as.committee.document.list({ campaignId: s.campaign.id, pledgeId, limit: 5 });
    expect(full.items).toHaveLength(5);
    expect(full.nextCursor).toBeNull();
  });

  it("gives 50 a page unless asked, and refuses a page over 500 on limit", async () => {
    const s = await setup();
    const { ids } = await issued(s, 51);
    const first = await s.as.organiser.document.list({ campaignId: s.campaign.id });
    expect(first.items).toHaveLength(50);
    const rest = await s.as.organiser.document.list({ campaignId: s.campaign.id, cursor: first.nextCursor! });
    // 52 in all: the pledge's 51 and the other pledge's one, issued second.
    expect(rest.items.map((d) => d.id)).toEqual([ids[1], ids[0]]);
    expect(rest.nextCursor).toBeNull();
    await expectFieldError(s.as.organiser.document.list({ campaignId: s.campaign.id, limit: 501 }), "limit");
  });
});
