// Hostile HTTP requests: random methods, paths under /trpc and /api, query strings with junk
// input, odd content types, bodies of JSON junk or random bytes, with and without a session.
import fc from "fast-check";
import { appRouter } from "../../server/routers/_app";
import { inputsFor, schemaKeys } from "./inputs";
import { jsonOf, junkString, junkValue, PROTO_PAYLOADS } from "./junk";
import type { RawRequest } from "./rawHttp";

const DEFS = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>;
const PROCEDURES = Object.keys(DEFS);

/** Every byte of the UTF-8 form as %XX (encodeURIComponent throws on a lone surrogate). */
function percentEncode(text: string): string {
  return [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}

/** Raw path text: percent-encoded, with some raw ASCII and broken escapes (%zz, a lone %) left in. */
const pathText = fc.oneof(
  junkString.map((s) => percentEncode(s.slice(0, 300))),
  fc.string({ unit: fc.constantFrom(..."abc.,/%;:?&=+$#@!~*'()[]{}|^`<>\"0123456789"), maxLength: 30 }),
  fc.constantFrom("%", "%zz", "%E0%A4%A", "%00", "..", "../..", "%2e%2e%2f", "//", ",", ",,", ".", "a".repeat(20_000)),
);

const procedurePath = fc.oneof(
  fc.constantFrom(...PROCEDURES),
  fc.array(fc.constantFrom(...PROCEDURES), { minLength: 2, maxLength: 12 }).map((ps) => ps.join(",")),
  pathText,
);

const trpcPath = fc
  .tuple(
    procedurePath,
    fc.option(
      fc.oneof(
        junkValue.map((v) => `input=${encodeURIComponent(jsonOf(v))}`),
        fc
          .tuple(fc.nat(15), junkValue)
          .map(
            ([n, v]) =>
              `batch=1&input=${encodeURIComponent(jsonOf(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, v]))))}`,
          ),
        fc
          .constantFrom(...PROTO_PAYLOADS)
          .map((json) => `batch=1&input=${encodeURIComponent(JSON.stringify({ 0: JSON.parse(json) }))}`),
        pathText.map((q) => `input=${q}`),
        pathText.map((q) => `batch=${q}&input=${q}`),
        pathText,
      ),
    ),
  )
  .map(([path, query]) => `/trpc/${path}${query === null ? "" : `?${query}`}`);

const apiPath = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.nat().map(String), pathText),
      fc.constantFrom("pledges", "sponsors", "financing-plan"),
      fc.constantFrom("csv", "xlsx", "pdf"),
      fc.option(pathText),
    )
    .map(
      ([id, list, format, query]) =>
        `/api/campaigns/${id}/${list}.${format}${query === null ? "" : `?locale=${query}`}`,
    ),
  fc
    .tuple(fc.oneof(fc.nat().map(String), pathText), fc.constantFrom("attachments", ""))
    .map(([id, tail]) => `/api/pledges/${id}/${tail}`),
  fc.oneof(fc.nat().map(String), pathText).map((id) => `/api/attachments/${id}`),
  fc
    .tuple(fc.oneof(fc.nat().map(String), pathText), fc.option(fc.constantFrom("true", "false", "")))
    .map(([id, dryRun]) => `/api/campaigns/${id}/imports${dryRun === null ? "" : `?dryRun=${dryRun}`}`),
  pathText.map((p) => `/api/${p}`),
);

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "APPLICATION/JSON",
  "application/json;;;",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "application/octet-stream",
  "application/pdf",
  "image/png",
  "application/xml",
  "application/json-patch+json",
  "",
  "*/*",
  ";",
  "application/",
];
const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

const body = fc.oneof(
  junkValue.map((v) => Buffer.from(jsonOf(v))),
  fc.uint8Array({ maxLength: 4_000 }).map((b) => Buffer.from(b)),
  fc
    .constantFrom(
      "{",
      "[",
      '{"0":',
      "nul",
      '"\\u',
      '{"a":1}}',
      "\u0000",
      "\uFEFF{}",
      "1e999999",
      "-",
      "[".repeat(50_000),
      ...PROTO_PAYLOADS,
    )
    .map((t) => Buffer.from(t)),
  fc
    .array(junkValue, { maxLength: 12 })
    .map((items) => Buffer.from(jsonOf(Object.fromEntries(items.map((v, i) => [i, v]))))),
);

export function describeRequest(req: RawRequest): string {
  const cut = (t: string) => (t.length > 300 ? `${t.slice(0, 300)}…(${t.length} chars)` : t);
  const body = req.body
    ? ` body ${req.chunked ? "chunked " : ""}${cut(JSON.stringify(req.body.toString("latin1")))}`
    : "";
  return `${req.method} ${cut(req.path)} headers ${JSON.stringify(req.headers)}${body}`;
}

/** A call the way a client makes it (a query by GET, a mutation as a JSON POST), with junk in its fields. */
function aimedCall(cookie: string): fc.Arbitrary<RawRequest> {
  return fc.constantFrom(...PROCEDURES).chain((path) => {
    const { type, inputs } = DEFS[path]._def;
    return fc
      .tuple(inputsFor(undefined, schemaKeys(inputs[0])), fc.boolean(), fc.boolean())
      .map(([input, signedIn, batch]) => {
        const headers: Record<string, string> = signedIn ? { cookie } : {};
        const json = jsonOf(batch ? { 0: input } : input);
        const query = batch ? "?batch=1" : "";
        if (type === "mutation") {
          return {
            method: "POST",
            path: `/trpc/${path}${query}`,
            headers: { ...headers, "content-type": "application/json" },
            body: Buffer.from(json),
          };
        }
        return {
          method: "GET",
          path: `/trpc/${path}${query}${batch ? "&" : "?"}input=${encodeURIComponent(json)}`,
          headers,
        };
      });
  });
}

/** One hostile request; `cookie` (a session, or a stand-in the test swaps for one) goes with half of them. */
export function hostileRequest(cookie: string): fc.Arbitrary<RawRequest> {
  // Counterexamples print shortened: a 50 kB path helps nobody read the report.
  return fc
    .oneof(aimedCall(cookie), anyRequest(cookie))
    .map((req) => Object.assign(req, { [fc.toStringMethod]: () => describeRequest(req) }));
}

function anyRequest(cookie: string): fc.Arbitrary<RawRequest> {
  return fc
    .record({
      method: fc.constantFrom("GET", "GET", "GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
      path: fc.oneof({ arbitrary: trpcPath, weight: 3 }, { arbitrary: apiPath, weight: 1 }),
      contentType: fc.oneof(
        { arbitrary: fc.constant("application/json"), weight: 3 },
        { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
        { arbitrary: headerValue, weight: 1 },
      ),
      signedIn: fc.boolean(),
      origin: fc.option(fc.constantFrom("https://evil.example", "null", "http://127.0.0.1", "not a url")),
      body: fc.option(body),
      chunked: fc.boolean(),
    })
    .map(({ method, path, contentType, signedIn, origin, body: b, chunked }) => {
      const headers: Record<string, string> = {};
      if (contentType) headers["content-type"] = contentType;
      if (signedIn) headers.cookie = cookie;
      if (origin !== null) headers.origin = origin;
      // Node answers a request line over 16 KiB with 431 and a body, even to HEAD, which no
      // client can parse; that is Node's doing (http.test.ts checks the 431 by GET).
      const verb = method === "HEAD" && path.length > 8_000 ? "GET" : method;
      const withBody = b !== null && verb !== "GET" && verb !== "HEAD";
      return { method: verb, path, headers, ...(withBody ? { body: b, chunked } : {}) };
    });
}
