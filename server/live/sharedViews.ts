// One computation per campaign change and view, shared by every stream showing that view.
// A thousand barometers of one campaign all show the same public figures: the first stream
// woken after a change computes them (and their digest), the others take the result. A view
// is named by its caller (`public/2016-05-20`, `staff/…`, `sponsor:12/…`: whatever the
// figures depend on); a result holds for one version of the campaign (ChangeFeed). A refusal
// that belongs to the view (a public page switched off) is shared the same way.
// One per database, built with the services; entries live while a stream shows them.
import { digestOf } from "./digests";

type Outcome = { ok: true; id: string; value: unknown } | { ok: false; error: unknown };

interface Entry {
  streams: number;
  version: number;
  outcome: Outcome | null;
}

export class SharedViews {
  private entries = new Map<string, Entry>();

  /** Views with at least one stream: what the server keeps in memory for live figures. */
  get size(): number {
    return this.entries.size;
  }

  /** A stream starts showing the view. */
  join(key: string): void {
    const entry = this.entries.get(key) ?? { streams: 0, version: -1, outcome: null };
    entry.streams += 1;
    this.entries.set(key, entry);
  }

  /** A stream stops showing the view; the last one to leave frees it. */
  leave(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.streams -= 1;
    if (entry.streams <= 0) this.entries.delete(key);
  }

  /**
   * The view at the campaign's `version`: computed by the first stream that asks at this
   * version, the same result (value and digest, or the refusal) for every other one.
   */
  read<T>(key: string, version: number, compute: () => T): { id: string; value: T } {
    const entry = this.entries.get(key);
    let outcome = entry && entry.version === version ? entry.outcome : null;
    if (!outcome) {
      outcome = run(compute);
      if (entry) Object.assign(entry, { version, outcome });
    }
    if (!outcome.ok) throw outcome.error;
    return { id: outcome.id, value: outcome.value as T };
  }
}

function run(compute: () => unknown): Outcome {
  try {
    const value = compute();
    return { ok: true, id: digestOf(value), value };
  } catch (error) {
    return { ok: false, error };
  }
}
