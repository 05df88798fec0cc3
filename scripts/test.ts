// npm test: typecheck, lint, build and every test, as one command that fails if any part
// fails. The checks run beside the tests instead of before them: on a two-core machine the
// browser tests leave much of a core idle while they wait on Chromium and their servers, and
// the checks (some 40 s of CPU, mostly tsc) fill it at a lower priority, so the tests' steps
// are not slowed. Their output is kept and shown after the tests'; arguments after `--` go
// to vitest (`npm test -- tests/unit`).
import { spawn } from "node:child_process";
import { setPriority } from "node:os";

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
}

/** Runs `npm run <script>` (or npx) and resolves with its outcome; `quiet` keeps its output. */
function run(name: string, args: string[], options: { quiet: boolean; nice?: boolean }): Promise<Outcome> {
  const started = performance.now();
  const child = spawn("npm", args, { stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
  // Before npm starts the check itself, which inherits the priority.
  if (options.nice && child.pid !== undefined) setPriority(child.pid, 10);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    const done = (ok: boolean, extra = "") =>
      resolve({ name, ok, seconds: (performance.now() - started) / 1000, output: output + extra });
    child.on("error", (error) => done(false, String(error)));
    child.on("close", (code) => done(code === 0));
  });
}

const checks = [
  run("typecheck", ["run", "--silent", "typecheck"], { quiet: true, nice: true }),
  run("lint", ["run", "--silent", "lint"], { quiet: true, nice: true }),
];
// The browser tests serve the built client: the build comes first.
const build = await run("build", ["run", "--silent", "build"], { quiet: true });
const tests = build.ok
  ? await run("vitest", ["exec", "--", "vitest", "run", ...process.argv.slice(2)], { quiet: false })
  : null;

const outcomes = [build, ...(await Promise.all(checks)), ...(tests ? [tests] : [])];
for (const outcome of outcomes) {
  if (!outcome.ok && outcome.output.trim()) process.stdout.write(`\n── ${outcome.name} failed:\n${outcome.output}\n`);
}
for (const { name, ok, seconds } of outcomes)
  console.log(`${ok ? "✓" : "✗"} ${name} (${seconds.toFixed(0)} s)${ok ? "" : " FAILED"}`);
process.exit(outcomes.every((o) => o.ok) && tests ? 0 : 1);
