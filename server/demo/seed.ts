// The demo a fresh database gets (DOMAIN.md "Demo data"): "Aachen digitalisiert" as it ran
// in 2016, and a small campaign running now. The caller has checked that the database holds
// no campaigns. Everything goes in as one transaction: a failure leaves the database empty,
// so the next start tries again instead of finding half a demo.
import { hashPassword } from "../auth/password";
import { insertUser } from "../auth/users";
import { addDays, berlinDay } from "../domain/dates";
import type { Services } from "../services";
import { aachenCampaign, aachenLogins, planAachen } from "./aachen";
import { heinsbergCampaign, heinsbergLogins, planHeinsberg } from "./heinsberg";
import { seededRandom } from "./random";
import { writeCampaignDemo } from "./write";

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  campaign: string;
}

export async function seedDemo(services: Services, now: Date): Promise<DemoLogin[]> {
  const { db, ledger } = services;
  const today = berlinDay(now);
  const notAfterNow = (instant: number) => Math.min(instant, now.getTime());
  const logins = [
    ...aachenLogins.map((u) => ({ ...u, aachen: true })),
    ...heinsbergLogins.map((u) => ({ ...u, aachen: false })),
  ];
  // Hashing is async and slow: do it first, in parallel, so the writes fit in one transaction.
  const hashes = await Promise.all(logins.map((u) => hashPassword(u.password)));
  // One transaction; the users go in beside the ledger's writes on the same connection.
  return ledger.batch((commands) => {
    const open = ({ createdAt, ...columns }: typeof aachenCampaign | ReturnType<typeof heinsbergCampaign>) =>
      commands.createCampaign(
        { userId: null, now: new Date(notAfterNow(createdAt)) },
        { minSponsors: null, maxPublicShareBasisPoints: null, holidayRegion: "DE-NW", ...columns },
      );
    const aachen = open(aachenCampaign);
    const heinsberg = open(heinsbergCampaign(today, Date.parse(`${addDays(today, -35)}T08:00:00Z`)));
    const campaignOf = (u: (typeof logins)[number]) => (u.aachen ? aachen : heinsberg);
    const userIds = logins.map((u, i) =>
      insertUser(db, {
        ...u,
        passwordHash: hashes[i],
        campaignId: campaignOf(u).id,
        now: new Date(campaignOf(u).createdAt),
      }),
    );
    const organiserOf = (campaignId: number) =>
      userIds[logins.findIndex((u) => u.role === "organiser" && campaignOf(u).id === campaignId)];

    // Fixed seeds: the same demo on every start.
    writeCampaignDemo(
      { commands, campaignId: aachen.id, userId: organiserOf(aachen.id), now, rng: seededRandom(20_160_601) },
      planAachen(seededRandom(1_500_000)),
    );
    writeCampaignDemo(
      {
        commands,
        campaignId: heinsberg.id,
        userId: organiserOf(heinsberg.id),
        now,
        rng: seededRandom(2_710),
        followUp: true,
      },
      planHeinsberg(seededRandom(400_000), today),
    );
    return logins.map((u) => ({ role: u.role, email: u.email, password: u.password, campaign: campaignOf(u).name }));
  });
}
