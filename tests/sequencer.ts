// Runs the longest test files first, so the workers finish together instead of one browser
// test running alone at the end. On a machine with a vitest cache the base sequencer already
// knows each file's last duration; a fresh CI clone has none, so the folder decides first.
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Browser tests and process-killing durability tests take seconds each; unit tests milliseconds. */
const FOLDER_ORDER = ["tests/e2e/", "tests/durability/", "tests/api/", "tests/fuzz/", "tests/unit/"];

function folderRank(spec: TestSpecification): number {
  const rank = FOLDER_ORDER.findIndex((folder) => spec.moduleId.includes(`/${folder}`));
  return rank === -1 ? FOLDER_ORDER.length : rank;
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byHistory = await super.sort(files);
    const position = new Map(byHistory.map((spec, index) => [spec, index]));
    return [...files].sort((a, b) => folderRank(a) - folderRank(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
}
