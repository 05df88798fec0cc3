// Which sponsor a pledge's figures count for: its own, or, once merged, the sponsor it was
// merged into (on every day, as the rebuild counts it). Looked up once per write.
import type { Sponsor } from "../../db/schema";
import type { SponsorBucket } from "../domain/pledgeTimeline";
import type { Write } from "./tx";

export interface SponsorBuckets {
  of: (sponsorId: number) => SponsorBucket;
  sponsor: (sponsorId: number) => Sponsor;
}

export function sponsorBuckets(w: Write, known: readonly Sponsor[] = []): SponsorBuckets {
  const byId = new Map(known.map((s) => [s.id, s]));
  const load = (id: number): Sponsor => {
    const cached = byId.get(id);
    if (cached) return cached;
    const row = w.statements.sponsorById.get({ sponsorId: id });
    if (!row) throw new Error(`pledge of an unknown sponsor ${id}`);
    byId.set(id, row);
    return row;
  };
  const effective = (id: number): Sponsor => {
    let sponsor = load(id);
    for (let hops = 0; sponsor.mergedIntoId !== null && hops < 1000; hops++) sponsor = load(sponsor.mergedIntoId);
    return sponsor;
  };
  return { of: effective, sponsor: effective };
}
