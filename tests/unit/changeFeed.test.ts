// The change feed wakes only the live streams of the campaigns a write touched, and the
// streams of a user or sponsor whose access changed; the shared views compute once per change.
import { describe, expect, it } from "vitest";
import { accessTopic, campaignTopic, ChangeFeed, WAKE_BATCH } from "../../server/live/changeFeed";
import { SharedViews } from "../../server/live/sharedViews";

// Whether a wait has returned within `ms`. A wake is given seconds (this machine is shared and
// noisy; a woken wait returns at once anyway), a wait that must go on sleeping 20 ms.
const settled = async (p: Promise<void>, ms = 20) =>
  Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);
const WOKEN = 5_000;

const waitOn = (feed: ChangeFeed, ...topics: ReturnType<typeof campaignTopic>[]) =>
  feed.wait(feed.mark(topics), undefined, 10_000);

describe("ChangeFeed", () => {
  it("wakes the streams of a touched campaign on publish, and no other", async () => {
    const feed = new ChangeFeed();
    const one = waitOn(feed, campaignTopic(1));
    const two = waitOn(feed, campaignTopic(2));
    feed.touch(1);
    expect(await settled(one)).toBe(false); // touched, not yet published: the write may still fail
    feed.publish();
    expect(await settled(one, WOKEN)).toBe(true);
    expect(await settled(two)).toBe(false);
    expect(feed.versionOf(1)).toBe(1);
    expect(feed.versionOf(2)).toBe(0);
    feed.close();
    expect(await settled(two, WOKEN)).toBe(true);
  });

  it("a publish without a touched campaign wakes nobody (a sign-in, a token)", async () => {
    const feed = new ChangeFeed();
    const waiting = waitOn(feed, campaignTopic(1));
    feed.publish();
    expect(await settled(waiting)).toBe(false);
    feed.close();
  });

  it("returns at once when the version moved on while the stream was reading", async () => {
    const feed = new ChangeFeed();
    const mark = feed.mark([campaignTopic(3)]);
    feed.touch(3);
    feed.publish();
    expect(await settled(feed.wait(mark, undefined, 10_000), WOKEN)).toBe(true);
  });

  it("wakes the streams of a user whose access changed, not those of another user", async () => {
    const feed = new ChangeFeed();
    const mine = waitOn(feed, campaignTopic(1), accessTopic({ userId: 7 }));
    const theirs = waitOn(feed, campaignTopic(1), accessTopic({ userId: 8 }));
    const sponsor = waitOn(feed, campaignTopic(1), accessTopic({ sponsorId: 7 }));
    feed.accessChanged({ userId: 7 });
    feed.publish();
    expect(await settled(mine, WOKEN)).toBe(true);
    expect(await settled(theirs)).toBe(false);
    expect(await settled(sponsor)).toBe(false);
    feed.close();
  });

  it("wakes every stream when there are more than one batch of them", async () => {
    const feed = new ChangeFeed();
    const many = Array.from({ length: WAKE_BATCH * 2 + 1 }, () => waitOn(feed, campaignTopic(1)));
    feed.touch(1);
    feed.publish();
    expect(
      await settled(
        Promise.all(many).then(() => undefined),
        WOKEN,
      ),
    ).toBe(true);
  });
});

describe("SharedViews", () => {
  it("computes a view once per version for all its streams, and again after a change", () => {
    const views = new SharedViews();
    let runs = 0;
    const compute = () => ({ countedCents: 100 * ++runs });
    views.join("1/public");
    views.join("1/public");
    const first = views.read("1/public", 0, compute);
    expect(views.read("1/public", 0, compute)).toEqual(first);
    expect(runs).toBe(1);
    const next = views.read("1/public", 1, compute);
    expect(runs).toBe(2);
    expect(next.id).not.toBe(first.id);
  });

  it("shares a refusal the same way, and forgets a view once its last stream leaves", () => {
    const views = new SharedViews();
    let runs = 0;
    const refuse = () => {
      runs += 1;
      throw new Error("public page off");
    };
    views.join("1/public");
    views.join("1/public");
    expect(() => views.read("1/public", 4, refuse)).toThrow("public page off");
    expect(() => views.read("1/public", 4, refuse)).toThrow("public page off");
    expect(runs).toBe(1);
    views.leave("1/public");
    expect(views.size).toBe(1);
    views.leave("1/public");
    expect(views.size).toBe(0);
  });
});
