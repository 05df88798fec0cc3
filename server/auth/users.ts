// Creating users, shared by user.create, the first admin and the demo.
import type { Db } from "../../db/open";
import { memberships, users } from "../../db/schema";
import type { Reader } from "../ledger/tx";
import { hashPassword } from "./password";
import { loadUser, type SessionUser } from "./sessions";

export interface NewUser {
  email: string;
  name: string;
  role: "admin" | "organiser" | "committee";
  campaignId?: number;
  now: Date;
}

export async function createUser(db: Db, input: NewUser & { password: string }): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const userId = db.transaction((tx) => insertUser(tx, { ...input, passwordHash }));
  return loadUser(db, userId)!;
}

/** Inserts a user whose password is already hashed (hashing is async; inserts are not). */
export function insertUser(db: Reader, input: NewUser & { passwordHash: string }): number {
  const user = db.insert(users).values({
    email: input.email.trim().toLowerCase(),
    name: input.name,
    passwordHash: input.passwordHash,
    isAdmin: input.role === "admin",
    createdAt: input.now.getTime(),
  }).returning().get();
  if (input.role !== "admin" && input.campaignId !== undefined) {
    db.insert(memberships).values({ userId: user.id, campaignId: input.campaignId, role: input.role }).run();
  }
  return user.id;
}
