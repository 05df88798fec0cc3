// An imported pledge's idempotency fingerprint is the one pledge.create computes for the same
// input, so a later pledge.create with the import's key and the same fields is a replay.
import { describe, expect, it } from "vitest";
import { fingerprintOf, importFingerprint } from "../../server/ledger/pledges";

describe("importFingerprint", () => {
  const base = { amountCents: 150_050, campaignId: 3, pledgedAt: "2016-05-02", sponsorId: 7 };
  it.each([
    { ...base, status: "confirmed", type: "cash", note: "für drei Jahre", description: undefined },
    { ...base, status: "intent", type: "in_kind", note: undefined, description: "Laborzeit" },
    { ...base, status: "paid", type: "cash", note: undefined, description: undefined },
  ] as const)("equals fingerprintOf for $status $type", (fields) => {
    const generic = fingerprintOf({ ...fields, conditional: false, idempotencyKey: "import:x" });
    expect(importFingerprint(fields)).toBe(generic);
  });
});
