// A password module for the fuzzer: the real verifyPassword, but hashes at a low scrypt cost
// (the stored format carries the cost), so a valid new password costs a millisecond, not 0.2 s.
// Only node:crypto here: vi.mock loads it before any other test module.
import { randomBytes, scryptSync } from "node:crypto";

export function cheapHash(password: string): string {
  const cost = { N: 1024, r: 8, p: 1 };
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** What the fuzz tests put in place of the password module's hashing. */
export const cheapPasswordFunctions = {
  hashPassword: async (password: string) => cheapHash(password),
  UNKNOWN_USER_HASH: cheapHash("no such user"),
};
