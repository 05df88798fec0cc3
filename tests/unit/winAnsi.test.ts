// Letters print in Helvetica (WinAnsi): text is folded to what it can print, the QR payload is not.
import { describe, expect, it } from "vitest";
import { foldStrings, toWinAnsi } from "../../server/letters/winAnsi";

describe("toWinAnsi", () => {
  it.each([
    ["Grüße, 15.000,00 € – „Zusage“ …", "Grüße, 15.000,00 € – „Zusage“ …"], // German and cp1252 stay
    ["Liège, Œuvre, Ærø", "Liège, Œuvre, Ærø"], // Latin-1 and Œ stay
    ["Łódź", "Lódz"], // Ł has no decomposition: mapped; ó is Latin-1; ź folds
    ["Çağlar Šimůnek", "Çaglar Šimunek"], // ğ and ů fold to their base letters; Ç, Š are printable
    ["Firma 😀", "Firma ?"], // nothing to fold to
    ["Zeile 1\nZeile 2", "Zeile 1\nZeile 2"],
  ])("%s → %s", (text, folded) => {
    expect(toWinAnsi(text)).toBe(folded);
  });

  it("folds every string of a letter but leaves the QR payload in UTF-8", () => {
    const letter = { content: [{ text: "Łukasz" }, { qr: "BCD\nŁukasz", eccLevel: "M" }, "ğ", 12] };
    expect(foldStrings(letter)).toEqual({
      content: [{ text: "Lukasz" }, { qr: "BCD\nŁukasz", eccLevel: "M" }, "g", 12],
    });
  });
});
