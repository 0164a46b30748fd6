// Hostile PDFs, generated: a content stream that is a flate bomb (deflated twice, so a few
// kilobytes stand for a gigabyte), form XObjects that each draw the next one twice (2^depth
// drawings from a few hundred bytes), and pages with millions of operators.
import { zlibSync } from 'fflate';

export const TITLE_LINES = [
  'Inspection of Hostileshire local authority children’s services',
  'Children are seen quickly and their needs are understood well by social workers.',
];

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "'")})`;
}

export type PdfObject = string | { dict: string; data: Uint8Array };

/** Objects numbered from 1 (1: catalog, 2: pages); the cross-reference table is written for them.
 * `trailer` adds entries to the trailer (an /Encrypt reference and an /ID, say). */
export function buildPdf(objects: readonly PdfObject[], trailer = ''): Uint8Array {
  const chunks: Uint8Array[] = [];
  const enc = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  let length = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  push(enc('%PDF-1.5\n'));
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') push(enc(`${i + 1} 0 obj\n${object}\nendobj\n`));
    else {
      push(
        enc(
          `${i + 1} 0 obj\n${object.dict.replace('%LENGTH%', String(object.data.length))}\nstream\n`,
        ),
      );
      push(object.data);
      push(enc('\nendstream\nendobj\n'));
    }
  });
  const xref = length;
  push(
    enc(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`,
    ),
  );
  push(
    enc(
      `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const textOps = (lines: readonly string[]) =>
  lines.map((line, i) => `BT /F1 11 Tf 72 ${760 - i * 14} Td ${pdfString(line)} Tj ET`).join('\n');
export const FONT =
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
export const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** Page 1 reads normally; page 2's content is `megabytes` of spaces and "q Q", deflated twice. */
export function flateBombPdf(megabytes: number): Uint8Array {
  const unit = latin1('q Q                                                             \n');
  const inner = new Uint8Array(megabytes * 1024 * 1024);
  for (let at = 0; at < inner.length; at += unit.length)
    inner.set(unit.subarray(0, Math.min(unit.length, inner.length - at)), at);
  const once = zlibSync(inner, { level: 9 });
  const twice = zlibSync(once, { level: 9 });
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    { dict: '<< /Length %LENGTH% >>', data: latin1(textOps(TITLE_LINES)) },
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>',
    { dict: '<< /Length %LENGTH% /Filter [/FlateDecode /FlateDecode] >>', data: twice },
  ]);
}

/** A page that draws form 1, which draws form 2 twice, ... down to `depth`, whose form writes a word. */
export function nestedFormsPdf(depth: number, withText = true): Uint8Array {
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>',
    { dict: '<< /Length %LENGTH% >>', data: latin1(`${textOps(TITLE_LINES)}\n/X Do`) },
  ];
  for (let level = 0; level < depth; level += 1) {
    const next = 6 + level + 1;
    const last = level === depth - 1;
    const body = last
      ? withText
        ? 'BT /F1 11 Tf 72 72 Td (deep) Tj ET'
        : '0 0 1 1 re f'
      : '/X Do /X Do';
    const resources = last
      ? '<< /Font << /F1 3 0 R >> >>'
      : `<< /Font << /F1 3 0 R >> /XObject << /X ${next} 0 R >> >>`;
    objects.push({
      dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources ${resources} /Length %LENGTH% >>`,
      data: latin1(body),
    });
  }
  return buildPdf(objects);
}

/** One page with `count` text-showing operators. */
export function manyOperatorsPdf(count: number): Uint8Array {
  const ops = `${textOps(TITLE_LINES)}\nBT /F1 11 Tf 72 600 Td ${'(a) Tj '.repeat(count)} ET`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    {
      dict: '<< /Length %LENGTH% /Filter /FlateDecode >>',
      data: zlibSync(latin1(ops), { level: 9 }),
    },
  ]);
}
