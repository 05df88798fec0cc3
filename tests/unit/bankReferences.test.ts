// Pledge references in remittance texts: spaces, hyphens and line breaks ignored, any case,
// no hit inside a longer number or a longer word.
import { describe, expect, it } from "vitest";
import { findReferences } from "../../server/bank/references";

describe("findReferences", () => {
  it.each([
    ["AD-0042", ["AD-0042"]],
    ["ad0042", ["AD-0042"]],
    ["Zusage AD 00 42 Rate 1", ["AD-0042"]],
    ["AD-\n0042", ["AD-0042"]],
    ["A\nD-0042 (the line broke inside the prefix)", ["AD-0042"]],
    ["AD–0042 with an en dash", ["AD-0042"]],
    ["SVWZ+AD0042 EREF+NOTPROVIDED", ["AD-0042"]],
    ["AD-10042, a campaign with more than 9,999 pledges", ["AD-10042"]],
    ["AD 100 42", ["AD-10042"]],
    ["AD-0042 1 Stück", ["AD-0042"]],
    ["AD-0042 and ad 0043, AD-0042 again", ["AD-0042", "AD-0043"]],
  ])("finds %j", (text, references) => {
    expect(findReferences(text, ["AD"])).toEqual(references);
  });

  it.each([
    ["AD-00421", "five digits with a leading zero are neither AD-0042 nor AD-421"],
    ["AD-42", "fewer than four digits"],
    ["BAD0042", "inside a word"],
    ["Rechnung 12AD0042", "glued to a number"],
    ["AD-", "no digits"],
  ])("finds nothing in %j (%s)", (text) => {
    expect(findReferences(text, ["AD"])).toEqual([]);
  });

  it("reads the longer of two prefixes, and ignores prefixes that are none", () => {
    expect(findReferences("ADB-0007 AD-0008", ["AD", "ADB"])).toEqual(["ADB-0007", "AD-0008"]);
    expect(findReferences("ad-0042", ["ad", "A"])).toEqual([]);
  });
});
