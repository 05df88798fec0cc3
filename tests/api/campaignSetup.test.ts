// Issue 16, point 1: a campaign's setup beyond its terms — the account pledges are paid into
// (IBAN checked), the sender of its letters, its reminder days — and the sponsor's postal
// address, owner and next contact date (point 2).
import { describe, expect, it } from "vitest";
import { addSponsor, addUser, callerFor, callerForSponsor, expectFieldError, setup } from "./helpers";

const BANK = { holder: "Digitale Region Aachen e.V.", iban: "de89 3704 0044 0532 0130 00", bic: "cobadeffxxx" };
const SENDER = {
  name: "Digitale Region Aachen e.V.",
  address: "Theaterstraße 1\n52062 Aachen",
  contactName: "Olga Organisation",
  contactEmail: "Olga@Example.org",
};

describe("a campaign's setup", () => {
  it("keeps the bank account in electronic form, the sender and the reminder days", async () => {
    const s = await setup();
    const updated = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: s.campaign.version,
      bankAccount: BANK,
      sender: SENDER,
      reminders: { intentAfterDays: 14, overdueAfterDays: 7 },
    });
    expect(updated.bankAccount).toEqual({
      holder: "Digitale Region Aachen e.V.",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
    });
    expect(updated.sender).toEqual({ ...SENDER, contactEmail: "olga@example.org", logoAttachmentId: null });
    expect(updated.reminders).toEqual({ intentAfterDays: 14, installmentBeforeDays: null, overdueAfterDays: 7 });
    // Everyone of the campaign reads it: the committee, and the sponsor for its payment.
    const listed = await s.as.committee.campaign.list();
    expect(listed.find((c) => c.id === s.campaign.id)?.bankAccount?.iban).toBe("DE89370400440532013000");

    const cleared = await s.as.admin.campaign.update({
      campaignId: s.campaign.id,
      expectedVersion: updated.version,
      bankAccount: null,
      reminders: { intentAfterDays: null },
    });
    expect(cleared.bankAccount).toBeNull();
    expect(cleared.sender?.name).toBe(SENDER.name);
    expect(cleared.reminders.intentAfterDays).toBeNull();
  });

  it("is set at creation too, and nothing of it is needed", async () => {
    const s = await setup();
    const base = {
      name: "Kreis Heinsberg digital",
      targetCents: 10_000_000,
      matchCapCents: 10_000_000,
      deadline: "2016-06-01",
    };
    const bare = await s.as.admin.campaign.create(base);
    expect([bare.bankAccount, bare.sender, bare.reminders.overdueAfterDays]).toEqual([null, null, null]);
    const full = await s.as.admin.campaign.create({
      ...base,
      name: "Kreis Düren digital",
      bankAccount: BANK,
      sender: SENDER,
    });
    expect(full.bankAccount?.bic).toBe("COBADEFFXXX");
  });

  it("refuses a wrong IBAN or BIC, an empty holder and reminder days out of range, naming the field", async () => {
    const s = await setup();
    const update = (fields: object) =>
      s.as.admin.campaign.update({ campaignId: s.campaign.id, expectedVersion: s.campaign.version, ...fields });
    await expectFieldError(
      update({ bankAccount: { ...BANK, iban: "DE89 3704 0044 0532 0130 01" } }),
      "bankAccount.iban",
    );
    await expectFieldError(update({ bankAccount: { ...BANK, bic: "NOTABIC" } }), "bankAccount.bic");
    await expectFieldError(update({ bankAccount: { ...BANK, holder: " " } }), "bankAccount.holder");
    await expectFieldError(update({ sender: { ...SENDER, contactEmail: "olga" } }), "sender.contactEmail");
    await expectFieldError(update({ reminders: { overdueAfterDays: 0 } }), "reminders.overdueAfterDays");
  });
});

describe("a sponsor's address, owner and next contact", () => {
  it("are kept; the committee sees owner and date, not the address; the sponsor its own address", async () => {
    const s = await setup();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id, {
      address: "Printenstraße 5\n52064 Aachen",
      ownerUserId: s.users.organiser.id,
      nextContactOn: "2016-05-24",
    });
    expect(sponsor).toMatchObject({
      address: "Printenstraße 5\n52064 Aachen",
      ownerUserId: s.users.organiser.id,
      nextContactOn: "2016-05-24",
    });
    const seen = (await s.as.committee.sponsor.list({ campaignId: s.campaign.id })).items[0];
    expect(seen).toMatchObject({ ownerUserId: s.users.organiser.id, nextContactOn: "2016-05-24" });
    expect(seen).not.toHaveProperty("address");
    const own = await (await callerForSponsor(s.db, sponsor, s.clock)).sponsorPortal.me();
    expect(JSON.stringify(own)).toContain("Printenstraße 5");
    expect(JSON.stringify(own)).not.toContain("nextContactOn");

    const moved = await s.as.organiser.sponsor.update({
      sponsorId: sponsor.id,
      expectedVersion: sponsor.version,
      ownerUserId: s.users.admin.id,
      nextContactOn: null,
      address: null,
    });
    expect(moved).toMatchObject({ ownerUserId: s.users.admin.id, nextContactOn: null, address: null });
  });

  it("has an organiser of the campaign or an admin as owner, no one else", async () => {
    const s = await setup();
    const disabled = await addUser(s.db, "weg@example.org", "organiser", s.campaign.id);
    await (await callerFor(s.db, s.users.admin, s.clock)).user.setDisabled({ userId: disabled.id, disabled: true });
    for (const ownerUserId of [s.users.committee.id, s.users.otherOrganiser.id, disabled.id, 9999])
      await expectFieldError(addSponsor(s.as.organiser, s.campaign.id, { ownerUserId }), "ownerUserId");
  });
});
