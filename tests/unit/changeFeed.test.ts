// The change feed wakes only the live streams of the campaigns a write touched.
import { describe, expect, it } from "vitest";
import { ChangeFeed } from "../../server/live/changeFeed";

const settled = async (p: Promise<void>) =>
  Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

describe("ChangeFeed", () => {
  it("wakes the streams of a touched campaign on publish, and no other", async () => {
    const feed = new ChangeFeed();
    const one = feed.wait(1, feed.versionOf(1), undefined, 10_000);
    const two = feed.wait(2, feed.versionOf(2), undefined, 10_000);
    feed.touch(1);
    expect(await settled(one)).toBe(false); // touched, not yet published: the write may still fail
    feed.publish();
    expect(await settled(one)).toBe(true);
    expect(await settled(two)).toBe(false);
    expect(feed.versionOf(1)).toBe(1);
    expect(feed.versionOf(2)).toBe(0);
    feed.close();
    expect(await settled(two)).toBe(true);
  });

  it("a publish without a touched campaign wakes nobody (a sign-in, a token)", async () => {
    const feed = new ChangeFeed();
    const waiting = feed.wait(1, 0, undefined, 10_000);
    feed.publish();
    expect(await settled(waiting)).toBe(false);
    feed.close();
  });

  it("returns at once when the version moved on while the stream was reading", async () => {
    const feed = new ChangeFeed();
    const seen = feed.versionOf(3);
    feed.touch(3);
    feed.publish();
    expect(await settled(feed.wait(3, seen, undefined, 10_000))).toBe(true);
  });
});
