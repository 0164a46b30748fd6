// Builds Word and PDF packs off the UI thread, so typing never stalls while a large pack is made.
// pdfmake's browser build reads its fonts from its own bundled virtual file system only.
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { renderPackDocx } from '../../shared/pack/docx';
import { fontCoverage, missingGlyphWarnings, type CoversCodePoint } from '../../shared/pack/glyphs';
import { PDF_FONT, renderPackPdf, type PdfMaker } from '../../shared/pack/pdf';
import type { ExportReply, ExportRequest } from './exportProtocol';

// Fonts come from pdfmake's bundled virtual file system; no URL is ever fetched.
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.addVirtualFileSystem(vfs);
pdfMake.setFonts({
  [PDF_FONT]: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
});

let coverage: CoversCodePoint | null = null;
function covers(): CoversCodePoint {
  coverage ??= fontCoverage(Uint8Array.from(atob(vfs['Roboto-Regular.ttf'] ?? ''), (c) => c.charCodeAt(0)));
  return coverage;
}

const post = (reply: ExportReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const { id, format, document } = event.data;
  void (async () => {
    try {
      if (format === 'docx') {
        const bytes = await renderPackDocx(document);
        post({ id, type: 'done', bytes, warnings: document.warnings }, [bytes.buffer]);
        return;
      }
      post({ id, type: 'progress', stage: 'layout', fraction: 0 });
      pdfMake.setProgressCallback((fraction: number) => post({ id, type: 'progress', stage: 'render', fraction }));
      const bytes = await renderPackPdf(document, pdfMake as unknown as PdfMaker);
      const copy = bytes.slice();
      post({ id, type: 'done', bytes: copy, warnings: [...document.warnings, ...missingGlyphWarnings(document, covers(), PDF_FONT)] }, [copy.buffer]);
    } catch (error) {
      post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
