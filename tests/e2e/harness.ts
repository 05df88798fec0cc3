// Browser-test harness: a real server on a free port with its own database file, and
// Debian's Chromium driven by playwright-core. Under vitest a browser test's server runs
// inside the test process (server/start.ts, as `npm start` runs it), which spares the seconds
// of a process start-up per file, and so does the first start that makes a database template;
// durability tests and the bench get a child process, which they can kill and whose output
// and memory are its own.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { openDatabase } from "../../db/open";
import { readConfig } from "../../server/config";
import { addDays, berlinDay } from "../../server/domain/dates";
import { startApp } from "../../server/start";
import { copyTemplate } from "./serverTemplates";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = new URL("../..", import.meta.url).pathname;

export interface RunningServer {
  url: string;
  pid: number;
  /** The database file the server runs on. */
  databaseFile: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Sends `signal` (SIGKILL: a crash) and waits for the process to end; keeps the folder. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

export interface StartOptions {
  /** Run on `<dir>/test.db` and keep the folder on stop, so a restart finds the same file. */
  dir?: string;
  /** API-only tests do not need the built client (the server then serves no pages). */
  needsClient?: boolean;
  /** Start on an empty file even where a template exists: for tests of the first start itself. */
  fresh?: boolean;
}

/** Starts `server/main.ts` as `npm start` would (without the build), on a free port. */
export async function startServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  const { needsClient = true } = options;
  if (needsClient && !existsSync(join(ROOT, "dist", "index.html")))
    throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "cofunding-e2e-"));
  const databaseFile = join(dir, "test.db");
  if (!options.fresh && !existsSync(databaseFile)) {
    // The template's first start takes any free port: the caller's PORT is for its own server.
    // Under vitest it runs in the test process, which has the server's modules loaded already,
    // sparing a process start at the beginning of a run, when every worker waits for templates.
    const firstEnv = { ...env, PORT: "0" };
    await copyTemplate(env, databaseFile, async (file) => {
      if (process.env.VITEST) await (await startInProcess(firstEnv, file, () => {})).stop();
      else await stopChild((await spawnServer(firstEnv, file)).child);
    });
  }
  if (process.env.VITEST && needsClient && !options.dir && !options.fresh) {
    return startInProcess(env, databaseFile, () => rmSync(dir, { recursive: true, force: true }));
  }
  const { child, url, output } = await spawnServer(env, databaseFile);
  return {
    url,
    pid: child.pid!,
    databaseFile,
    output,
    stop: async () => {
      await stopChild(child);
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
    kill: (signal) => stopChild(child, signal),
  };
}

/** The same server as `npm start` would run, in this process. */
async function startInProcess(
  env: Record<string, string>,
  databaseFile: string,
  cleanUp: () => void,
): Promise<RunningServer> {
  const config = readConfig({
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_FILE: databaseFile,
    LOG_LEVEL: "warn",
    ...env,
  });
  const db = openDatabase(databaseFile);
  let output = "";
  const { app, url } = await startApp(config, db, (line) => {
    output += `${line}\n`;
  });
  return {
    url,
    pid: process.pid,
    databaseFile,
    output: () => output,
    stop: async () => {
      await app.close();
      db.$client.close();
      cleanUp();
    },
    kill: () => Promise.reject(new Error("a server in the test process cannot be killed: start it with `dir`")),
  };
}

