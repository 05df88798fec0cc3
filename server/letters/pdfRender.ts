// Turns a letter's definition into PDF bytes with pdfmake, in the thread that calls it (the
// letter worker, pdfWorker.ts; server code calls pdf.ts). The standard 14 fonts (Helvetica)
// need no font files; pdfmake may read nothing else, locally or over the network, so a text
// a user typed can never make it load a file or a URL. Text is folded to what these fonts
// can print (winAnsi.ts).
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { foldStrings } from "./winAnsi";

const HELVETICA = {
  normal: "Helvetica",
  bold: "Helvetica-Bold",
  italics: "Helvetica-Oblique",
  bolditalics: "Helvetica-BoldOblique",
};
const STANDARD_FONTS = new Set(Object.values(HELVETICA));

pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/** A4 with the margins of a business letter, 10 pt Helvetica. */
export function renderPdfHere(letter: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({
      pageSize: "A4",
      pageMargins: [64, 56, 56, 56],
      defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.2 },
      ...foldStrings(letter),
    })
    .getBuffer();
}
