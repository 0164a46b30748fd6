// The messages between the pack builder and its export worker.
import type { PackDocument } from '../../shared/pack/document';

export type ExportFormat = 'docx' | 'pdf';

export interface ExportRequest {
  id: number;
  format: ExportFormat;
  document: PackDocument;
}

export type ExportReply =
  | { id: number; type: 'progress'; stage: 'layout' | 'render'; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array; warnings: string[] }
  | { id: number; type: 'failed'; message: string };
