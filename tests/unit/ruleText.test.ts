// What the eligibility card says about the deadline: days left before it, "abgelaufen" after,
// and whether the target stood on the deadline day; never the day of the figures beside it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Rule } from "../../client/lib/api/summary";
import { loadCatalogue, translate, type Locale, type Translate } from "../../client/lib/i18n";
import { ruleText } from "../../client/lib/ruleText";

const tOf =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(locale, key, params);
beforeAll(() => loadCatalogue("en"));

const deadlineRule = (asOf: string, met: boolean, gap: number | null = null): Rule =>
  ({ id: "deadline", met, value: asOf, required: "2016-06-01", gap, unit: "date" }) as Rule;

/** The card's line: title · value · requirement · state. */
const line = (rule: Rule, locale: Locale) => {
  const text = ruleText(rule, tOf(locale), locale);
  return [text.title, text.value, text.required, text.state].join(" · ");
};

describe("the deadline rule's text", () => {
  it.each([
    // asOf, met, gap, German, English
    [
      "2016-05-20",
      true,
      null,
      "Frist · noch 12 Tage · bis 01.06.2016 · erfüllt",
      "Deadline · 12 days left · by 01/06/2016 · met",
    ],
    [
      "2016-05-31",
      true,
      null,
      "Frist · noch 1 Tag · bis 01.06.2016 · erfüllt",
      "Deadline · 1 day left · by 01/06/2016 · met",
    ],
    [
      "2016-06-01",
      true,
      null,
      "Frist · letzter Tag · bis 01.06.2016 · erfüllt",
      "Deadline · last day · by 01/06/2016 · met",
    ],
    // past, the target stood on the deadline day
    [
      "2026-12-04",
      true,
      null,
      "Frist · abgelaufen · bis 01.06.2016 · am Stichtag erfüllt",
      "Deadline · passed · by 01/06/2016 · met on the deadline day",
    ],
    // past, the target was missed on the deadline day
    [
      "2016-06-06",
      false,
      5,
      "Frist · abgelaufen · bis 01.06.2016 · am Stichtag nicht erfüllt",
      "Deadline · passed · by 01/06/2016 · not met on the deadline day",
    ],
  ])("on %s (met: %s)", (asOf, met, gap, de, en) => {
    const rule = deadlineRule(asOf, met, gap);
    expect(line(rule, "de")).toBe(de);
    expect(line(rule, "en")).toBe(en);
  });

  it("does not show the day of the figures as the deadline rule's value", () => {
    expect(ruleText(deadlineRule("2026-12-04", true), tOf("de"), "de").value).not.toContain("04.12.2026");
  });

  it("a missed deadline tells its days in a sentence, not as a gap to close", () => {
    const text = ruleText(deadlineRule("2016-06-06", false, 5), tOf("de"), "de");
    expect(text.gap).toBeNull();
    expect(text.missing).toContain("5 Tagen");
  });
});
