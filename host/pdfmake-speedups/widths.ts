// Word widths: pdfkit measures a word by walking it letter by letter even when it has measured it
// before; each font now remembers the width of each string it has measured without features, and
// scales it as pdfkit does (the same arithmetic, so the same widths).
import { moduleOf } from './internals';

interface EmbeddedFont {
  widthOfString(text: string, size: number, features?: unknown): number;
}
interface PdfDocumentClass {
  prototype: { provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont };
}

/** A font that remembers each string's width at 1,000 units, as pdfkit works it out. */
function rememberingWidths(font: EmbeddedFont): EmbeddedFont {
  const widthOfString = font.widthOfString;
  const widths = new Map<string, number>();
  font.widthOfString = function (text, size, features) {
    if (features) return widthOfString.call(this, text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      width = widthOfString.call(this, text, 1000);
      widths.set(text, width);
    }
    return width * (size / 1000);
  };
  return font;
}

export function rememberedWidths(): () => void {
  const PdfDocument = moduleOf<PdfDocumentClass>('pdfmake/js/PDFDocument.js');
  const provideFont = PdfDocument.prototype.provideFont;
  const fonts = new WeakSet<EmbeddedFont>();
  PdfDocument.prototype.provideFont = function (family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics);
    if (!fonts.has(font)) fonts.add(rememberingWidths(font));
    return font;
  };
  return () => {
    PdfDocument.prototype.provideFont = provideFont;
  };
}
