// The edges of the HTTP server an attacker leans on (issue 15): the cross-site check on the
// route the router really runs and on the Origin's scheme, no caching of API answers, a
// download link on a foreign page that would log a contact export in an organiser's name,
// and clients that send their request a byte at a time.
import { eq } from "drizzle-orm";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { addSponsor, setup, useCheapPasswords } from "./helpers";
import { serve, type Server } from "./httpHelpers";

let server: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.close();
  server = undefined;
});

async function served(options: Parameters<typeof serve>[2] = {}) {
  const s = await setup();
  useCheapPasswords(s.db);
  server = await serve(s.db, s.clock.now, options);
  const cookie = await server.login("organiser@example.org");
  return { s, http: server, cookie };
}

const signedIn = async (http: Server, cookie: string) => (await http.me({ cookie }))?.email ?? null;

describe("the cross-site check", () => {
  it("refuses a write from a foreign page however the path is spelt (/%74rpc/ is /trpc/ to the router)", async () => {
    const { http, cookie } = await served();
    for (const path of ["/%74rpc/auth.logout", "/trpc/auth%2Elogout", "/trpc/auth.logout"]) {
      const res = await http.request(path, {
        method: "POST",
        headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
        body: "{}",
      });
      expect(res.status, path).toBe(403);
      expect(res.body.error.data.code, path).toBe("FORBIDDEN");
    }
    expect(await signedIn(http, cookie)).toBe("organiser@example.org");
  });

  it("refuses a form post to an encoded path as not JSON", async () => {
    const { http, cookie } = await served();
    const res = await http.request("/%74rpc/auth.logout", {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: "a=1",
    });
    expect(res.status).toBe(415);
    expect(await signedIn(http, cookie)).toBe("organiser@example.org");
  });

  it("refuses an Origin of our host with another scheme (https://host over plain http)", async () => {
    const { http, cookie } = await served();
    const host = new URL(http.base).host;
    const foreign = await http.mutate("auth.logout", {}, { cookie, origin: `https://${host}` });
    expect(foreign.status).toBe(403);
    expect(await signedIn(http, cookie)).toBe("organiser@example.org");
    const own = await http.mutate("auth.logout", {}, { cookie, origin: `http://${host}` });
    expect(own.status).toBe(200);
    expect(await signedIn(http, cookie)).toBeNull();
  });

  it("with PUBLIC_URL takes its origin as ours, and its scheme for the host's own Origin", async () => {
    const { http, cookie } = await served({ publicUrl: "https://kampagne.example" });
    const host = new URL(http.base).host;
    expect((await http.mutate("auth.logout", {}, { cookie, origin: "http://kampagne.example" })).status).toBe(403);
    expect((await http.mutate("auth.logout", {}, { cookie, origin: `http://${host}` })).status).toBe(403);
    expect(await signedIn(http, cookie)).toBe("organiser@example.org");
    expect((await http.mutate("auth.logout", {}, { cookie, origin: "https://kampagne.example" })).status).toBe(200);
  });

  it("behind a TLS proxy (TRUST_PROXY=on) takes the scheme from X-Forwarded-Proto", async () => {
    const { http, cookie } = await served({ trustProxy: true });
    const host = new URL(http.base).host;
    const overHttps = { cookie, origin: `https://${host}`, "x-forwarded-proto": "https" };
    const overHttp = { cookie, origin: `https://${host}`, "x-forwarded-proto": "http" };
    expect((await http.mutate("auth.logout", {}, overHttp)).status).toBe(403);
    expect((await http.mutate("auth.logout", {}, overHttps)).status).toBe(200);
  });
});

