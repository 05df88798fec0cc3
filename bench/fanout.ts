// The fan-out benchmark (issue 15, finding 6): 2,000 open barometer streams
// (publicCampaign.onSummary) of one campaign, then a write. `fanoutMs` is the time from
// sending the write to the last stream having its figures; beside it the same with one
// stream. `fanoutWriteMs` is the write's answer with the 2,000 streams open; beside it the
// write with none. Streams come from several loopback addresses, 50 each (the default
// LIVE_STREAMS_PER_ADDRESS). `BENCH_ONLY=fanout npm run bench` runs only this part.
import Database from "better-sqlite3";
import { join } from "node:path";
import { startServer } from "../tests/e2e/harness";
import { openStreams, type Streams } from "../tests/durability/manyStreams";
import { berlinDay } from "../server/domain/dates";
import { signedIn } from "./client";
import { BENCH_ADMIN, seedLargeCampaign } from "./seedLarge";
import { median, round } from "./stats";

const STREAMS = 2_000;
const ROUNDS = 5;

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  goal: string;
}

export async function measureFanout(dir: string): Promise<Figure[]> {
  console.log(`publicCampaign.onSummary, ${STREAMS} streams …`);
  const seeded = await seedLargeCampaign(join(dir, "fanout.db"), 1_000, berlinDay(new Date()));
  const db = new Database(seeded.file);
  db.prepare("update campaigns set public_page = 1 where id = ?").run(seeded.campaignId);
  db.close();
  const server = await startServer(
    { DATABASE_FILE: seeded.file, DEMO_DATA: "off" },
    { needsClient: false, fresh: true },
  );
  const open: Streams[] = [];
  try {
    const client = await signedIn(server.url, BENCH_ADMIN);
    const url = `${server.url}/trpc/publicCampaign.onSummary?input=${encodeURIComponent(JSON.stringify({ campaignId: seeded.campaignId }))}`;
    let amount = 100_000;
    /** One write; the time to its answer and to the last of `streams` having the new figures. */
    const writeOnce = async (streams: Streams | null) => {
      const target = Math.min(...(streams?.states.map((s) => s.figures) ?? [0])) + 1;
      const delivered = streams?.allHave(target);
      const sent = performance.now();
      await client.mutate("pledge.create", pledge(seeded.campaignId, amount++));
      const answered = performance.now() - sent;
      return { answered, delivered: delivered ? (await delivered) - sent : 0 };
    };
    const rounds = async (streams: Streams | null) => {
      await writeOnce(streams); // unmeasured: JIT, statement preparation, the first summary
      const out = [];
      for (let i = 0; i < ROUNDS; i++) out.push(await writeOnce(streams));
      return out;
    };

    const alone = await rounds(null);
    const one = await openStreams(url, 1);
    open.push(one);
    const single = await rounds(one);
    one.close();
    const many = await openStreams(url, STREAMS);
    open.push(many);
    const loaded = await rounds(many);
    const lost = many.states.filter((s) => s.ended !== null).length;
    if (lost > 0) throw new Error(`${lost} of ${STREAMS} streams ended during the benchmark`);

    const ms = (values: number[]) => values.map((v) => round(v, 0)).join(", ");
    return [
      {
        name: "fanoutMs",
        value: round(Math.max(...loaded.map((r) => r.delivered)), 0),
        unit: `ms (write sent → last of ${STREAMS} streams has it; worst of ${ROUNDS})`,
        baseline: `1 stream: ${round(median(single.map((r) => r.delivered)), 0)} ms median; rounds: ${ms(loaded.map((r) => r.delivered))}`,
        goal: "< 3000",
      },
      {
        name: "fanoutWriteMs",
        value: round(Math.max(...loaded.map((r) => r.answered)), 0),
        unit: `ms (the write's answer with ${STREAMS} streams open; worst of ${ROUNDS})`,
        baseline: `no streams: ${round(median(alone.map((r) => r.answered)), 0)} ms median; rounds: ${ms(loaded.map((r) => r.answered))}`,
        goal: "< 500",
      },
    ];
  } finally {
    for (const streams of open) streams.close();
    await server.stop();
  }
}

function pledge(campaignId: number, amountCents: number) {
  return { campaignId, sponsorId: 1, amountCents, type: "cash", status: "confirmed" };
}
