// The messages between the pack builder and its export worker (through renderer/workers).
import type { PackDocument } from '../../shared/pack/document';

export type ExportFormat = 'docx' | 'pdf';

export interface ExportRequest {
  format: ExportFormat;
  document: PackDocument;
}

export interface ExportProgress {
  stage: 'layout' | 'render';
  fraction: number;
}

export interface ExportResult {
  bytes: Uint8Array;
  warnings: string[];
}
