// Placeholder until the demo generator lands.
import type { Db } from "../../db/open";
export async function seedDemo(_db: Db, _now: Date): Promise<{ role: string; email: string; password: string }[]> {
  return [];
}