describe("API answers", () => {
  it("are never cached: auth.me, a list, a refusal and a batch carry Cache-Control: no-store", async () => {
    const { s, http, cookie } = await served();
    await addSponsor(s.as.organiser, s.campaign.id, { contactEmail: "kontakt@printen.example" });
    const answers = [
      await http.query("auth.me", undefined, { cookie }),
      await http.query("sponsor.list", { campaignId: s.campaign.id }, { cookie }),
      await http.query("sponsor.list", { campaignId: s.campaign.id }),
      await http.request(`/trpc/auth.me,campaign.list?batch=1&input=${encodeURIComponent("{}")}`, {
        headers: { cookie },
      }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 200]);
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");
  });
});

describe("a download link on a foreign page", () => {
  it("cannot make an organiser's browser export contacts (and log it in their name)", async () => {
    const { s, http, cookie } = await served();
    await addSponsor(s.as.organiser, s.campaign.id, { contactEmail: "kontakt@printen.example" });
    const exported = () => s.db.select().from(auditLog).where(eq(auditLog.action, "contact_exported")).all().length;
    const path = `/api/campaigns/${s.campaign.id}/sponsors.csv`;
    for (const site of ["cross-site", "same-site"]) {
      const res = await http.request(path, { headers: { cookie, "sec-fetch-site": site } });
      expect(res.status, site).toBe(403);
      expect(res.text).not.toContain("kontakt@printen.example");
    }
    expect(exported()).toBe(0);
    const own = await http.request(path, { headers: { cookie, "sec-fetch-site": "same-origin" } });
    expect(own.status).toBe(200);
    expect(own.text).toContain("kontakt@printen.example");
    expect(exported()).toBe(1);
  });
});

/** Opens a raw connection and sends the start of a request; resolves when the server closes it. */
function slowRequest(base: string, head: string): { socket: Socket; closed: Promise<string> } {
  const url = new URL(base);
  const socket = connect(Number(url.port), url.hostname);
  sockets.push(socket);
  let answer = "";
  socket.on("data", (chunk) => {
    answer += chunk.toString();
  });
  const closed = new Promise<string>((resolve) => socket.on("close", () => resolve(answer)));
  socket.on("error", () => undefined);
  socket.write(head);
  return { socket, closed };
}

describe("slow clients", () => {
  it("are cut off when the body does not arrive in time, and meanwhile /healthz answers", async () => {
    const { http } = await served({ requestTimeoutMs: 1_000 });
    const body = JSON.stringify({ email: "organiser@example.org", password: "x".repeat(200) });
    const head = [
      "POST /trpc/auth.login HTTP/1.1",
      `Host: ${new URL(http.base).host}`,
      "Content-Type: application/json",
      `Content-Length: ${body.length}`,
      "",
      "",
    ].join("\r\n");
    // 200 connections, each of which would need more than a minute to send its body.
    const slow = Array.from({ length: 200 }, () => slowRequest(http.base, head));
    let sent = 0;
    const drip = setInterval(() => {
      sent += 1;
      for (const { socket } of slow) if (!socket.destroyed) socket.write(body[sent] ?? " ");
    }, 300);
    try {
      expect((await http.request("/healthz")).status).toBe(200);
      const answers = await Promise.all(slow.map((s) => s.closed));
      // Cut long before the body could have arrived (one byte per 300 ms).
      expect(sent).toBeLessThan(body.length);
      expect(answers.every((a) => a === "" || a.startsWith("HTTP/1.1 408"))).toBe(true);
    } finally {
      clearInterval(drip);
    }
  }, 20_000);

  it("are cut off when the headers do not arrive in time", async () => {
    const { http } = await served({ requestTimeoutMs: 1_000 });
    const { socket, closed } = slowRequest(http.base, "GET /healthz HTTP/1.1\r\n");
    let sent = 0;
    const drip = setInterval(() => {
      sent += 1;
      if (!socket.destroyed) socket.write("X-Slow: 1\r\n");
    }, 300);
    try {
      const answer = await closed;
      expect(sent).toBeLessThan(60);
      expect(answer === "" || answer.startsWith("HTTP/1.1 408")).toBe(true);
    } finally {
      clearInterval(drip);
    }
  }, 20_000);
});
