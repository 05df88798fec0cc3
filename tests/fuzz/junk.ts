// Hostile values: anything a script, a broken client or an attacker may send in place of a
// field. Numbers are JS numbers (createCaller takes them as they are; over HTTP only what
// JSON can carry arrives, see http.test.ts). Prototype keys are built with JSON.parse so
// they are own keys, as a JSON body delivers them, not a change of the literal's prototype.
import fc from "fast-check";

const awkwardNumbers = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 1,
  -(2 ** 53) - 1,
  Number.MAX_SAFE_INTEGER,
  -0,
  NaN,
  Infinity,
  -Infinity,
  0,
  -1,
  0.5,
  1.5,
  99.999,
  0.1 + 0.2,
  100_000_000_001,
  1e21,
  2 ** 31,
  2 ** 63,
  -(2 ** 31),
);
export const junkNumber = fc.oneof(
  awkwardNumbers,
  fc.integer(),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n + 0.5),
);

const awkwardStrings = fc.constantFrom(
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "x\uD83D",
  "\uDE00y",
  "\u202Eevil\u202C",
  "שלום עולם",
  "مرحبا",
  "💶",
  "👨‍👩‍👧‍👦",
  "\uFEFF",
  "Ä\u0308",
  "'; drop table pledges; --",
  "' OR 1=1 --",
  "%",
  "_",
  "\\",
  "\\u0000",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "1e308",
  "-0",
  "0x10",
  "1_000",
  "１２３",
  "2016-02-30",
  "2016-05-20",
  "2016-05-21",
  "9999-12-31",
  "0000-01-01",
  "+275760-09-13",
  "2016-05-20T00:00:00Z",
  " 2016-05-20",
  "20.05.2016",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "@SUM(1)",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "a@b",
  "a@b.c",
  "admin@example.org",
);

// Built once: a 100k-character field must not cost a generator run.
const LONG = 100_000;
// Many short lines stay at 1,000: as CSV each is a row to check (20,000 took a second per case).
const longStrings = fc.constantFrom(
  "x".repeat(LONG),
  "💶".repeat(LONG / 2),
  "\u0000".repeat(LONG),
  "a;b,\n".repeat(1_000),
  "\uD800".repeat(LONG),
);

const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
/** Wrong strings of a usual length: for cells and fields inside a larger text. */
export const shortJunkString = fc.oneof(
  { arbitrary: awkwardStrings, weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: anyUtf16, weight: 2 },
);
export const junkString = fc.oneof({ arbitrary: shortJunkString, weight: 8 }, { arbitrary: longStrings, weight: 1 });

/** Own `__proto__`, `constructor` and `prototype` keys, as JSON.parse (and so every JSON body) makes them. */
export const PROTO_PAYLOADS: readonly string[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"toString":"x","valueOf":1,"hasOwnProperty":null}}',
  '{"__proto__":[1,2,3]}',
  '[{"__proto__":{"polluted":"yes"}}]',
];
export const protoObject = fc.constantFrom(...PROTO_PAYLOADS).map((json) => JSON.parse(json) as unknown);

/** `depth` levels of `wrap`; it prints as a short label, as fast-check's printer would overflow the stack. */
function nested(depth: number, wrap: (inner: unknown) => unknown, label: string): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = wrap(value);
  return Object.assign(value as object, { [fc.toStringMethod]: () => `<${label} nested ${depth} deep>` });
}
// Deep enough to break naive recursion, shallow enough for JSON.stringify and zod's issue paths.
const deepJunk = fc.constantFrom(
  nested(2_000, (v) => [v], "arrays"),
  nested(2_000, (v) => ({ a: v }), "objects"),
  // A tree, not a shared graph: {x: v, y: [v]} would be 2^500 nodes to anyone who walks it.
  nested(500, (v) => Object.assign(Object.create(null) as object, { x: v, y: [1, "2"] }), "null-prototype objects"),
);

const exoticValues = fc.constantFrom<unknown>(
  new Date(NaN),
  new Date(0),
  10n,
  -(2n ** 70n),
  new Map([["a", 1]]),
  new Set([1]),
  new Uint8Array(3),
  /x/,
);

const scalar = fc.oneof(junkNumber, junkString, fc.boolean(), fc.constant(null), fc.constant(undefined));

/** A wrong value of any kind: scalars, collections, deep nesting, prototype keys, non-JSON objects. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalar, weight: 8 },
  { arbitrary: fc.array(scalar, { maxLength: 5 }), weight: 1 },
  { arbitrary: fc.dictionary(junkString, scalar, { maxKeys: 4 }), weight: 1 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
    }),
    weight: 2,
  },
  { arbitrary: protoObject, weight: 1 },
  { arbitrary: deepJunk, weight: 1 },
  { arbitrary: exoticValues, weight: 1 },
);

/** A valid string made a little wrong: a character inserted, cut short, doubled, padded. */
export function mutatedString(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.nat(valid.length), junkString)
      .map(([at, bit]) => valid.slice(0, at) + bit.slice(0, 200) + valid.slice(at)),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc.constant(valid.repeat(3)),
    fc.constantFrom(` ${valid} `, valid.toUpperCase(), valid.normalize("NFD"), `${valid}\u0000`, `\uFEFF${valid}`),
  );
}

/** A junk value as a client would send it: JSON turns NaN into null and drops undefined; a bigint goes as its digits. */
export function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
  } catch {
    return JSON.stringify(String(value));
  }
}
