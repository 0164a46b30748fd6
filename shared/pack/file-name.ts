// The suggested file name of an exported pack: committee, meeting date and title, and when it
// was exported, so a second export of the day does not replace the first.
import type { PackDocument } from './document';
import { fileStamp } from '../util/file-stamp';

/** "Children and Young People's OSC 2026-04-14 Ofsted briefing (exported 2026-04-10-093015).pdf",
 * safe on every file system. */
export function packFileName(document: PackDocument, format: 'docx' | 'pdf', now: Date): string {
  const { committee, meetingDate, title } = document.metadata;
  const raw = [committee, meetingDate ?? '', title].filter((p) => p.trim()).join(' ');
  const printable = [...raw].map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 ? ' ' : ch)).join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${safe || 'Briefing pack'} (exported ${fileStamp(now)}).${format}`;
}
