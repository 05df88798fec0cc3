// The live badge: a refusal by the server is not a lost connection.
import { describe, expect, it } from "vitest";
import { liveStateOf } from "../../client/features/dashboard/api/live";

describe("liveStateOf", () => {
  it.each([
    // enabled, status, errorCode, wasLive → state
    [false, "pending", null, true, "off"], // a past day shown: no live figures
    [true, "connecting", null, false, "connecting"],
    [true, "pending", null, false, "live"],
    [true, "connecting", null, true, "lost"], // subscribing again after being live
    [true, "error", "OTHER", false, "lost"], // the network failed
    [true, "idle", null, true, "lost"], // the server ended the stream
    [true, "error", "NOT_FOUND", false, "off"], // no such campaign: not a connection problem
    [true, "error", "FORBIDDEN", false, "off"], // no role in it
    [true, "error", "UNAUTHORIZED", true, "off"], // signed out meanwhile
  ] as const)("enabled %s, %s, error %s, was live %s → %s", (enabled, status, errorCode, wasLive, state) => {
    expect(liveStateOf({ enabled, status, errorCode, wasLive })).toBe(state);
  });
});
