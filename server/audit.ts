// The audit log of access: sign-ins, role changes, links, personal data. Never a password
// or a token; detail is a short JSON object.
import type { Reader } from "../db/open";
import { auditLog, type AuditAction } from "../db/schema";

export interface AuditEntry {
  action: AuditAction;
  userId?: number | null;
  sponsorId?: number | null;
  campaignId?: number | null;
  subjectUserId?: number | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export function audit(db: Reader, now: Date, entry: AuditEntry): void {
  const { detail, ...rest } = entry;
  db.insert(auditLog)
    .values({ ...rest, createdAt: now.getTime(), detail: detail ? JSON.stringify(detail) : null })
    .run();
}
