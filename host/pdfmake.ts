// pdfmake for Node hosts: fonts from its own folder only, every URL and every other local file
// refused (design.md, The pack), and the PDF's bytes with the characters its font cannot draw.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { PackDocument } from '../shared/pack/document';
import { fontCoverage, missingGlyphWarnings } from '../shared/pack/glyphs';
import { PDF_FONT, renderPackPdf, type PdfMaker } from '../shared/pack/pdf';

/** pdfmake's own Roboto folder: the only place the PDF builder may read files from. */
export const PDF_FONT_FOLDER = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** pdfmake for Node: fonts from its own folder, every URL and every other local file refused. */
export function nodePdfMaker(): PdfMaker {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(PDF_FONT_FOLDER + sep));
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf'),
      bold: join(PDF_FONT_FOLDER, 'Roboto-Medium.ttf'),
      italics: join(PDF_FONT_FOLDER, 'Roboto-Italic.ttf'),
      bolditalics: join(PDF_FONT_FOLDER, 'Roboto-MediumItalic.ttf'),
    },
  });
  return pdfmake as unknown as PdfMaker;
}

/** The PDF's bytes and the characters its font could not draw. */
export async function packPdfBytes(pack: PackDocument): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const covers = fontCoverage(await readFile(join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf')));
  return { bytes: await renderPackPdf(pack, nodePdfMaker()), warnings: missingGlyphWarnings(pack, covers, PDF_FONT) };
}
