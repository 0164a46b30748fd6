// pdfmake for Node hosts: fonts from their own package folders only, every URL and every other
// local file refused (design.md, The pack), and the PDF's bytes with a warning for each thing its
// fonts cannot draw.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { PackDocument } from '../shared/pack/document';
import { anyOf, fontCoverage, type CoversCodePoint } from '../shared/pack/glyphs';
import { PDF_FONT, renderFastPdf, type PdfMaker } from '../shared/pack/pdf';
import { installPdfmakeSpeedups, removePdfmakeSpeedups } from './pdfmake-speedups/index';
import { ARABIC_FONT, HEBREW_FONT } from '../shared/pack/pdf-scripts';

const require = createRequire(import.meta.url);

/** pdfmake's own Roboto folder. */
export const PDF_FONT_FOLDER = join(
  dirname(require.resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
/** The Noto fallbacks' folders (their packages export only an index in dist/, beside fonts/). */
const ARABIC_FOLDER = join(dirname(require.resolve('@embedpdf/fonts-arabic')), '..', 'fonts');
const HEBREW_FOLDER = join(dirname(require.resolve('@embedpdf/fonts-hebrew')), '..', 'fonts');
/** The only places the PDF builder may read files from. */
const FONT_FOLDERS = [PDF_FONT_FOLDER, ARABIC_FOLDER, HEBREW_FOLDER];

const regularBold = (folder: string, name: string) => ({
  normal: join(folder, `${name}-Regular.ttf`),
  bold: join(folder, `${name}-Bold.ttf`),
  italics: join(folder, `${name}-Regular.ttf`),
  bolditalics: join(folder, `${name}-Bold.ttf`),
});

/** pdfmake for Node: fonts from their own folders, every URL and every other local file refused;
 * style look-ups and runs of words sped up (pdfmake-speedups/) unless `speedups` is false, as
 * the test that compares the two asks. */
export function nodePdfMaker({ speedups = true } = {}): PdfMaker {
  if (speedups) installPdfmakeSpeedups();
  else removePdfmakeSpeedups();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) =>
    FONT_FOLDERS.some((folder) => path.startsWith(folder + sep)),
  );
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf'),
      bold: join(PDF_FONT_FOLDER, 'Roboto-Medium.ttf'),
      italics: join(PDF_FONT_FOLDER, 'Roboto-Italic.ttf'),
      bolditalics: join(PDF_FONT_FOLDER, 'Roboto-MediumItalic.ttf'),
    },
    [ARABIC_FONT]: regularBold(ARABIC_FOLDER, 'NotoNaskhArabic'),
    [HEBREW_FONT]: regularBold(HEBREW_FOLDER, 'NotoSansHebrew'),
  });
  return pdfmake as unknown as PdfMaker;
}

let coverage: Promise<CoversCodePoint> | null = null;
/** What the three fonts can draw between them, read from their own character maps once. */
function fontsCoverage(): Promise<CoversCodePoint> {
  coverage ??= Promise.all([
    readFile(join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf')),
    readFile(join(ARABIC_FOLDER, 'NotoNaskhArabic-Regular.ttf')),
    readFile(join(HEBREW_FOLDER, 'NotoSansHebrew-Regular.ttf')),
  ]).then((files) => anyOf(...files.map((bytes) => fontCoverage(bytes))));
  return coverage;
}

/** The fast PDF's bytes, and what it could not print as written (emoji named, letters missing). */
export async function packPdfBytes(
  pack: PackDocument,
  { speedups = true } = {},
): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  return renderFastPdf(pack, nodePdfMaker({ speedups }), await fontsCoverage());
}
