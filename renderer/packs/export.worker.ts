// Builds Word and PDF packs off the UI thread, so typing never stalls while a large pack is made.
// pdfmake's browser build reads its fonts from its virtual file system only: its bundled Roboto,
// and the Noto fallbacks for Arabic and Hebrew, inlined into this worker at build time.
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import arabicRegular from '../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf?inline';
import arabicBold from '../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf?inline';
import hebrewRegular from '../../node_modules/@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf?inline';
import hebrewBold from '../../node_modules/@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Bold.ttf?inline';
import { renderPackDocx } from '../../shared/pack/docx';
import { anyOf, fontCoverage, type CoversCodePoint } from '../../shared/pack/glyphs';
import { PDF_FONT, renderFastPdf, type PdfMaker } from '../../shared/pack/pdf';
import { ARABIC_FONT, HEBREW_FONT } from '../../shared/pack/pdf-scripts';
import type { ExportProgress, ExportRequest, ExportResult } from './exportProtocol';
import { serveRequests } from '../workers/worker-client';

/** The base64 of a `data:` URL, as pdfmake's virtual file system holds it. */
const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);
const NOTO: Record<string, string> = {
  'NotoNaskhArabic-Regular.ttf': base64(arabicRegular),
  'NotoNaskhArabic-Bold.ttf': base64(arabicBold),
  'NotoSansHebrew-Regular.ttf': base64(hebrewRegular),
  'NotoSansHebrew-Bold.ttf': base64(hebrewBold),
};

// Fonts come from the virtual file system; no URL is ever fetched.
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.addVirtualFileSystem({ ...vfs, ...NOTO });
pdfMake.setFonts({
  [PDF_FONT]: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
  [ARABIC_FONT]: {
    normal: 'NotoNaskhArabic-Regular.ttf',
    bold: 'NotoNaskhArabic-Bold.ttf',
    italics: 'NotoNaskhArabic-Regular.ttf',
    bolditalics: 'NotoNaskhArabic-Bold.ttf',
  },
  [HEBREW_FONT]: {
    normal: 'NotoSansHebrew-Regular.ttf',
    bold: 'NotoSansHebrew-Bold.ttf',
    italics: 'NotoSansHebrew-Regular.ttf',
    bolditalics: 'NotoSansHebrew-Bold.ttf',
  },
});

const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
let coverage: CoversCodePoint | null = null;
function covers(): CoversCodePoint {
  coverage ??= anyOf(
    ...[
      vfs['Roboto-Regular.ttf'] ?? '',
      NOTO['NotoNaskhArabic-Regular.ttf'] ?? '',
      NOTO['NotoSansHebrew-Regular.ttf'] ?? '',
    ].map((b) => fontCoverage(bytesOf(b))),
  );
  return coverage;
}

serveRequests<ExportRequest, ExportProgress, ExportResult>(
  self,
  async ({ format, document }, progress) => {
    if (format === 'docx') {
      const bytes = await renderPackDocx(document);
      return { result: { bytes, warnings: document.warnings }, transfer: [bytes.buffer] };
    }
    progress({ stage: 'layout', fraction: 0 });
    pdfMake.setProgressCallback((fraction: number) => progress({ stage: 'render', fraction }));
    const pdf = await renderFastPdf(document, pdfMake as unknown as PdfMaker, covers());
    const copy = pdf.bytes.slice();
    return {
      result: { bytes: copy, warnings: [...document.warnings, ...pdf.warnings] },
      transfer: [copy.buffer],
    };
  },
);