async function spawnServer(env: Record<string, string>, databaseFile: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    // Warnings and errors only: a request log per call costs CPU the tests need.
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_FILE: databaseFile,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  // Wait for the line that names the port; then stop scanning, as the output keeps growing.
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = () => {
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      resolve(m[1]);
    };
    child.stdout!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGINT"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/**
 * A browser for a test file. Under vitest one Chromium serves every file a worker runs (its
 * start costs a second or more of CPU per file): each file gets a lease whose `close` closes
 * the contexts and pages it opened, not the browser. Elsewhere (screenshots, bench) a Chromium
 * of its own, which `close` ends.
 */
export async function launchChromium(): Promise<Browser> {
  if (!process.env.VITEST) return startChromium();
  sharedBrowser ??= startChromium().catch((error: unknown) => {
    sharedBrowser = undefined;
    throw error;
  });
  let browser = await sharedBrowser;
  if (!browser.isConnected()) {
    sharedBrowser = startChromium();
    browser = await sharedBrowser;
  }
  return lease(browser);
}

let sharedBrowser: Promise<Browser> | undefined;

/** The shared browser as one file sees it: what it opens is closed by its `close`. */
function lease(browser: Browser): Browser {
  const opened = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    opened.add(context);
    context.once("close", () => opened.delete(context));
    return context;
  };
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === "newContext")
        return async (...args: Parameters<Browser["newContext"]>) => track(await target.newContext(...args));
      if (property === "newPage")
        return async (...args: Parameters<Browser["newPage"]>) => {
          const page = await target.newPage(...args);
          track(page.context());
          return page;
        };
      if (property === "contexts") return () => [...opened];
      if (property === "close")
        return async () => {
          await Promise.all([...opened].map((context) => context.close().catch(() => {})));
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function startChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--force-prefers-reduced-motion",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The text of a PDF as poppler's `pdftotext` reads it (Debian: apt-get install -y
 * poppler-utils), every run of white space (line breaks, no-break spaces) as one space, so a
 * test finds "1.087.450,00 € bis 1.769.950,00 €" however the page wrapped it.
 */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "cofunding-pdf-"));
  try {
    const file = join(dir, "report.pdf");
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        throw new Error("pdftotext not found. Install it with: apt-get update && apt-get install -y poppler-utils");
      throw error;
    }
    return normalSpaces(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every run of white space, the no-break spaces Intl puts into amounts included, as one space. */
export function normalSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** A tiny tRPC-over-HTTP client for setting up data as a script would. */
export function apiClient(base: string) {
  let cookie = "";
  async function call(path: string, input: unknown, method: "GET" | "POST") {
    const url =
      method === "GET"
        ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${base}/trpc/${path}`;
    const res = await fetch(url, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: method === "POST" ? JSON.stringify(input) : undefined,
    });
    const set = res.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0];
    const body = await res.json();
    if (body.error) throw new Error(`${path}: ${body.error.message}`);
    return body.result.data;
  }
  return {
    query: (path: string, input?: unknown) => call(path, input, "GET"),
    mutate: (path: string, input?: unknown) => call(path, input, "POST"),
  };
}

export const TEST_ADMIN = { email: "admin@example.org", password: "admin-password" };
export const TEST_ORGANISER = { email: "orga@example.org", password: "organiser-password" };

/**
 * A server without demo data, with one campaign running now (target €100,000, deadline in 30
 * days), its organiser (TEST_ORGANISER) and the named sponsors. Returns the admin's API client.
 */
export async function startWithTestCampaign(sponsorNames: string[]) {
  const server = await startServer({
    DEMO_DATA: "off",
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  const admin = apiClient(server.url);
  await admin.mutate("auth.login", TEST_ADMIN);
  const today = berlinDay(new Date());
  const campaign = await admin.mutate("campaign.create", {
    name: "Digitale Region Testland",
    targetCents: 10_000_000,
    matchCapCents: 10_000_000,
    windowStart: addDays(today, -10),
    deadline: addDays(today, 30),
  });
  await admin.mutate("user.create", {
    ...TEST_ORGANISER,
    name: "Olga Organisation",
    role: "organiser",
    campaignId: campaign.id,
  });
  const sponsors: { id: number; name: string }[] = [];
  for (const name of sponsorNames)
    sponsors.push(
      await admin.mutate("sponsor.create", { campaignId: campaign.id, name, kind: "company", country: "DE" }),
    );
  return { server, admin, campaignId: campaign.id as number, sponsors, today };
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, server: RunningServer, who: { email: string; password: string }) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail").fill(who.email);
  await page.getByLabel("Passwort").fill(who.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/**
 * A demo server ready for a tour of every page: the admin (TEST_ADMIN) signed in through the
 * API, Aachen's public page switched on, and a sponsor link for the StädteRegion.
 */
export async function startDemoForTour() {
  const server = await startServer({
    DEMO_DATA: "on",
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  const api = apiClient(server.url);
  await api.mutate("auth.login", TEST_ADMIN);
  const [campaign] = await api.query("campaign.list");
  await api.mutate("campaign.update", { campaignId: 1, expectedVersion: campaign.version, publicPage: true });
  const [region] = (await api.query("sponsor.list", { campaignId: 1, search: "StädteRegion" })).items;
  const sponsorLink: string = (await api.mutate("sponsor.createAccessLink", { sponsorId: region.id })).url;
  return { server, api, sponsorLink };
}
