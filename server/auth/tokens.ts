// Random tokens handed out once (session cookies, sponsor links, API tokens); the database
// keeps only their SHA-256, so a copy of it opens nothing.
import { createHash, randomBytes } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
