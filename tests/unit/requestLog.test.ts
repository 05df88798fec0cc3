// What request logs may show: the path, never a sponsor link's token or a query string.
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { loggedPath } from "../../server/http/requestLog";

describe("loggedPath", () => {
  it.each([
    ["/healthz", "/healthz"],
    ["/s/AbC123-secret_token", "/s/…"],
    ["/s/AbC123-secret_token?utm=mail", "/s/…"],
    ['/trpc/sponsor.list?input={"search":"Müller"}', "/trpc/sponsor.list"],
    ["/api/campaigns/1/pledges.csv?locale=de", "/api/campaigns/1/pledges.csv"],
    ["/sponsors/s/abc", "/sponsors/s/abc"],
  ])("%s → %s", (url, path) => expect(loggedPath(url)).toBe(path));
});

describe("LOG_LEVEL", () => {
  it("defaults to info, accepts pino's levels and refuses anything else", () => {
    expect(readConfig({}).logLevel).toBe("info");
    expect(readConfig({ LOG_LEVEL: "WARN" }).logLevel).toBe("warn");
    expect(readConfig({ LOG_LEVEL: "silent" }).logLevel).toBe("silent");
    expect(() => readConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
