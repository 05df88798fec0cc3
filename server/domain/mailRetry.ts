// When a refused e-mail is tried again: 1 minute, 5 minutes, 30 minutes, 2 hours, 6 hours
// after the attempts before; the sixth refusal is final (the mail is `failed`, with its reason).
const RETRY_MINUTES = [1, 5, 30, 120, 360];
export const MAX_MAIL_ATTEMPTS = RETRY_MINUTES.length + 1;

/** When attempt number `attempt` (1 for the first) is retried should it fail. */
export function retryAt(now: Date, attempt: number): Date {
  const minutes = RETRY_MINUTES[Math.min(attempt, RETRY_MINUTES.length) - 1] ?? RETRY_MINUTES[0];
  return new Date(now.getTime() + minutes * 60_000);
}
