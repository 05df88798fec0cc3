// The append-only logs behind `knownAt` (db/schema.ts figure_log): each row carries the time
// it was recorded and whether that was after its business day (`late`), which is what lets a
// read of a past day find the few rows that matter without scanning the rest.
import { berlinDay } from "../domain/dates";

/** 1 when a change dated `day` was recorded on a later day (Berlin), else 0 (SQLite booleans). */
export function lateFlag(day: string, recordedAt: number): 0 | 1 {
  return berlinDay(new Date(recordedAt)) > day ? 1 : 0;
}
