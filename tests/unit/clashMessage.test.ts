// A back-dated change the pledge's path does not allow: the screen names the change it clashes
// with, read from the server's CONFLICT message.
import { describe, expect, it } from "vitest";
import { clashOf } from "../../client/features/pledges/problem";

describe("clashOf", () => {
  it.each([
    [
      "this change breaks the pledge's path: a withdrawn pledge cannot move to confirmed; it clashes with the move to confirmed dated 2016-05-18 (event 41)",
      { what: "detail.clash.confirmed", date: "2016-05-18" },
    ],
    [
      "this change breaks the pledge's path: the amount may not fall below …; it clashes with the payment dated 2016-05-15 (event 7)",
      { what: "detail.clash.payment", date: "2016-05-15" },
    ],
    [
      "this change breaks the pledge's path: payments are recorded on confirmed pledges; it clashes with the pledge as it was created",
      { what: "detail.clash.update", date: null },
    ],
  ])("%s", (message, clash) => {
    expect(clashOf(new Error(message))).toEqual(clash);
  });

  it("is null for any other conflict", () => {
    expect(clashOf(new Error("the pledge was changed meanwhile (version 3, expected 2)"))).toBeNull();
    expect(clashOf("not an error")).toBeNull();
  });
});
