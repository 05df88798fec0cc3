// Workers run a bundle of their TypeScript entry (server/threads/startWorker.ts), not tsx
// in the worker: that cost each import ~0.5 s and ~40 MB (bench/imports.ts).
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { startWorker } from "../../server/threads/startWorker";

const ECHO = new URL("./workers/echoWorker.ts", import.meta.url);

describe("startWorker", () => {
  it("runs the entry and what it imports from a bundle in node_modules/.cache", async () => {
    const worker = await startWorker(ECHO, { workerData: "  Aachener   Druck GmbH " });
    const [answer] = (await once(worker, "message")) as [{ url: string; key: string }];
    expect(answer.key).toBe("aachener druck gmbh");
    expect(answer.url).toMatch(/\/node_modules\/\.cache\/cofunding-workers\/echoWorker-[0-9a-f]{16}\.mjs$/);
    await worker.terminate();
  });

  it("builds a bundle once per process and entry", async () => {
    const urls: string[] = [];
    for (const data of ["a", "b"]) {
      const worker = await startWorker(ECHO, { workerData: data });
      urls.push(((await once(worker, "message")) as [{ url: string }])[0].url);
      await worker.terminate();
    }
    expect(urls[0]).toBe(urls[1]);
  });
});
