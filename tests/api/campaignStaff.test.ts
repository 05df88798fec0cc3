// Issue 16, point 1: the sponsor form offers an owner; organisers need to know who may own
// one. campaign.staff answers with the campaign's organisers and the admins, names only.
import { describe, expect, it } from "vitest";
import { addSponsor, addUser, expectCode, setup } from "./helpers";

describe("campaign.staff", () => {
  it("lists the campaign's organisers and the admins by name, without e-mails, committee and other campaigns' organisers", async () => {
    const s = await setup();
    await addUser(s.db, "zoe@example.org", "organiser", s.campaign.id);
    const staff = await s.as.organiser.campaign.staff({ campaignId: s.campaign.id });
    expect(staff).toEqual([
      { id: s.users.admin.id, name: "admin" },
      { id: s.users.organiser.id, name: "organiser" },
      { id: expect.any(Number), name: "zoe" },
    ]);
  });

  it("leaves out disabled accounts, as they cannot own a sponsor", async () => {
    const s = await setup();
    const gone = await addUser(s.db, "gone@example.org", "organiser", s.campaign.id);
    await s.as.admin.user.setDisabled({ userId: gone.id, disabled: true });
    const staff = await s.as.admin.campaign.staff({ campaignId: s.campaign.id });
    expect(staff.map((u) => u.id)).not.toContain(gone.id);
  });

  it("everyone it lists can be made a sponsor's owner", async () => {
    const s = await setup();
    const staff = await s.as.organiser.campaign.staff({ campaignId: s.campaign.id });
    for (const user of staff) await addSponsor(s.as.organiser, s.campaign.id, { ownerUserId: user.id });
  });

  it("is refused to the committee", async () => {
    const s = await setup();
    await expectCode(s.as.committee.campaign.staff({ campaignId: s.campaign.id }), "FORBIDDEN");
  });
});
