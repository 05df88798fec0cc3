// Configuration from the environment (CONTRACT.md "Configuration").
export interface Config {
  port: number;
  host: string;
  databaseFile: string;
  demoData: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  publicUrl: string | null;
  /** Behind a reverse proxy: take the client's address and protocol from X-Forwarded-*. */
  trustProxy: boolean;
  /** Request log level: info (default), warn, error or silent. */
  logLevel: string;
  /** Open public live streams (the barometer) one client address may hold; more get 429. */
  liveStreamsPerAddress: number;
  /** SMTP_URL: `smtp://user:pass@host:port` (`smtps://` for TLS); without it no mail is sent, it stays queued. */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender of every e-mail. */
  mailFrom: string;
}

export const DEFAULT_MAIL_FROM = "Kampagnen-Tracker <noreply@localhost>";

/** LIVE_STREAMS_PER_ADDRESS unless set: the browser tabs of an office behind one NAT fit many times over. */
export const DEFAULT_LIVE_STREAMS_PER_ADDRESS = 50;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || "127.0.0.1",
    databaseFile: env.DATABASE_FILE || "data/campaigns.db",
    demoData: (env.DEMO_DATA ?? "on").toLowerCase() !== "off",
    adminEmail: env.ADMIN_EMAIL || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    publicUrl: env.PUBLIC_URL || null,
    trustProxy: (env.TRUST_PROXY ?? "off").toLowerCase() === "on",
    logLevel: logLevelOf(env.LOG_LEVEL),
    liveStreamsPerAddress: positiveInteger(env, "LIVE_STREAMS_PER_ADDRESS", DEFAULT_LIVE_STREAMS_PER_ADDRESS),
    smtpUrl: smtpUrlOf(env.SMTP_URL),
    mailFrom: env.MAIL_FROM || DEFAULT_MAIL_FROM,
  };
}

/** A whole number ≥ 1 up to a million, or the default when unset or empty. */
function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1 || value > 1_000_000)
    throw new Error(`${name} must be a whole number from 1 to 1000000, got "${raw}"`);
  return value;
}

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

function logLevelOf(value: string | undefined): string {
  const level = (value || "info").toLowerCase();
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${value}"`);
  return level;
}

function smtpUrlOf(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^smtps?:\/\/[^/]/.test(value))
    throw new Error("SMTP_URL must look like smtp://user:pass@host:port (smtps:// for TLS)");
  return value;
}
