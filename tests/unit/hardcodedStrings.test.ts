// Every word the client shows goes through the catalogue (issue 8: languages). This scans
// client/**/*.tsx with the TypeScript parser for text a person would read that is written
// into the code instead: JSX text, string literals in JSX (`{"…"}`, `a ? "x" : "y"`), the
// attributes people read or hear (title, aria-label, placeholder, alt, label …), and the
// message of toast(…) calls. Data (names, amounts) never appears as a literal, so any such
// literal with two letters in a row is a UI string that bypasses `t(…)`.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { de } from "../../client/lib/i18n/de";
import { en } from "../../client/lib/i18n/en";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLIENT = join(ROOT, "client");

/** Attributes whose value is read or heard by people. */
const READ_ATTRIBUTES = new Set([
  "title",
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "placeholder",
  "alt",
  "label",
]);

/**
 * Literals that are not language: each entry is `file: text` and says why.
 * Keep it short; a new entry needs a reason a reviewer accepts.
 */
const ALLOWED = new Set<string>([
  // An example of a two-letter country code, the same in every language.
  "client/features/pledges/components/PledgeFilterBar.tsx: FR",
]);

/** Two letters in a row (any script): "×", "–", "·", "%", "€" and digits are not words. */
const WORDS = /\p{L}{2}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Custom components take their visible text through props named like these. */
const READ_PROP = /(label|title|text|message|heading|hint|caption)$/i;

function isReadAttribute(name: string): boolean {
  return READ_ATTRIBUTES.has(name) || (!name.startsWith("data-") && READ_PROP.test(name));
}

/**
 * Whether a string literal ends up as text on the screen: it must reach a JSX child or a
 * read attribute through nothing but `a ? "x" : "y"`, `a && "x"`, `a ?? "x"` and parentheses.
 * A literal that goes into a call (`t("key")`, `cx("a")`), an object (`style={{…}}`), a
 * comparison or a `className` is not text.
 */
function isShownLiteral(node: ts.Node, source: ts.SourceFile): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isParenthesizedExpression(parent)) continue;
    if (ts.isConditionalExpression(parent) && parent.condition !== child) continue;
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === child &&
      [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(
        parent.operatorToken.kind,
      )
    )
      continue;
    if (ts.isJsxExpression(parent)) {
      const holder = parent.parent;
      return ts.isJsxAttribute(holder)
        ? isReadAttribute(holder.name.getText(source))
        : ts.isJsxElement(holder) || ts.isJsxFragment(holder);
    }
    return false;
  }
  return false;
}

function scan(file: string): Finding[] {
  return scanSource(relative(ROOT, file), readFileSync(file, "utf8"));
}

function scanSource(name: string, text: string): Finding[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (!WORDS.test(clean) || ALLOWED.has(`${name}: ${clean}`)) return;
    found.push({ file: name, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: clean });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (isReadAttribute(node.name.getText(source))) report(node, node.initializer.text);
    } else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isJsxAttribute(node.parent) &&
      isShownLiteral(node, source)
    ) {
      report(node, node.text);
    } else if (ts.isTemplateExpression(node) && isShownLiteral(node, source)) {
      // `${n} Zusagen`: the fixed parts of a template shown as text.
      report(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" "));
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "toast") {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) report(first, first.text);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      node.left.getText(source) === "document.title"
    ) {
      if (ts.isStringLiteral(node.right) || ts.isTemplateExpression(node.right))
        report(node, node.right.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the client's visible strings", () => {
  it("are all in the catalogue: no hard-coded text in client/**/*.tsx", () => {
    const findings = tsxFiles(CLIENT).flatMap(scan);
    expect(findings.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it("the scan notices each form of hard-coded text, and leaves keys, classes and data alone", () => {
    const probe = [
      "export function Probe({ n, name, busy }: { n: number; name: string; busy: boolean }) {",
      "  const toast = (m: string) => m;",
      '  toast("Gespeichert");',
      "  return (",
      '    <section className="card card--wide" data-testid="probe-card" aria-label="Zusagen">',
      "      <h2>Offene Zusagen</h2>",
      '      <input placeholder="Suchen" title={t("common.retry")} type="search" />',
      '      <img alt="Logo der Kampagne" src="/logo.png" />',
      '      <p>{busy ? "Loading" : t("common.none")} {name} {n} € – ×</p>',
      "      <p>{`${n} pledges`}</p>",
      '      {status === "paid" && <span className={cx("badge", "badge--paid")}>{t(`pledgeStatus.${status}`)}</span>}',
      '      <div className={busy ? "is-busy" : "idle"} style={{ display: "flex" }} aria-label={busy ? t("common.loading") : "Fertig"} />',
      "    </section>",
      "  );",
      "}",
    ].join("\n");
    expect(scanSource("probe.tsx", probe).map((f) => f.text)).toEqual([
      "Gespeichert",
      "Zusagen",
      "Offene Zusagen",
      "Suchen",
      "Logo der Kampagne",
      "Loading",
      "pledges",
      "Fertig",
    ]);
  });

  it("German and English have the same keys, and neither has an empty text", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    const empty = [...Object.entries(de), ...Object.entries(en)]
      .filter(([, text]) => text.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("every {parameter} of a German text is in its English text too", () => {
    const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = (Object.keys(de) as (keyof typeof de)[]).filter(
      (key) => paramsOf(de[key]).join() !== paramsOf(en[key]).join(),
    );
    expect(differing).toEqual([]);
  });
});
