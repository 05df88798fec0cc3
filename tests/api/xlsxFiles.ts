// Hand-made .xlsx files for the import's tests: the parts Excel writes, zipped with fflate,
// so a test can put exactly the cell, the shared string or the bomb it needs into a file.
import { strToU8, zipSync, type Zippable } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface XlsxParts {
  /** The <sheetData> content: rows and cells. */
  sheetData: string;
  /** <si> elements of sharedStrings.xml, if any. */
  sharedStrings?: string;
  /** <numFmts> and <cellXfs> content of styles.xml, if any. */
  styles?: string;
  date1904?: boolean;
  /** Other entries of the zip, by name. */
  extra?: Record<string, Uint8Array>;
}

export const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const row = (line: number, cells: string) => `<row r="${line}">${cells}</row>`;

/** Cells from A on, as inline strings. */
export function textCells(line: number, values: string[]): string {
  return values.map((v, i) => inline(`${String.fromCharCode(65 + i)}${line}`, v)).join("");
}

export const textRow = (line: number, values: string[]) => row(line, textCells(line, values));

export const HEADER = ["name", "kind", "country", "amount", "type", "status", "date"];

export function xlsx(parts: XlsxParts): Uint8Array {
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="${REL}">${parts.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="Zusagen" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData>${parts.sheetData}</sheetData></worksheet>`),
  };
  if (parts.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    files["xl/sharedStrings.xml"] = strToU8(`<sst ${NS}>${parts.sharedStrings}</sst>`);
  }
  if (parts.styles !== undefined) {
    rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`);
    files["xl/styles.xml"] = strToU8(`<styleSheet ${NS}>${parts.styles}</styleSheet>`);
  }
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  return zipSync({ ...files, ...parts.extra }, { level: 9 });
}
