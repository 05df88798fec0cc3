// A double click on "Bestätigen" sends the status change once (client/lib/singleFlight.ts,
// used by useSetPledgeStatus and useRecordPayment).
import { describe, expect, it } from "vitest";
import type { MutateOptions } from "@tanstack/react-query";
import { singleFlight } from "../../client/lib/singleFlight";

type Input = { pledgeId: number; status: string; expectedVersion: number };
type Options = MutateOptions<string, Error, Input, unknown>;

/** A fake `mutate` that records its calls and settles when the test says. */
function fakeMutate() {
  const calls: { input: Input; options?: Options }[] = [];
  const mutate = (input: Input, options?: Options) => {
    calls.push({ input, options });
  };
  const settle = (i: number) => calls[i].options?.onSettled?.("ok", null, calls[i].input, undefined, {} as never);
  return { calls, mutate, settle };
}

const confirm = { pledgeId: 7, status: "confirmed", expectedVersion: 1 };

describe("singleFlight", () => {
  it("drops the second identical call of a double click while the first is on its way", () => {
    const fake = fakeMutate();
    const send = singleFlight(fake.mutate);
    expect(send(confirm)).toBe(true);
    expect(send({ ...confirm })).toBe(false);
    expect(fake.calls).toHaveLength(1);
  });

  it("sends the same input again once the first has settled, and still runs the caller's onSettled", () => {
    const fake = fakeMutate();
    const send = singleFlight(fake.mutate);
    const settled: string[] = [];
    send(confirm, { onSettled: (data) => settled.push(String(data)) });
    fake.settle(0);
    expect(settled).toEqual(["ok"]);
    expect(send(confirm)).toBe(true);
    expect(fake.calls).toHaveLength(2);
  });

  it("lets a different change through while one is on its way", () => {
    const fake = fakeMutate();
    const send = singleFlight(fake.mutate);
    send(confirm);
    expect(send({ ...confirm, pledgeId: 8 })).toBe(true);
    expect(fake.calls.map((c) => c.input.pledgeId)).toEqual([7, 8]);
  });
});
