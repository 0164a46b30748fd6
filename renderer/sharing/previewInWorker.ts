// Asks the preview worker what taking in a file would change; bad files come back as InputError.
import { InputError } from '../../shared/errors';
import type { WorkspaceData } from '../../shared/files/envelope';
import type { MergePreview } from '../../shared/merge';
import type { PreviewReply } from './previewProtocol';

let worker: Worker | null = null;
let nextId = 1;

function previewWorker(): Worker {
  worker ??= new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export function previewInWorker(workspace: WorkspaceData, bytes: Uint8Array): Promise<MergePreview> {
  const id = nextId++;
  const target = previewWorker();
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onError = (event: ErrorEvent) => {
      cleanUp();
      worker = null;
      reject(new Error(event.message || 'the comparison stopped unexpectedly'));
    };
    const onMessage = (event: MessageEvent<PreviewReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      cleanUp();
      if (reply.type === 'done') resolve(reply.preview);
      else reject(reply.badInput ? new InputError(reply.message, 'bundle-invalid') : new Error(reply.message));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ id, workspace, bytes });
  });
}
