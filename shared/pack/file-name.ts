// The suggested file name of an exported pack: committee, meeting date and title.
import type { PackDocument } from './document';

/** "Children and Young People's OSC 2026-04-14 Ofsted briefing.pdf", safe on every file system. */
export function packFileName(document: PackDocument, format: 'docx' | 'pdf'): string {
  const { committee, meetingDate, title } = document.metadata;
  const raw = [committee, meetingDate ?? '', title].filter((p) => p.trim()).join(' ');
  const printable = [...raw].map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 ? ' ' : ch)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  return `${safe || 'Briefing pack'}.${format}`;
}

