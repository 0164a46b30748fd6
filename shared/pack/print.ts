// The pack as a whole HTML document for Chromium to print as a tagged PDF (the accessible PDF):
// the preview's own HTML, with a print stylesheet that puts the marking, the agenda item and
// "Page N of M" in the page margins, keeps headings with what follows and table rows whole.
import {
  agendaText,
  headerText,
  markingText,
  type PackDocument,
  type PackMetadata,
} from './document';
import { escapeHtml, renderPackHtml } from './html';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** The print stylesheet for one pack. Page furniture lives in @page margin boxes, which Chromium
 * draws outside the document's structure tree, so a screen reader never reads a footer mid-sentence. */
export function packPrintCss(
  metadata: Pick<
    PackMetadata,
    'marking' | 'exempt' | 'agendaItem' | 'agendaTitle' | 'title' | 'status'
  >,
): string {
  const marking = cssString(headerText(metadata));
  return `
@page {
  size: A4;
  margin: 22mm 20mm 24mm;
  @top-center { content: ${marking}; font: 700 10pt Arial, "Liberation Sans", sans-serif; }
  @bottom-center { content: ${cssString(markingText(metadata))}; font: 700 10pt Arial, "Liberation Sans", sans-serif; vertical-align: top; }
  @bottom-left { content: ${cssString(agendaText(metadata))}; font: 9pt Arial, "Liberation Sans", sans-serif; vertical-align: bottom; width: 70%; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, "Liberation Sans", sans-serif; vertical-align: bottom; text-align: right; }
}
html { font: 11pt/1.35 Arial, "Liberation Sans", "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif; color: #0b0c0c; }
body { margin: 0; }
h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; line-height: 1.2; }
h1 { font-size: 18pt; margin: 0 0 8pt; }
h2 { font-size: 15pt; margin: 14pt 0 6pt; }
h3 { font-size: 13pt; margin: 12pt 0 4pt; }
h4 { font-size: 11.5pt; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
.pack-small { font-size: 9.5pt; color: #383f43; }
.pack-page-break { break-after: page; border: 0; margin: 0; height: 0; visibility: hidden; }
.pack-marking-line { display: none; }
table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #b1b4b6; padding: 3pt 4pt; text-align: left; vertical-align: top; overflow-wrap: normal; word-break: normal; hyphens: manual; }
th { background: #e7e6e6; }
caption { caption-side: top; text-align: left; font-style: italic; padding-bottom: 2pt; break-after: avoid; }
.pack-callout { border-left: 3pt solid #505a5f; padding: 2pt 0 2pt 8pt; margin: 4pt 0 10pt 12pt; }
.pack-callout.pack-question { border-left-color: #1d70b8; }
.pack-callout.pack-unsettled { border-left-style: dashed; border-left-color: #b54d00; }
.pack-callout-label { font-weight: 700; break-after: avoid; }
.pack-callout-closing { font-style: italic; font-size: 9.5pt; }
.pack-quote { margin: 0 0 4pt; font-style: italic; break-after: avoid; }
.pack-toc ul { list-style: none; padding-left: 0; }
.pack-toc .pack-toc-2 { padding-left: 14pt; }
.pack-toc .pack-toc-3 { padding-left: 28pt; }
.pack-toc a { color: inherit; text-decoration: none; }
.pack-toc-title { font-size: 18pt; font-weight: 700; }
[dir="rtl"] { text-align: right; }
`;
}

/** The whole document: language, title, a policy that lets it load nothing, and the pack. */
export function renderPackPrintDocument(pack: PackDocument): string {
  const { metadata } = pack;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(metadata.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(metadata.title)}</title>`,
    `<meta name="author" content="${escapeHtml(metadata.author || 'Scrutiny Desk')}">`,
    `<meta name="subject" content="${escapeHtml(`${metadata.committee}: ${agendaText(metadata)}`)}">`,
    `<style>${packPrintCss(metadata)}</style>`,
    '</head>',
    '<body>',
    renderPackHtml(pack, { idPrefix: '', headingOffset: 0, furniture: false, links: true }),
    '</body>',
    '</html>',
  ].join('\n');
}
