// What a fresh database gets at start-up: the first admin, and the demo when it is empty.
import { randomBytes } from "node:crypto";
import { MIN_PASSWORD_LENGTH } from "./auth/password";
import { createUser } from "./auth/users";
import type { Config } from "./config";
import { seedDemo } from "./demo/seed";
import { listCampaigns } from "./queries/campaigns";
import { hasUsers } from "./queries/users";
import type { Services } from "./services";

/** On a database with no users: the admin from the environment, or one with a printed random password. */
export async function ensureFirstAdmin(
  services: Services,
  config: Config,
  now: Date,
  log: (line: string) => void,
): Promise<void> {
  if (hasUsers(services.db)) return;
  const email = config.adminEmail ?? "admin@example.org";
  const password = config.adminPassword ?? randomBytes(12).toString("base64url");
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`);
  await createUser(services.db, services.lookups, { email, name: "Administrator", password, role: "admin", now });
  log(
    config.adminPassword
      ? `Admin ${email} created from ADMIN_EMAIL/ADMIN_PASSWORD.`
      : `Admin created: ${email} / ${password}  (shown once; keep it)`,
  );
}

/** The demo goes only into a database without campaigns, never into one that holds data. */
export async function loadDemoIfEmpty(
  services: Services,
  config: Config,
  now: Date,
  log: (line: string) => void,
): Promise<void> {
  if (!config.demoData || listCampaigns(services.db).length > 0) return;
  const logins = await seedDemo(services, now);
  log("Demo data loaded. Demo sign-ins:");
  for (const l of logins) log(`  ${l.campaign}, ${l.role}: ${l.email} / ${l.password}`);
}
