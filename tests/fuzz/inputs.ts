// Inputs for one procedure: its valid base input (when the table in bases.ts has one) made
// wrong in one place, or replaced altogether. Field names also come from the procedure's
// zod schema, so a procedure without a base input still gets its real fields fuzzed.
import fc from "fast-check";
import { junkString, junkValue, mutatedString, protoObject } from "./junk";

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into the value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(inner, path)];
  });
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<any>((node, key) => node?.[key], value);
}

/** A copy of the base with the value at `path` replaced (`drop`: removed). Own keys only, even `__proto__`. */
function withValueAt(base: Json, path: Path, value: unknown, drop = false): unknown {
  const copy = structuredClone(base) as any;
  const parent = path.length === 1 ? copy : valueAt(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (drop) delete parent[key];
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const PROTO_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Top-level field names of a zod object schema (refined objects keep their shape in zod 4). */
export function schemaKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === "object" ? Object.keys(shape) : [];
}

/** The fuzzed inputs of a procedure: mostly one wrong field, sometimes the valid base. */
export function inputsFor(base: Json | undefined, keys: string[]): fc.Arbitrary<unknown> {
  const root: Json = base ?? {};
  const isObject = root !== null && typeof root === "object" && !Array.isArray(root);
  const paths: Path[] = [...pathsOf(root), ...(isObject ? keys.filter((k) => !(k in root)).map((k) => [k]) : [])];
  const stringPaths = paths.filter((p) => typeof valueAt(root, p) === "string");
  const objectPaths: Path[] = [
    [],
    ...paths.filter((p) => {
      const v = valueAt(root, p);
      return v !== null && typeof v === "object" && !Array.isArray(v);
    }),
  ];

  const options: fc.Arbitrary<unknown>[] = [
    junkValue,
    fc.constant(base),
    fc
      .dictionary(fc.oneof(junkString, fc.constantFrom(...PROTO_KEYS)), junkValue, { minKeys: 1, maxKeys: 3 })
      .map((extra) => {
        // Set on one copy of the base: cloning a copy that already holds deep junk would overflow the stack.
        const copy = structuredClone(root) as Record<string, unknown>;
        for (const [k, v] of Object.entries(extra))
          Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
        return copy;
      }),
    fc
      .tuple(fc.constantFrom(...objectPaths), fc.constantFrom(...PROTO_KEYS), protoObject)
      .map(([at, key, payload]) => withValueAt(root, [...at, key], payload)),
  ];
  if (paths.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...paths), junkValue).map(([p, v]) => withValueAt(root, p, v)),
      fc.constantFrom(...paths).map((p) => withValueAt(root, p, undefined, true)),
    );
  }
  if (stringPaths.length > 0) {
    options.push(
      fc
        .constantFrom(...stringPaths)
        .chain((p) => mutatedString(valueAt(root, p) as string).map((s) => withValueAt(root, p, s))),
    );
  }
  // One wrong field is the most telling case (the rest passes): weigh it up.
  return fc.oneof(...options.map((arbitrary, i) => ({ arbitrary, weight: i >= 4 ? 3 : 1 })));
}

export type { Json };
