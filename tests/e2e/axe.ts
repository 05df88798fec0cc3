// axe-core in the page under test: injects node_modules/axe-core/axe.min.js and runs the
// WCAG 2.0/2.1 A and AA rules plus axe's best practices. Only serious and critical findings
// are returned (moderate and minor ones are advice, not failures), each with a one-line
// summary that names the rule, its impact, the first elements it hit and axe's help text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const FAILING = new Set(["serious", "critical"]);
const SHOWN_TARGETS = 3;

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
  /** "color-contrast (serious): .muted, .badge — Elements must meet minimum color contrast … (3 elements)" */
  summary: string;
}

interface AxeResultNode {
  target: unknown[];
}
interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeResultNode[];
}

/** Runs axe on the whole document and returns its serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await inject(page);
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  }, TAGS);
  return violations
    .filter((v) => v.impact !== null && FAILING.has(v.impact))
    .map((v) => {
      const targets = v.nodes.map((n) => n.target.map(String).join(" "));
      const shown = targets.slice(0, SHOWN_TARGETS).join(", ");
      const more = targets.length > SHOWN_TARGETS ? ` (${targets.length} elements)` : "";
      return {
        id: v.id,
        impact: v.impact!,
        help: v.help,
        targets,
        summary: `${v.id} (${v.impact}): ${shown} — ${v.help}${more}`,
      };
    });
}

/**
 * A script tag is what axe's docs show; the app's Content-Security-Policy (script-src 'self')
 * refuses it unless the context was made with `bypassCSP: true`, so then the same source is
 * evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
async function inject(page: Page) {
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    await page.evaluate(readFileSync(AXE_PATH, "utf8"));
  }
  if (!(await page.evaluate(() => "axe" in window))) throw new Error("axe-core could not be injected");
}

/** The violations as lines for an assertion message; "" when there are none. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${where}: ${v.summary}`).join("\n");
}
