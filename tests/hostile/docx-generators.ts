// Hostile Word files, generated: a zip whose central directory (what mammoth reads) points at an
// entry its local headers hide, a document that inflates within the zip limit but past what
// mammoth can hold, and XML nested or repeated past any real report.
import { deflateSync, strToU8, zipSync } from 'fflate';
import { makeDocx } from '../fixtures/reports/make-files';
import { concatBytes } from '../../shared/util/bytes';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A document.xml of about `megabytes` of ordinary paragraphs: compresses about 200 to 1. */
export function bigDocumentXml(megabytes: number): Uint8Array {
  const para =
    '<w:p><w:r><w:t>Children are seen quickly and their needs are understood.</w:t></w:r></w:p>';
  return strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${para.repeat(Math.ceil((megabytes * 1024 * 1024) / para.length))}</w:body></w:document>`,
  );
}

/** A Word file whose text nests `depth` elements deep. */
export function deepDocx(depth: number): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>Deep</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': [strToU8(xml), { level: 9 }],
  });
}

/** A Word file whose document inflates to `megabytes`: small on disk, inside the 200 MB zip limit. */
export function hugeDocumentDocx(megabytes: number): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': [bigDocumentXml(megabytes), { level: 9 }],
  });
}

function localHeader(
  name: Uint8Array,
  method: number,
  compressed: number,
  size: number,
  crc: number,
): Uint8Array {
  const h = new Uint8Array(30 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(8, method, true);
  v.setUint32(14, crc, true);
  v.setUint32(18, compressed, true);
  v.setUint32(22, size, true);
  v.setUint16(26, name.length, true);
  h.set(name, 30);
  return h;
}

function centralHeader(
  name: Uint8Array,
  method: number,
  compressed: number,
  size: number,
  offset: number,
  crc: number,
): Uint8Array {
  const h = new Uint8Array(46 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(10, method, true);
  v.setUint32(16, crc, true);
  v.setUint32(20, compressed, true);
  v.setUint32(24, size, true);
  v.setUint16(28, name.length, true);
  v.setUint32(42, offset, true);
  h.set(name, 46);
  return h;
}

/**
 * The header mismatch: read front to back (local headers), the zip holds a small document and a
 * stored "padding" entry; its central directory instead names, as word/document.xml, a deflated
 * document of `megabytes` hidden inside that padding, which a front-to-back reader never sees.
 */
export function mismatchedHeadersDocx(megabytes: number): Uint8Array {
  const docName = strToU8('word/document.xml');
  const small = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>Small</w:t></w:r></w:p></w:body></w:document>`,
  );
  const hiddenXml = bigDocumentXml(megabytes);
  const hiddenData = deflateSync(hiddenXml, { level: 9 });
  const hiddenHeader = localHeader(docName, 8, hiddenData.length, hiddenXml.length, 0);
  const padName = strToU8('word/media/padding.bin');
  const padding = new Uint8Array(hiddenHeader.length + hiddenData.length);
  padding.set(hiddenHeader);
  padding.set(hiddenData, hiddenHeader.length);

  const types = strToU8(CONTENT_TYPES);
  const rels = strToU8(RELS);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const add = (name: Uint8Array, data: Uint8Array, listed: boolean) => {
    const header = localHeader(name, 0, data.length, data.length, 0);
    if (listed) central.push(centralHeader(name, 0, data.length, data.length, offset, 0));
    parts.push(header, data);
    offset += header.length + data.length;
  };
  add(strToU8('[Content_Types].xml'), types, true);
  add(strToU8('_rels/.rels'), rels, true);
  add(docName, small, false);
  const paddingOffset = offset;
  add(padName, padding, false);
  // The directory: the hidden document, at its offset inside the padding.
  central.push(
    centralHeader(
      docName,
      8,
      hiddenData.length,
      hiddenXml.length,
      paddingOffset + 30 + padName.length,
      0,
    ),
  );
  const directory = concatBytes(central);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, central.length, true);
  v.setUint16(10, central.length, true);
  v.setUint32(12, directory.length, true);
  v.setUint32(16, offset, true);
  return concatBytes([...parts, directory, end]);
}

/** An ordinary small Word report, to show the checks let real files through. */
export function ordinaryDocx(): Uint8Array {
  return makeDocx([
    'Inspection of Hostileshire local authority children’s services',
    'Children are seen quickly and their needs are understood well.',
  ]);
}
