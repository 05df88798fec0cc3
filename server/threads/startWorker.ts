// Worker threads run plain JavaScript, while the server runs its TypeScript through tsx. A
// worker started through tsx's loader pays for that each time: ~0.5 s and ~40 MB more (a
// loader thread of its own, every module transformed again), which a 100,000-row import
// felt in both its pace and its memory. So a worker's entry is bundled once per process
// with esbuild (our code only: packages stay imports) into node_modules/.cache, where those
// imports resolve as they do from the project. Where that cannot be written, the worker
// starts through tsx as before.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CACHE = join(ROOT, "node_modules", ".cache", "cofunding-workers");

const bundles = new Map<string, Promise<URL | null>>();

/** The entry's bundle, built on first use; null when it cannot be built or written. */
function bundled(entry: URL): Promise<URL | null> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = buildBundle(entry).catch(() => null);
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

async function buildBundle(entry: URL): Promise<URL> {
  const out = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].contents;
  // Named by content: processes of the same code share one file, a changed source gets a new one.
  const name = `${entry.pathname.split("/").pop()?.replace(/\.ts$/, "")}-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
  const file = join(CACHE, name);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}

/** A worker running the TypeScript module `entry` (a file URL). */
export async function startWorker(entry: URL, options: WorkerOptions): Promise<Worker> {
  const script = await bundled(entry);
  if (script) return new Worker(script, options);
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(boot, { ...options, eval: true });
}
