// Runs one export in the worker and reports progress; the file name comes from the meeting.
import type { PackDocument } from '../../shared/pack/document';
export { packFileName } from '../../shared/pack/file-name';
import type { ExportFormat, ExportReply } from './exportProtocol';
import type { FileKind } from '../platform/platform';

let worker: Worker | null = null;
let nextId = 1;

function exportWorker(): Worker {
  worker ??= new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export interface ExportProgress {
  stage: 'layout' | 'render';
  fraction: number;
}

export function exportPack(document: PackDocument, format: ExportFormat, onProgress: (p: ExportProgress) => void): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const id = nextId++;
  const target = exportWorker();
  return new Promise((resolve, reject) => {
    const onError = (event: ErrorEvent) => {
      cleanUp();
      reject(new Error(event.message || 'the export worker stopped'));
    };
    const cleanUp = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') {
        onProgress({ stage: reply.stage, fraction: reply.fraction });
        return;
      }
      cleanUp();
      if (reply.type === 'done') resolve({ bytes: reply.bytes, warnings: reply.warnings });
      else reject(new Error(reply.message));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ id, format, document });
  });
}

export const FILE_KINDS: Record<ExportFormat, FileKind> = {
  docx: { name: 'Word document', extensions: ['docx'], mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { name: 'PDF document', extensions: ['pdf'], mediaType: 'application/pdf' },
};
