// Creating users, shared by user.create, the first admin and the demo.
import type { Db } from "../../db/open";
import { memberships, users } from "../../db/schema";
import { hashPassword } from "./password";
import { loadUser, type SessionUser } from "./sessions";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: "admin" | "organiser" | "committee";
  campaignId?: number;
  now: Date;
}

export async function createUser(db: Db, input: NewUser): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const userId = db.transaction((tx) => {
    const user = tx.insert(users).values({
      email: input.email.trim().toLowerCase(),
      name: input.name,
      passwordHash,
      isAdmin: input.role === "admin",
      createdAt: input.now.getTime(),
    }).returning().get();
    if (input.role !== "admin" && input.campaignId !== undefined) {
      tx.insert(memberships).values({ userId: user.id, campaignId: input.campaignId, role: input.role }).run();
    }
    return user.id;
  });
  return loadUser(db, userId)!;
}
