// Runs one export in the worker and reports progress; the file name comes from the meeting.
import type { PackDocument } from '../../shared/pack/document';
export { packFileName } from '../../shared/pack/file-name';
import type { ExportFormat, ExportProgress, ExportRequest, ExportResult } from './exportProtocol';
import { WorkerClient } from '../workers/worker-client';
import type { FileKind } from '../platform/platform';

const exporter = new WorkerClient<ExportRequest, ExportProgress, ExportResult>(
  () =>
    new Worker(new URL('./export.worker.ts', import.meta.url), {
      type: 'module',
      name: 'pack export',
    }),
);

export type { ExportProgress };

export function exportPack(
  document: PackDocument,
  format: ExportFormat,
  onProgress: (p: ExportProgress) => void,
): Promise<ExportResult> {
  return exporter.call(
    { format, document },
    { onProgress, doing: format === 'docx' ? 'making the Word file' : 'making the PDF' },
  );
}

export const FILE_KINDS: Record<ExportFormat, FileKind> = {
  docx: {
    name: 'Word document',
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { name: 'PDF document', extensions: ['pdf'], mediaType: 'application/pdf' },
};
