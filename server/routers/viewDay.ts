import { berlinDay } from "../domain/dates";

/**
 * The day a view is read at and the time of knowledge: `asOf` as given, else the day of
 * `knownAt`, else today; `knownAt` null reads everything recorded.
 */
export function viewDay(
  input: { asOf?: string; knownAt?: number },
  now: Date,
): { asOf: string; knownAt: number | null } {
  const knownAt = input.knownAt ?? null;
  return { asOf: input.asOf ?? berlinDay(knownAt === null ? now : new Date(knownAt)), knownAt };
}
