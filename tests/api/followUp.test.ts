// Issue 16, point 2: each sponsor has an owner and a next-contact date, a contact log, and
// "Meine Anrufliste" answers the committee's question "whom do we call this week?".
import { describe, expect, it } from "vitest";
import { addPledge, addSponsor, addUser, callerFor, expectCode, expectFieldError, setup } from "./helpers";

describe("the follow-up of sponsors", () => {
  it("a logged contact is kept, sets the next date, and the call list shows who is due, longest due first", async () => {
    const s = await setup(); // today is 2016-05-20
    const o = s.as.organiser;
    const me = s.users.organiser.id;
    const due = await addSponsor(o, s.campaign.id, {
      name: "Printen AG",
      ownerUserId: me,
      nextContactOn: "2016-05-18",
    });
    const longDue = await addSponsor(o, s.campaign.id, {
      name: "Zentis KG",
      ownerUserId: me,
      nextContactOn: "2016-05-02",
    });
    await addSponsor(o, s.campaign.id, { name: "Später GmbH", ownerUserId: me, nextContactOn: "2016-05-27" });
    await addSponsor(o, s.campaign.id, {
      name: "Fremd GmbH",
      ownerUserId: s.users.admin.id,
      nextContactOn: "2016-05-01",
    });
    await addSponsor(o, s.campaign.id, { name: "Ohne Datum AG", ownerUserId: me });
    const intent = await addPledge(o, s.campaign.id, due.id, 250_000, { status: "intent", pledgedAt: "2016-05-03" });
    await addPledge(o, s.campaign.id, due.id, 100_000, { status: "confirmed" });

    const list = await o.sponsor.callList({ campaignId: s.campaign.id });
    expect(list.today).toBe("2016-05-20");
    expect(list.items.map((i) => i.name)).toEqual(["Zentis KG", "Printen AG"]);
    expect(list.items[1]).toMatchObject({
      openIntents: [
        { pledgeId: intent.id, reference: intent.reference, amountCents: 250_000, pledgedAt: "2016-05-03" },
      ],
      openIntentCents: 250_000,
      lastContact: null,
    });

    const logged = await o.sponsor.logContact({
      sponsorId: longDue.id,
      at: "2016-05-20",
      channel: "phone",
      note: "Vorstand entscheidet am 25.",
      nextContactOn: "2016-05-26",
    });
    expect(logged).toMatchObject({ channel: "phone", createdByName: expect.any(String) });
    const after = await o.sponsor.callList({ campaignId: s.campaign.id });
    expect(after.items.map((i) => i.name)).toEqual(["Printen AG"]);
    await o.sponsor.logContact({ sponsorId: due.id, at: "2016-05-19", channel: "email" });
    expect((await o.sponsor.callList({ campaignId: s.campaign.id })).items[0].lastContact).toEqual({
      at: "2016-05-19",
      channel: "email",
      note: null,
    });
    expect((await o.sponsor.contacts({ sponsorId: longDue.id })).map((c) => c.note)).toEqual([
      "Vorstand entscheidet am 25.",
    ]);
  });

  it("the committee sees owner and next step in the pipeline, not the log nor the call list", async () => {
    const s = await setup();
    const o = s.as.organiser;
    const sponsor = await addSponsor(o, s.campaign.id, {
      name: "Printen AG",
      ownerUserId: s.users.organiser.id,
      nextContactOn: "2016-05-24",
      contactEmail: "einkauf@printen.example",
    });
    await addPledge(o, s.campaign.id, sponsor.id, 250_000, { status: "intent" });
    const pipeline = await s.as.committee.campaign.pipeline({ campaignId: s.campaign.id });
    expect(pipeline.sponsors[0]).toMatchObject({
      name: "Printen AG",
      nextContactOn: "2016-05-24",
      ownerName: expect.any(String),
    });
    expect(JSON.stringify(pipeline)).not.toContain("einkauf@printen.example");
    await expectCode(s.as.committee.sponsor.contacts({ sponsorId: sponsor.id }), "FORBIDDEN");
    await expectCode(s.as.committee.sponsor.callList({ campaignId: s.campaign.id }), "FORBIDDEN");
    await expectCode(
      s.as.committee.sponsor.logContact({ sponsorId: sponsor.id, at: "2016-05-20", channel: "phone" }),
      "FORBIDDEN",
    );
    await expectCode(s.as.otherOrganiser.sponsor.contacts({ sponsorId: sponsor.id }), "NOT_FOUND");
  });

  it("refuses a contact in the future and writes nothing", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id);
    await expectFieldError(
      s.as.organiser.sponsor.logContact({
        sponsorId: sponsor.id,
        at: "2016-05-21",
        channel: "meeting",
        nextContactOn: "2016-06-01",
      }),
      "at",
    );
    expect(await s.as.organiser.sponsor.contacts({ sponsorId: sponsor.id })).toEqual([]);
    const fresh = (await s.as.organiser.sponsor.list({ campaignId: s.campaign.id })).items[0];
    expect(fresh.nextContactOn).toBeNull();
  });

  it("an admin's call list is theirs too, in any campaign", async () => {
    const s = await setup();
    const other = await addUser(s.db, "zweite@example.org", "organiser", s.campaign.id);
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id, {
      ownerUserId: other.id,
      nextContactOn: "2016-05-20",
    });
    const theirs = await (await callerFor(s.db, other, s.clock)).sponsor.callList({ campaignId: s.campaign.id });
    expect(theirs.items.map((i) => i.sponsorId)).toEqual([sponsor.id]);
    expect((await s.as.admin.sponsor.callList({ campaignId: s.campaign.id })).items).toEqual([]);
  });
});
